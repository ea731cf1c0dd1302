package io.github.postman2java.secrets;

import io.github.postman2java.collection.Placeholder;

/** The userinfo of a URL ({@code https://user:password@host}), which is a credential. */
final class Urls {
  private Urls() {}

  /** Returns the text between {@code ://} and {@code @} before the path, or null. */
  static String userinfo(String raw) {
    if (raw == null) {
      return null;
    }
    int scheme = raw.indexOf("://");
    int start = scheme < 0 ? 0 : scheme + 3;
    int slash = raw.indexOf('/', start);
    int end = slash < 0 ? raw.length() : slash;
    int at = raw.lastIndexOf('@', end - 1);
    if (scheme < 0 || at < start || raw.substring(start, at).contains("?")) {
      return null;
    }
    String info = raw.substring(start, at);
    // {{user}}:{{password}} has no literal credential; {{user}}:hunter2 has one.
    return info.isEmpty() || Placeholder.onlyVariables(info.replace(":", "")) ? null : info;
  }
}
