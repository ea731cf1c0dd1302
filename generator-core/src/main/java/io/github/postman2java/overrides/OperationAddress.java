package io.github.postman2java.overrides;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a request is, as a person writes it: its folders and name as shown in Postman ({@code
 * "Leads/Get Leads"}; a {@code /} inside a name is written {@code \/}), or its method and URL path
 * as written in the collection ({@code "GET /crm/v2/Leads/{{id}}"}). Neither changes when other
 * requests are added, the collection is re-exported or the generated names are overridden.
 *
 * @param itemPath folder names then the request name, or empty for the method form
 * @param method the HTTP method of the method form, or {@code null}
 * @param path the URL path of the method form ({@code /a/b}), or {@code null}
 */
public record OperationAddress(List<String> itemPath, String method, String path) {
  private static final Pattern METHOD_FORM =
      Pattern.compile("(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE) (/.*)");

  /** Creates an address. */
  public OperationAddress {
    itemPath = List.copyOf(itemPath);
  }

  /** Parses either form; returns {@code null} for a blank address. */
  public static OperationAddress parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    Matcher m = METHOD_FORM.matcher(t);
    if (m.matches()) {
      return new OperationAddress(List.of(), m.group(1), m.group(2));
    }
    return new OperationAddress(splitPath(t), null, null);
  }

  /** Splits {@code a/b\/c} into {@code [a, b/c]}; names are stripped of outer blanks. */
  public static List<String> splitPath(String text) {
    List<String> names = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        cur.append('/');
        i++;
      } else if (c == '/') {
        names.add(cur.toString().strip());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    names.add(cur.toString().strip());
    return names;
  }

  /** Renders folder names and a request name in the folder form. */
  public static String render(List<String> itemPath) {
    List<String> escaped = itemPath.stream().map(n -> n.replace("/", "\\/")).toList();
    return String.join("/", escaped);
  }

  /** The URL path of a raw URL: without scheme, host or a leading {{baseUrl}}, and query. */
  public static String urlPath(String raw) {
    String s = raw;
    int q = s.indexOf('?');
    s = q >= 0 ? s.substring(0, q) : s;
    int scheme = s.indexOf("://");
    if (scheme >= 0) {
      int slash = s.indexOf('/', scheme + 3);
      s = slash < 0 ? "/" : s.substring(slash);
    } else if (s.startsWith("{{")) {
      int end = s.indexOf("}}");
      s = end < 0 ? s : s.substring(end + 2);
    }
    return s.startsWith("/") ? s : "/" + s;
  }

  /** Whether this is the method-and-path form. */
  public boolean isMethodForm() {
    return method != null;
  }

  @Override
  public String toString() {
    return isMethodForm() ? method + " " + path : render(itemPath);
  }
}
