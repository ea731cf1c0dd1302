package io.github.postman2java.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a URL string the way Postman does: {@code {{var}}} stays whole (dots inside braces do
 * not split hosts), {@code :name} segments are path variables, the query keeps duplicates.
 */
final class UrlParser {
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

  private UrlParser() {}

  static PostmanUrl parse(String raw) {
    String rest = raw.trim();
    String hash = null;
    int hashAt = indexOutsideBraces(rest, '#');
    if (hashAt >= 0) {
      hash = rest.substring(hashAt + 1);
      rest = rest.substring(0, hashAt);
    }
    List<PostmanKeyValue> query = new ArrayList<>();
    int q = indexOutsideBraces(rest, '?');
    if (q >= 0) {
      for (String pair : rest.substring(q + 1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        query.add(eq < 0 ? new PostmanKeyValue(pair, null, false, null)
            : new PostmanKeyValue(pair.substring(0, eq), pair.substring(eq + 1), false, null));
      }
      rest = rest.substring(0, q);
    }
    String protocol = null;
    int scheme = rest.indexOf("://");
    String schemeText = scheme > 0 ? rest.substring(0, scheme) : "";
    if (SCHEME.matcher(schemeText).matches() || Placeholder.isExactly(schemeText)) {
      protocol = rest.substring(0, scheme);
      rest = rest.substring(scheme + 3);
    }
    int slash = indexOutsideBraces(rest, '/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String pathText = slash < 0 ? "" : rest.substring(slash + 1);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      authority = authority.substring(at + 1); // userinfo is a credential: never kept
    }
    String port = null;
    int colon = indexOutsideBraces(authority, ':');
    if (colon >= 0 && authority.indexOf(']') < colon) {
      port = authority.substring(colon + 1);
      authority = authority.substring(0, colon);
    }
    List<String> host = new ArrayList<>();
    if (!authority.isEmpty()) {
      host.addAll(splitOutsideBraces(authority, '.'));
    }
    List<String> path = new ArrayList<>(splitOutsideBraces(pathText, '/'));
    if (!path.isEmpty() && path.get(path.size() - 1).isEmpty()) {
      path.remove(path.size() - 1);
    }
    return new PostmanUrl(raw, protocol, host, port, path, query, List.of(), hash);
  }

  private static int indexOutsideBraces(String s, char c) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '{' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
        depth++;
        i++;
      } else if (ch == '}' && i + 1 < s.length() && s.charAt(i + 1) == '}' && depth > 0) {
        depth--;
        i++;
      } else if (ch == c && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  static List<String> splitOutsideBraces(String s, char sep) {
    List<String> out = new ArrayList<>();
    String rest = s;
    int i;
    while ((i = indexOutsideBraces(rest, sep)) >= 0) {
      out.add(rest.substring(0, i));
      rest = rest.substring(i + 1);
    }
    if (!rest.isEmpty() || !out.isEmpty()) {
      out.add(rest);
    }
    return out;
  }
}
