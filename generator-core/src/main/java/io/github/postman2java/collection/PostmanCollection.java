package io.github.postman2java.collection;

import io.github.postman2java.diag.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * A parsed collection, as written in the file (v2.0 and v2.1 normalised to one shape).
 *
 * @param fileName display name of the source file
 * @param version the schema version the file declares
 * @param name {@code info.name}
 * @param description {@code info.description} as text, or {@code null}
 * @param items top-level folders and requests, in file order
 * @param auth collection-level auth, or {@code null} when absent
 * @param variables collection variables
 * @param events collection-level scripts
 */
public record PostmanCollection(
    String fileName,
    SchemaVersion version,
    String name,
    String description,
    List<PostmanItem> items,
    PostmanAuth auth,
    List<PostmanVariable> variables,
    List<PostmanEvent> events,
    SourceLocation location) {

  /** Creates a collection. */
  public PostmanCollection {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(name, "name");
    items = List.copyOf(items);
    variables = List.copyOf(variables);
    events = List.copyOf(events);
    Objects.requireNonNull(location, "location");
  }

  /** The collection format versions we read. */
  public enum SchemaVersion {
    V2_0,
    V2_1
  }
}
