package io.github.postman2java.it.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postman2java.it.wire.RecordingServer.Recorded;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares what newman sent with what the generated client sent, component by component.
 *
 * <ul>
 *   <li>Method: equal.
 *   <li>Path: segments split on {@code /}, then percent-decoded (newman leaves {@code @ : !}
 *       raw where the client escapes them; both mean the same segment).
 *   <li>Query: pairs split on {@code &} and the first {@code =}, percent-decoded, grouped by key
 *       with values in order.
 *   <li>Headers: names case-insensitive, values in order, minus the ones each side adds for
 *       itself ({@link #NEWMAN_OWN}, {@link #JAVA_OWN}). A multipart Content-Type is compared
 *       without its boundary, which each side picks at random.
 *   <li>Body: JSON by value, urlencoded by decoded pairs, multipart by parts (part headers and
 *       content), anything else byte for byte.
 * </ul>
 */
final class WireComparison {
  /** Headers newman (postman-runtime) adds on its own, with the value it adds (null: any). */
  static final Map<String, String> NEWMAN_OWN = Map.of(
      "user-agent", "",
      "postman-token", "",
      "host", "",
      "accept-encoding", "",
      "connection", "",
      "content-length", "",
      "cache-control", "no-cache",
      "accept", "*/*");
  /** Headers java.net.http adds on its own (HTTP/1.1 with an h2c upgrade offer). */
  static final Set<String> JAVA_OWN = Set.of(
      "user-agent", "host", "connection", "content-length", "upgrade", "http2-settings");

  private static final ObjectMapper JSON = new ObjectMapper();

  private WireComparison() {}

  /** Returns the differences, empty when the two requests are the same on the wire. */
  static List<String> compare(Recorded newman, Recorded java) {
    List<String> out = new ArrayList<>();
    if (!newman.method().equals(java.method())) {
      out.add("method: newman " + newman.method() + ", client " + java.method());
    }
    String[] n = split(newman.rawPathAndQuery());
    String[] j = split(java.rawPathAndQuery());
    if (!path(n[0]).equals(path(j[0]))) {
      out.add("path: newman " + n[0] + ", client " + j[0]);
    }
    if (!pairs(n[1]).equals(pairs(j[1]))) {
      out.add("query: newman " + pairs(n[1]) + ", client " + pairs(j[1]));
    }
    Map<String, List<String>> nh = headers(newman.headers(), true);
    Map<String, List<String>> jh = headers(java.headers(), false);
    if (!nh.equals(jh)) {
      out.add("headers: newman " + nh + ", client " + jh);
    }
    String type = first(newman.headers(), "content-type");
    String body = body(type, newman, java);
    if (body != null) {
      out.add(body);
    }
    return out;
  }

  private static String body(String type, Recorded newman, Recorded java) {
    String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
    try {
      if (t.contains("json") && newman.body().length > 0) {
        if (!JSON.readTree(newman.body()).equals(JSON.readTree(java.body()))) {
          return "JSON body: newman " + text(newman.body()) + ", client " + text(java.body());
        }
      } else if (t.startsWith("application/x-www-form-urlencoded")) {
        var n = pairs(text(newman.body()));
        var j = pairs(text(java.body()));
        if (!n.equals(j)) {
          return "form body: newman " + n + ", client " + j;
        }
      } else if (t.startsWith("multipart/form-data")) {
        List<String> n = parts(newman);
        List<String> j = parts(java);
        if (!n.equals(j)) {
          return "multipart body: newman " + n + ", client " + j;
        }
      } else if (!Arrays.equals(newman.body(), java.body())) {
        return "body: newman " + text(newman.body()) + ", client " + text(java.body());
      }
    } catch (java.io.IOException e) {
      return "body unreadable: " + e.getMessage();
    }
    return null;
  }

  private static String[] split(String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    return q < 0 ? new String[] {pathAndQuery, ""}
        : new String[] {pathAndQuery.substring(0, q), pathAndQuery.substring(q + 1)};
  }

  private static List<String> path(String raw) {
    return Arrays.stream(raw.split("/", -1)).map(WireComparison::decode).toList();
  }

  /** Pairs grouped by decoded key, values decoded and in order. */
  static Map<String, List<String>> pairs(String raw) {
    Map<String, List<String>> out = new TreeMap<>();
    if (raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&", -1)) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? null : decode(pair.substring(eq + 1));
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static Map<String, List<String>> headers(Map<String, List<String>> headers,
      boolean newman) {
    Map<String, List<String>> out = new TreeMap<>();
    headers.forEach((name, values) -> {
      List<String> kept = new ArrayList<>();
      for (String v : values) {
        boolean own = newman ? NEWMAN_OWN.containsKey(name)
            && (NEWMAN_OWN.get(name).isEmpty() || NEWMAN_OWN.get(name).equals(v))
            : JAVA_OWN.contains(name);
        if (!own) {
          kept.add(name.equals("content-type") && v.startsWith("multipart/form-data")
              ? "multipart/form-data" : v);
        }
      }
      if (!kept.isEmpty()) {
        out.put(name, kept);
      }
    });
    return out;
  }

  /** The parts of a multipart body: each part's headers (lower-cased names) and content. */
  private static List<String> parts(Recorded r) {
    String type = first(r.headers(), "content-type");
    String boundary = type.substring(type.indexOf("boundary=") + 9).replace("\"", "").trim();
    String body = new String(r.body(), StandardCharsets.ISO_8859_1);
    List<String> out = new ArrayList<>();
    String delimiter = "--" + boundary;
    String[] chunks = body.split(java.util.regex.Pattern.quote(delimiter), -1);
    for (int i = 1; i < chunks.length; i++) {
      String chunk = chunks[i];
      if (chunk.startsWith("--")) {
        break;
      }
      chunk = chunk.substring(chunk.startsWith("\r\n") ? 2 : 0);
      int end = chunk.indexOf("\r\n\r\n");
      String head = end < 0 ? chunk : chunk.substring(0, end);
      String content = end < 0 ? "" : chunk.substring(end + 4);
      if (content.endsWith("\r\n")) {
        content = content.substring(0, content.length() - 2);
      }
      List<String> hs = new ArrayList<>();
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        hs.add(colon < 0 ? line : line.substring(0, colon).toLowerCase(Locale.ROOT) + ":"
            + line.substring(colon + 1).trim());
      }
      hs.sort(null);
      out.add(hs + " " + new String(content.getBytes(StandardCharsets.ISO_8859_1),
          StandardCharsets.UTF_8));
    }
    return out;
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Percent-decodes (UTF-8); {@code +} stays {@code +}. */
  static String decode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%' && i + 2 < bytes.length
          && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
        out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
        i += 2;
      } else {
        out.write(bytes[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(byte b) {
    return Character.digit((char) b, 16);
  }
}
