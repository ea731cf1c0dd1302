package io.github.postman2java.robustness;

import java.util.List;
import java.util.Random;

/**
 * Random JSON documents of the kinds that break generators: deep and wide nesting, arrays mixing
 * kinds, keys that differ only by case or punctuation, empty, unicode, numeric and reserved keys,
 * repeated subtrees and recursive {@code children}. Deterministic for a given {@link Random}.
 */
final class HostileJson {
  private static final List<String> KEYS = List.of(
      "id", "ID", "Id", "name", "Name", "NAME", "type", "class", "record", "list", "List",
      "map", "Map", "optional", "string", "String", "object", "Object", "integer", "long",
      "boolean", "override", "default", "enum", "value", "values", "data", "items", "children",
      "", " ", "_", "-", "$ref", "@type", "#", "1", "2x", "foo_bar", "fooBar", "foo-bar",
      "FOO_BAR", "名前", "clé", "ключ", "😀", "a.b", "a/b", "a b", "null", "true", "builder",
      "jsonNode", "apiException", "count", "next", "previous", "results", "total", "has_more",
      "x".repeat(120), "Tree", "node", "parent", "meta", "status", "code", "message");
  private static final List<String> STRINGS = List.of(
      "a", "", "ACTIVE", "active", "2024-01-07T10:00:00Z", "2024-01-07", "1", "true", "null",
      "<string>", "{{var}}", "é", "\u2028", "\"quoted\"", "*/", "\\u0000", "x".repeat(300));

  private HostileJson() {}

  static String document(Random random) {
    StringBuilder out = new StringBuilder();
    switch (random.nextInt(6)) {
      case 0 -> object(out, random, 0, 6 + random.nextInt(10), 4);
      case 1 -> recursive(out, random, 10 + random.nextInt(16));
      case 2 -> wide(out, random, 100 + random.nextInt(300));
      case 3 -> array(out, random, 0, 6, 5);
      case 4 -> deepChain(out, random, 20 + random.nextInt(20));
      default -> object(out, random, 0, 3, 8);
    }
    return out.toString();
  }

  private static void value(StringBuilder out, Random random, int depth, int maxDepth,
      int width) {
    int pick = depth >= maxDepth ? random.nextInt(5) : random.nextInt(8);
    switch (pick) {
      case 0 -> out.append(random.nextInt(2000) - 1000);
      case 1 -> out.append(random.nextBoolean());
      case 2 -> out.append("null");
      case 3 -> out.append(random.nextDouble() * 1e6);
      case 4 -> string(out, STRINGS.get(random.nextInt(STRINGS.size())));
      case 5, 6 -> object(out, random, depth + 1, maxDepth, width);
      default -> array(out, random, depth + 1, maxDepth, width);
    }
  }

  private static void object(StringBuilder out, Random random, int depth, int maxDepth,
      int width) {
    out.append('{');
    int n = random.nextInt(width + 1);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(',');
      }
      string(out, KEYS.get(random.nextInt(KEYS.size())));
      out.append(':');
      value(out, random, depth, maxDepth, width);
    }
    out.append('}');
  }

  private static void array(StringBuilder out, Random random, int depth, int maxDepth,
      int width) {
    out.append('[');
    int n = random.nextInt(width + 1);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(',');
      }
      value(out, random, depth, maxDepth, width);
    }
    out.append(']');
  }

  private static void wide(StringBuilder out, Random random, int n) {
    out.append('{');
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(',');
      }
      string(out, KEYS.get(random.nextInt(KEYS.size())) + i);
      out.append(':');
      value(out, random, 2, 2, 2);
    }
    out.append('}');
  }

  /** {@code children} levels with varying fields, so some fold and some do not. */
  private static void recursive(StringBuilder out, Random random, int depth) {
    out.append("{\"name\":\"n").append(depth).append('"');
    if (random.nextInt(3) == 0) {
      out.append(",\"k").append(random.nextInt(4)).append("\":").append(random.nextInt(9));
    }
    if (random.nextInt(4) == 0) {
      out.append(",\"meta\":");
      object(out, random, 3, 4, 3);
    }
    out.append(",\"children\":");
    if (depth == 0) {
      out.append(random.nextBoolean() ? "[]" : random.nextBoolean() ? "null" : "\"leaf\"");
    } else {
      out.append('[');
      recursive(out, random, depth - 1);
      if (random.nextInt(3) == 0) {
        out.append(',');
        recursive(out, random, random.nextInt(Math.min(depth, 3)));
      }
      out.append(']');
    }
    out.append('}');
  }

  /** One object inside another, each level under a different or repeated key. */
  private static void deepChain(StringBuilder out, Random random, int depth) {
    for (int i = 0; i < depth; i++) {
      out.append("{\"").append(random.nextBoolean() ? "level" : "level" + i).append("\":");
    }
    out.append("1");
    out.append("}".repeat(depth));
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
