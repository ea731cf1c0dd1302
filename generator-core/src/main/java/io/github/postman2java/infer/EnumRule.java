package io.github.postman2java.infer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a string position is an open enum. A position is an enum when every value
 * looks like a constant (UPPER_SNAKE, lower_snake, kebab or single lower-case words), there are
 * at most {@link #MAX_VALUES} of them, and either the property name is code-like
 * ({@code code}, {@code status}, {@code type}, ...) or the values are UPPER_SNAKE and repeat.
 * Free text, ids and names never qualify, so {@code "login": "octocat"} stays a String.
 */
final class EnumRule {
  /** More distinct values than this is data, not a vocabulary. */
  static final int MAX_VALUES = 24;

  private static final Pattern CONSTANT = Pattern.compile("[A-Za-z][A-Za-z0-9]*([_.-][A-Za-z0-9]+)*");
  private static final Pattern UPPER = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  private static final Set<String> CODE_LIKE = Set.of(
      "code", "status", "state", "type", "kind", "level", "severity", "category", "action",
      "errorcode", "error", "reason", "result", "mode", "role", "visibility", "priority",
      "method", "format", "currency", "channel", "object", "event", "outcome");

  private EnumRule() {}

  static boolean isEnum(String name, Evidence e) {
    if (e.valuesOverflow || e.stringValues.isEmpty() || e.stringValues.size() > MAX_VALUES) {
      return false;
    }
    boolean allConstant = true;
    boolean allUpper = true;
    for (String v : e.stringValues) {
      if (v.length() > 48 || !CONSTANT.matcher(v).matches() || isMixedCaseWord(v)) {
        allConstant = false;
        break;
      }
      allUpper &= UPPER.matcher(v).matches() && v.length() > 1;
    }
    if (!allConstant) {
      return false;
    }
    if (isCodeLike(name)) {
      return true;
    }
    return allUpper && e.strings > e.stringValues.size();
  }

  /** "Patricia" or "camelCase" are names, not constants. */
  private static boolean isMixedCaseWord(String v) {
    boolean upper = !v.equals(v.toLowerCase(Locale.ROOT));
    boolean lower = !v.equals(v.toUpperCase(Locale.ROOT));
    return upper && lower;
  }

  static boolean isCodeLike(String name) {
    if (name == null) {
      return false;
    }
    String n = ErrorCodeCollector.lettersOnly(name);
    if (CODE_LIKE.contains(n)) {
      return true;
    }
    return n.endsWith("status") || n.endsWith("code") || n.endsWith("type") || n.endsWith("state");
  }
}
