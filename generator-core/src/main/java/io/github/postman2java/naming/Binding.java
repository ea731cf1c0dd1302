package io.github.postman2java.naming;

import java.util.List;

/**
 * How one request goes on the wire: origin, path, query, headers, auth, and the method
 * parameters that feed them.
 *
 * @param origin a literal scheme://host[:port] that differs from the client's base URL, or
 *     {@code null} to use the configured base URL
 */
public record Binding(
    String origin,
    List<Segment> path,
    List<Query> query,
    List<Header> headers,
    List<Param> params,
    Auth auth) {

  /** Creates a binding. */
  public Binding {
    path = List.copyOf(path);
    query = List.copyOf(query);
    headers = List.copyOf(headers);
    params = List.copyOf(params);
  }

  /**
   * A path segment: {@code prefix}, then the encoded value of {@code param} (when not null), then
   * {@code suffix}. A literal segment has only a prefix.
   */
  public record Segment(String prefix, String param, String suffix) {}

  /** A query parameter: sent with a constant value, or from a Java parameter. */
  public record Query(String key, String constant, String param) {}

  /** A header: sent with a constant value, or from a Java parameter. */
  public record Header(String name, String constant, String param) {}

  /** A method parameter: Java name and where it goes. */
  public record Param(String javaName, String wireName, Location location) {}

  /** Where a parameter goes. */
  public enum Location {
    PATH,
    QUERY,
    HEADER
  }

  /**
   * The resolved auth of a request (after inheritance).
   *
   * @param name for API keys, the header or query parameter name
   * @param type the auth type as written, for unsupported kinds
   */
  public record Auth(AuthKind kind, String name, String type) {}

  /** Auth kinds the generated client implements. */
  public enum AuthKind {
    NONE,
    BEARER,
    BASIC,
    API_KEY_HEADER,
    API_KEY_QUERY,
    UNSUPPORTED
  }
}
