package io.github.postman2java.collection;

import io.github.postman2java.diag.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * A request as written: method (upper-cased; GET when absent), URL, headers, body and auth.
 *
 * @param auth the request's own auth, or {@code null} when it inherits from its parents
 * @param body the body, or {@code null} when there is none
 */
public record PostmanRequest(
    String method,
    PostmanUrl url,
    List<PostmanKeyValue> headers,
    PostmanBody body,
    PostmanAuth auth,
    String description,
    SourceLocation location) {

  /** Creates a request. */
  public PostmanRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    headers = List.copyOf(headers);
    Objects.requireNonNull(location, "location");
  }
}
