package io.github.postman2java.collection;

import io.github.postman2java.diag.SourceLocation;
import java.util.List;
import java.util.Objects;

/** A folder ("item group") holding requests and folders. */
public record PostmanFolder(
    String name,
    String description,
    List<PostmanItem> items,
    PostmanAuth auth,
    List<PostmanVariable> variables,
    List<PostmanEvent> events,
    SourceLocation location)
    implements PostmanItem {

  /** Creates a folder; {@code auth} may be null (inherit). */
  public PostmanFolder {
    Objects.requireNonNull(name, "name");
    items = List.copyOf(items);
    variables = List.copyOf(variables);
    events = List.copyOf(events);
    Objects.requireNonNull(location, "location");
  }
}
