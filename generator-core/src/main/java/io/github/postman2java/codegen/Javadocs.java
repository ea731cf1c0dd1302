package io.github.postman2java.codegen;

import io.github.postman2java.secrets.Redacted;

/**
 * The only way user text reaches generated comments. Javadoc text is HTML-escaped in the style of
 * protobuf's generator: {@code \} (unicode escapes are processed inside comments), {@code * /}
 * and {@code / *} (comment delimiters), {@code @} (block tags), {@code <}, {@code >}, {@code &}.
 * Control, format (bidi, zero-width, soft hyphen, BOM) and line-separator characters are removed.
 */
public final class Javadocs {
  private Javadocs() {}

  /** Escapes free text for a Javadoc body; newlines are kept. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    String normalized = Redacted.display(text).replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      switch (c) {
        case '\\' -> out.append("&#92;");
        case '*' -> {
          if (i + 1 < normalized.length() && normalized.charAt(i + 1) == '/') {
            out.append("*&#47;");
            i++;
          } else {
            out.append('*');
          }
        }
        case '/' -> {
          if (i + 1 < normalized.length() && normalized.charAt(i + 1) == '*') {
            out.append("&#47;*");
            i++;
          } else {
            out.append('/');
          }
        }
        case '@' -> out.append("&#64;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n' -> out.append('\n');
        case '\t' -> out.append(' ');
        default -> {
          if (!isInvisible(c)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString().strip();
  }

  /** Escapes text for one line of a comment (newlines become spaces). */
  public static String line(String text) {
    return escape(text).replace('\n', ' ');
  }

  /**
   * Escapes text for one line inside {@code {@code ...}}: braces are written as entities, so a
   * brace in user text can neither close the tag early nor leave it unbalanced.
   */
  public static String code(String text) {
    return line(text).replace("}", "&#125;").replace("{", "&#123;");
  }

  /** Returns text safe for a {@code //} comment: printable ASCII only, no backslashes. */
  public static String lineComment(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7F && c != '\\' ? c : '_');
    }
    return out.toString();
  }

  /**
   * Control characters, and every Unicode format character (bidi embeddings, overrides and
   * isolates, zero-width characters, the soft hyphen, the byte order mark), and line or
   * paragraph separators: invisible in an editor, or able to reorder what a reader sees.
   */
  private static boolean isInvisible(char c) {
    int type = Character.getType(c);
    return Character.isISOControl(c)
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || c == '\u034F' || c == '\u115F' || c == '\u1160' || c == '\u3164' || c == '\uFFA0';
  }
}
