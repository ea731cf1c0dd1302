package io.github.postman2java.recording;

import java.util.List;
import java.util.Objects;

/**
 * One saved example as recorded in the collection.
 *
 * @param pointer the JSON pointer of the saved response
 * @param name the example's name as written
 * @param status the HTTP status code (0 when the file has none)
 * @param headers the response headers in file order (disabled ones left out)
 * @param body the response body text exactly as written, or {@code null} when there is none
 * @param bodyIsJson whether {@code body} is one strict JSON value (not a lenient template)
 * @param query the query parameters of the request that produced it, in file order (disabled
 *     ones left out); the item's own request when the example has no original request
 * @param requestBody that request's raw body text as written, or {@code null} when it sent no
 *     raw body (or a body in another mode)
 */
public record RecordedExample(
    String pointer,
    String name,
    int status,
    List<Pair> headers,
    String body,
    boolean bodyIsJson,
    List<Pair> query,
    String requestBody) {

  /** Creates a recorded example. */
  public RecordedExample {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(name, "name");
    headers = List.copyOf(headers);
    query = List.copyOf(query);
  }

  /** A header or query parameter as written. */
  public record Pair(String name, String value) {
    /** Creates a pair. */
    public Pair {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }
}
