package io.github.postman2java.binding;

import io.github.postman2java.infer.OperationShapes;
import java.util.List;
import java.util.Objects;

/**
 * One request in its HTTP form, with its inferred bodies: all that naming and generation need to
 * know about it, so no later stage reads the collection.
 *
 * @param shapes the inferred request, success and error bodies (and the samples behind them)
 * @param method the HTTP method as written (upper case)
 * @param rawUrl the URL as written (credentials already replaced by the secrets stage)
 * @param path the URL's path segments as written ({@code {{var}}} and {@code :var} kept)
 * @param description the item's description, else the request's, or {@code null}
 * @param binding how the request goes on the wire and the method parameters that feed it
 * @param pagination how the request pages ({@link PaginationDetector}), or {@code null}
 */
public record BoundOperation(
    OperationShapes shapes,
    String method,
    String rawUrl,
    List<String> path,
    String description,
    Binding binding,
    Pagination pagination) {

  /** Creates a bound operation. */
  public BoundOperation {
    Objects.requireNonNull(shapes, "shapes");
    Objects.requireNonNull(method, "method");
    path = List.copyOf(path);
    Objects.requireNonNull(binding, "binding");
  }

  /** Returns the JSON pointer of the request item. */
  public String pointer() {
    return shapes.pointer();
  }

  /** Returns the request item's name as written. */
  public String name() {
    return shapes.samples().name();
  }

  /** Returns the folder names from the collection root down to the item. */
  public List<String> folders() {
    return shapes.samples().folders();
  }
}
