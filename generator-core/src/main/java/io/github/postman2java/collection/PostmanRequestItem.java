package io.github.postman2java.collection;

import io.github.postman2java.diag.SourceLocation;
import java.util.List;
import java.util.Objects;

/** A request item with its saved example responses. */
public record PostmanRequestItem(
    String name,
    String description,
    PostmanRequest request,
    List<PostmanResponse> responses,
    List<PostmanVariable> variables,
    List<PostmanEvent> events,
    SourceLocation location)
    implements PostmanItem {

  /** Creates a request item. */
  public PostmanRequestItem {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(request, "request");
    responses = List.copyOf(responses);
    variables = List.copyOf(variables);
    events = List.copyOf(events);
    Objects.requireNonNull(location, "location");
  }
}
