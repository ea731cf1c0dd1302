package io.github.postman2java.collection;

import java.util.List;
import java.util.Objects;

/**
 * A URL split into parts. When the file gives only a string, the parser splits it the way
 * Postman does ({@code :name} path variables, {@code {{var}}} hosts kept whole).
 *
 * @param raw the URL text as written (may be empty)
 * @param protocol scheme without {@code ://}, or {@code null}
 * @param host host labels (a single {@code {{var}}} label is common)
 * @param port port text, or {@code null}
 * @param path path segments, without slashes
 * @param query query parameters, disabled ones included and marked
 * @param variables {@code :name} path-variable declarations
 */
public record PostmanUrl(
    String raw,
    String protocol,
    List<String> host,
    String port,
    List<String> path,
    List<PostmanKeyValue> query,
    List<PostmanVariable> variables,
    String hash) {

  /** Creates a URL. */
  public PostmanUrl {
    Objects.requireNonNull(raw, "raw");
    host = List.copyOf(host);
    path = List.copyOf(path);
    query = List.copyOf(query);
    variables = List.copyOf(variables);
  }
}
