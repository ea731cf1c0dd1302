package io.github.postman2java.sample;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.postman2java.collection.Placeholder;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Postman {@code {{variable}}} placeholders inside JSON bodies. Quoted ones are ordinary strings;
 * unquoted ones make the body invalid JSON, so they are rewritten to a marker string before
 * parsing. Inference treats both as "a value of unknown type" and takes the type from other
 * samples at the same position. Type placeholders ({@code "<integer>"}) are read as the type they
 * name ({@link #typeHint}).
 */
public final class Placeholders {
  /** The string an unquoted placeholder becomes. Contains NUL, so no real value collides. */
  public static final String UNQUOTED = "\u0000p2j-placeholder\u0000";

  /**
   * The JSON type a type placeholder names. Postman's OpenAPI import fills examples with {@code
   * "<integer>"}, {@code "<dateTime>"}, {@code "<string>"}...: the schema's type, not a value.
   * ANY: a placeholder that names no scalar type ({@code "<object>"}).
   */
  public enum TypeHint {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    DATE_TIME,
    DATE,
    ANY
  }

  /** Type names as Postman's OpenAPI import writes them, lower-cased, letters and digits only. */
  private static final Map<String, TypeHint> TYPE_NAMES = Map.ofEntries(
      Map.entry("string", TypeHint.STRING), Map.entry("uuid", TypeHint.STRING),
      Map.entry("uri", TypeHint.STRING), Map.entry("url", TypeHint.STRING),
      Map.entry("email", TypeHint.STRING), Map.entry("byte", TypeHint.STRING),
      Map.entry("binary", TypeHint.STRING), Map.entry("password", TypeHint.STRING),
      Map.entry("secret", TypeHint.STRING), Map.entry("hostname", TypeHint.STRING),
      Map.entry("ipv4", TypeHint.STRING), Map.entry("ipv6", TypeHint.STRING),
      Map.entry("integer", TypeHint.INTEGER), Map.entry("int", TypeHint.INTEGER),
      Map.entry("int32", TypeHint.INTEGER), Map.entry("int64", TypeHint.INTEGER),
      Map.entry("long", TypeHint.INTEGER), Map.entry("unixtime", TypeHint.INTEGER),
      Map.entry("number", TypeHint.NUMBER), Map.entry("double", TypeHint.NUMBER),
      Map.entry("float", TypeHint.NUMBER), Map.entry("decimal", TypeHint.NUMBER),
      Map.entry("boolean", TypeHint.BOOLEAN), Map.entry("bool", TypeHint.BOOLEAN),
      Map.entry("datetime", TypeHint.DATE_TIME), Map.entry("date", TypeHint.DATE),
      Map.entry("object", TypeHint.ANY), Map.entry("array", TypeHint.ANY));

  private Placeholders() {}

  /** Returns whether {@code text} is exactly one placeholder or the unquoted marker. */
  public static boolean isPlaceholder(String text) {
    // Cheap test first: this runs for every string value of every example.
    return UNQUOTED.equals(text) || Placeholder.isExactly(text);
  }

  /**
   * Returns the type a type placeholder such as {@code "<integer>"} or {@code "<date-time>"}
   * names, or {@code null} when {@code text} is not one ({@code "<br>"} is markup, not a type).
   */
  public static TypeHint typeHint(String text) {
    // Cheap test first: this runs for every string value of every example.
    int n = text.length();
    if (n < 5 || n > 16 || text.charAt(0) != '<' || text.charAt(n - 1) != '>') {
      return null;
    }
    StringBuilder name = new StringBuilder(n);
    for (int i = 1; i < n - 1; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        name.append((char) (c + ('a' - 'A')));
      } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        name.append(c);
      } else if (c != '-' && c != '_') {
        return null;
      }
    }
    return TYPE_NAMES.get(name.toString());
  }

  /** Returns whether {@code text} stands for a value: a {@code {{variable}}} or a type name. */
  public static boolean isTemplateValue(String text) {
    return isPlaceholder(text) || typeHint(text) != null;
  }

  /** Returns whether {@code text} is the marker of an unquoted placeholder. */
  public static boolean isUnquoted(String text) {
    return UNQUOTED.equals(text);
  }

  /**
   * Replaces placeholders that stand outside JSON strings with the quoted marker; everything
   * else (including placeholders inside strings) is kept as is.
   */
  static String quoteBare(String body) {
    return quoteBare(body, placeholder -> UNQUOTED);
  }

  /**
   * Replaces each placeholder written outside a JSON string with a JSON string holding {@code
   * replacement.apply(placeholder)}, so the text parses as JSON; placeholders inside strings are
   * kept as they are.
   */
  public static String quoteBare(String body, UnaryOperator<String> replacement) {
    if (body.indexOf("{{") < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length() + 32);
    boolean inString = false;
    char quote = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\' && i + 1 < body.length()) {
          out.append(body.charAt(++i));
        } else if (c == quote) {
          inString = false;
        }
      } else if (c == '"' || c == '\'') {
        inString = true;
        quote = c;
        out.append(c);
      } else if (c == '{' && body.startsWith("{{", i)) {
        int end = body.indexOf("}}", i + 2);
        if (end < 0) {
          out.append(c);
          continue;
        }
        out.append('"')
            .append(JsonStringEncoder.getInstance().quoteAsString(
                replacement.apply(body.substring(i, end + 2))))
            .append('"');
        i = end + 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

}
