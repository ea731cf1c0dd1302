package io.github.postman2java.sample;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.postman2java.collection.Placeholder;
import java.util.function.UnaryOperator;

/**
 * Postman {@code {{variable}}} placeholders inside JSON bodies. Quoted ones are ordinary strings;
 * unquoted ones make the body invalid JSON, so they are rewritten to a marker string before
 * parsing. Inference treats both as "a value of unknown type" and takes the type from other
 * samples at the same position.
 */
public final class Placeholders {
  /** The string an unquoted placeholder becomes. Contains NUL, so no real value collides. */
  public static final String UNQUOTED = "\u0000p2j-placeholder\u0000";

  private Placeholders() {}

  /** Returns whether {@code text} is exactly one placeholder or the unquoted marker. */
  public static boolean isPlaceholder(String text) {
    // Cheap test first: this runs for every string value of every example.
    return UNQUOTED.equals(text) || Placeholder.isExactly(text);
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
