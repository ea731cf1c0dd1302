package io.github.postman2java.collection;

import java.util.Map;
import java.util.Objects;

/**
 * An auth block. v2.0 object maps and v2.1 {@code [{key, value}]} arrays both become
 * {@link #params()}. Parameter values may be secrets: nothing downstream may print them.
 *
 * @param type the auth type as written, lower-cased ({@code bearer}, {@code noauth}, ...)
 */
public record PostmanAuth(String type, Map<String, String> params) {

  /** Creates an auth block keeping parameter order. */
  public PostmanAuth {
    Objects.requireNonNull(type, "type");
    params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
  }

  /** Returns the named parameter, or the empty string. */
  public String param(String key) {
    return params.getOrDefault(key, "");
  }

  @Override
  public String toString() {
    // Parameter values are credentials: never render them.
    return "PostmanAuth[type=" + type + ", params=" + params.keySet() + "]";
  }
}
