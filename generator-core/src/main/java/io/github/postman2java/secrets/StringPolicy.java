package io.github.postman2java.secrets;

import io.github.postman2java.diag.SourceLocation;

/**
 * What happens to each string of a collection, by the role it plays. The secrets stage walks
 * the collection twice with the same {@link CollectionRewrite}: once to find credentials, once
 * to replace them, so both passes see exactly the same strings in the same roles.
 */
interface StringPolicy {
  /** Free text: names, descriptions, URL parts, header names, statuses. */
  String text(SourceLocation at, String kind, String text);

  /** The value of a header, query parameter, form field or variable called {@code name}. */
  String named(SourceLocation at, String kind, String name, String value);

  /** A request or example body, GraphQL variables (JSON or text). */
  String body(SourceLocation at, String kind, String text);

  /** A pre-request or test script line. */
  String script(SourceLocation at, String line);

  /** An auth parameter value. */
  String auth(SourceLocation at, String authType, String key, String value);

  /** A raw URL (may hold {@code user:password@}). */
  String url(SourceLocation at, String raw);

  /**
   * The policy for one request item when items may be rewritten in parallel (large collections
   * have thousands), or {@code null} to rewrite every item in order with this policy. What a
   * part found comes back through {@link #absorb}, in collection order.
   */
  default StringPolicy forItem() {
    return null;
  }

  /** Takes back what a policy from {@link #forItem} found; parts arrive in collection order. */
  default void absorb(StringPolicy part) {}
}
