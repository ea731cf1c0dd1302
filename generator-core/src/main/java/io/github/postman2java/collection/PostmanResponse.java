package io.github.postman2java.collection;

import io.github.postman2java.diag.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * A saved example response.
 *
 * @param code HTTP status code, or 0 when the file has none
 * @param body the body text as written, or {@code null}
 * @param originalRequest the request that produced it, or {@code null}
 * @param bodyLocation where the body string sits in the file
 */
public record PostmanResponse(
    String name,
    int code,
    String status,
    List<PostmanKeyValue> headers,
    String body,
    String previewLanguage,
    PostmanRequest originalRequest,
    SourceLocation location,
    SourceLocation bodyLocation) {

  /** Creates a saved response. */
  public PostmanResponse {
    name = name == null ? "" : name;
    headers = List.copyOf(headers);
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(bodyLocation, "bodyLocation");
  }

  /** Returns the value of the first header with this name (case-insensitive), or null. */
  public String header(String name) {
    for (PostmanKeyValue h : headers) {
      if (h.key().equalsIgnoreCase(name)) {
        return h.value();
      }
    }
    return null;
  }
}
