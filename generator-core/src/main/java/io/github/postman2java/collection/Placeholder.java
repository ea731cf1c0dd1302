package io.github.postman2java.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postman's variables as written in a collection: {@code {{name}}} anywhere in text (Postman's
 * own pattern, {@code \{\{([^{}]*?)}}}, the name trimmed), and {@code :name} as a whole path
 * segment. Every stage that looks for a variable asks here, so they all agree on what one is.
 */
public final class Placeholder {
  /** The pattern of one variable, without groups, for patterns that embed it. */
  public static final String REGEX = "\\{\\{[^{}]*}}";
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{([^{}]*)}}");

  private Placeholder() {}

  /** A piece of text: literal text, or the name of a variable. Exactly one is set. */
  public record Piece(String literal, String variable) {}

  /** Returns {@code {{name}}}. */
  public static String of(String name) {
    return "{{" + name + "}}";
  }

  /** Returns whether {@code text} holds a {@code {{variable}}}. */
  public static boolean contains(String text) {
    return text != null && text.contains("{{") && VARIABLE.matcher(text).find();
  }

  /** Returns whether {@code text} is exactly one {@code {{variable}}}. */
  public static boolean isExactly(String text) {
    return text != null && text.startsWith("{{") && text.endsWith("}}")
        && VARIABLE.matcher(text).matches();
  }

  /**
   * Returns whether {@code text} holds variables and no literal text but whitespace ({@code
   * {{a}}}, {@code {{a}} {{b}}}): nothing in it is a value of its own.
   */
  public static boolean onlyVariables(String text) {
    return contains(text) && withoutVariables(text).isBlank();
  }

  /** Returns the name of the first {@code {{variable}}} in {@code text}, or {@code null}. */
  public static String firstName(String text) {
    Matcher m = VARIABLE.matcher(text);
    return m.find() ? m.group(1).trim() : null;
  }

  /** Returns {@code text} without its variables (what reaches the wire literally). */
  public static String withoutVariables(String text) {
    return VARIABLE.matcher(text).replaceAll("");
  }

  /**
   * Returns {@code text} with each variable replaced by {@code replacement.apply(name)}; the
   * replacement is literal text, not a regex replacement string.
   */
  public static String replace(String text, Function<String, String> replacement) {
    return VARIABLE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
        replacement.apply(m.group(1).trim())));
  }

  /** Splits {@code text} into literal pieces and variables, in order; never empty. */
  public static List<Piece> split(String text) {
    List<Piece> pieces = new ArrayList<>();
    Matcher m = VARIABLE.matcher(text);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        pieces.add(new Piece(text.substring(at, m.start()), null));
      }
      pieces.add(new Piece(null, m.group(1).trim()));
      at = m.end();
    }
    if (at < text.length() || pieces.isEmpty()) {
      pieces.add(new Piece(text.substring(at), null));
    }
    return pieces;
  }

  /** Returns the name of a {@code :name} path segment, or {@code null} for other segments. */
  public static String pathVariable(String segment) {
    return segment.startsWith(":") && segment.length() > 1 ? segment.substring(1) : null;
  }
}
