package io.github.postman2java.secrets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opaque marker the secrets stage puts where a credential was: two private-use characters
 * around the kind of credential ({@code token}, {@code password}, ...). It never holds any part
 * of the value. Identifiers built from marked text read the kind ({@code "Get <marker>"} →
 * {@code getToken}, because non-ASCII characters break words); comments and the manifest show
 * {@link #display} ({@code <redacted token>}); the binding stage turns a marked wire value into
 * a parameter the caller supplies.
 */
public final class Redacted {
  /** Opens a marker (Unicode private use: never printed as is). */
  public static final char OPEN = '\uE000';
  /** Closes a marker. */
  public static final char CLOSE = '\uE001';
  private static final Pattern MARKER = Pattern.compile(OPEN + "([a-z]{1,20})" + CLOSE);

  private Redacted() {}

  /** Returns the marker for a credential of this kind (lower-case letters). */
  public static String marker(String kind) {
    return OPEN + kind + CLOSE;
  }

  /** Returns whether {@code text} holds a marker. */
  public static boolean contains(String text) {
    return text != null && text.indexOf(OPEN) >= 0;
  }

  /** Returns the pattern of one marker; group 1 is the kind. */
  public static Pattern pattern() {
    return MARKER;
  }

  /** Returns {@code text} with each marker written {@code <redacted kind>}, for people to read. */
  public static String display(String text) {
    if (!contains(text)) {
      return text;
    }
    Matcher m = MARKER.matcher(text);
    return m.replaceAll(r -> "<redacted " + r.group(1) + ">");
  }
}
