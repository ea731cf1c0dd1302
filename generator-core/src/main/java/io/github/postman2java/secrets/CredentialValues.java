package io.github.postman2java.secrets;

import io.github.postman2java.collection.Placeholder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a value looks like: a credential, or one of the many things that only resemble one in a
 * collection (placeholders, masks, documentation examples, dates, numbers, UUIDs, words).
 */
final class CredentialValues {
  private static final Pattern DATE = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}([.,]\\d{1,9})?)?(Z|[+-]\\d{2}(:?\\d{2})?)?)?"
          + "|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{8}T\\d{6}Z?");
  private static final Pattern UUID = Pattern.compile(
      "(?i)\\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}?");
  /** {@code {{var}}}, {@code <string>}, {@code :id}, {@code ${VAR}}, {@code $VAR}, {@code %s}. */
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?s)" + Placeholder.REGEX + "|<[^<>]{1,60}>|\\[[^\\[\\]]{1,60}]|:[A-Za-z_][\\w-]*"
          + "|\\$\\{[^{}]+}"
          + "|\\$[A-Za-z_][A-Za-z0-9_]*|%[sd]|\\{[A-Za-z_][\\w-]*}"
          + "|(?i)(bearer|basic|token|digest) +(" + Placeholder.REGEX + "|<[^<>]{1,60}>)");
  /** Words of documentation examples ({@code your_api_key}, {@code YOUR_TOKEN}, {@code abc123}). */
  private static final Set<String> EXAMPLE_WORDS = Set.of("your", "my", "example", "sample",
      "dummy", "placeholder", "changeme", "replace", "replaceme", "insert", "enter", "fake",
      "redacted", "hidden", "here", "xxx", "xxxx", "foo", "bar", "foobar", "lorem", "ipsum",
      "test", "testing", "demo", "abc", "abcdef", "abc123", "qwerty", "password", "secret",
      "token", "key", "apikey", "null", "undefined", "none", "string", "value", "goes", "put",
      "todo", "tbd", "yourkey", "yourtoken", "mytoken", "mykey");

  private static final String HEX = "0123456789abcdef";
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)*([eE][-+]?\\d+)?");
  private static final Pattern IDENTIFIER_WORDS = Pattern.compile("[A-Za-z]+([-_.]+[A-Za-z]+)*");
  private static final Pattern WITH_VOWEL = Pattern.compile(".*[aeiouy].*");

  private CredentialValues() {}

  /** Whether {@code v} stands for a value supplied elsewhere rather than being one. */
  static boolean isPlaceholder(String v) {
    return PLACEHOLDER.matcher(v).matches() || Placeholder.onlyVariables(v);
  }

  /**
   * Masks and fillers: only {@code * x X . - _ • #} and a repeated character, or holding
   * {@code ***}, {@code xxxx} or {@code ...} ({@code sk_test_...}).
   */
  static boolean isMask(String v) {
    String lower = v.toLowerCase(Locale.ROOT);
    if (lower.contains("***") || lower.contains("xxxx") || lower.contains("...")
        || lower.endsWith("xxx") || lower.contains("abcdef") || lower.contains("12345678")
        || lower.contains("\u2022\u2022") || lower.contains("\u2026")) {
      return true;
    }
    int distinct = (int) lower.chars().filter(Character::isLetterOrDigit).distinct().count();
    return distinct <= 2;
  }

  /** Whether every word of {@code v} is an example word ({@code YOUR_TOKEN}, {@code my-key}). */
  static boolean isExample(String v) {
    List<String> words = CredentialNames.words(v);
    if (words.isEmpty()) {
      return true;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (lower.contains("example") || lower.contains("sample") || lower.contains("placeholder")
        || lower.contains("your")) {
      return true; // AKIAIOSFODNN7EXAMPLE, yourApiKey
    }
    int example = 0;
    for (String w : words) {
      if (EXAMPLE_WORDS.contains(w)) {
        example++;
      }
    }
    // "your-api-key-here", "YOUR_TOKEN", "test_key_123": a reader sees it is not a real value.
    return example > 0 && (words.contains("your") || words.contains("my")
        || words.contains("example") || words.contains("sample") || words.contains("dummy")
        || words.contains("placeholder") || words.contains("replace") || words.contains("fake")
        || words.contains("insert") || words.contains("enter") || words.contains("here")
        || example * 2 >= words.size() && words.size() > 1 || example == words.size());
  }

  static boolean isDate(String v) {
    return DATE.matcher(v).matches();
  }

  static boolean isUuid(String v) {
    return UUID.matcher(v).matches();
  }

  /**
   * Never a credential whatever holds it: placeholders, masks, examples, dates, booleans,
   * numbers, and {@code null}.
   */
  static boolean isNeverCredential(String v) {
    String t = v.trim();
    return t.isEmpty() || isPlaceholder(t) || isMask(t) || isDate(t) || isNumber(t)
        || t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")
        || t.equalsIgnoreCase("null") || isExample(t);
  }

  static boolean isNumber(String v) {
    return NUMBER.matcher(v).matches();
  }

  /**
   * A value worth reporting under a credential name: {@code minLength}+ characters, no
   * whitespace, letters, and a digit, a symbol or a real mix of cases; not words, ids made of
   * digits, or anything {@link #isNeverCredential} knows.
   */
  static boolean looksLikeCredential(String v, int minLength) {
    if (v.length() < minLength || isNeverCredential(v)) {
      return false;
    }
    boolean digit = false;
    boolean innerUpper = false;
    boolean letter = false;
    boolean lower = false;
    boolean symbol = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isWhitespace(c)) {
        return false;
      }
      digit |= Character.isDigit(c);
      innerUpper |= i > 0 && Character.isUpperCase(c);
      lower |= Character.isLowerCase(c);
      letter |= Character.isLetter(c);
      symbol |= !Character.isLetterOrDigit(c);
    }
    if (!letter) {
      return false;
    }
    if (!digit && isIdentifierWords(v)) {
      return false; // "client_credentials", "accessDenied", "Secret-Key": names, not values
    }
    return digit || symbol || innerUpper && lower;
  }

  /** Letters separated by {@code _ - .} or case changes, each word pronounceable. */
  private static boolean isIdentifierWords(String v) {
    if (!IDENTIFIER_WORDS.matcher(v).matches()) {
      return false;
    }
    for (String w : CredentialNames.words(v)) {
      if (w.length() > 14 || w.length() > 3 && !WITH_VOWEL.matcher(w).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Length plus the first 6 hex digits of SHA-256: tells findings apart, reveals nothing. */
  static String fingerprint(String value) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      StringBuilder out = new StringBuilder().append(value.length()).append(" chars, sha256 ");
      for (int i = 0; i < 3; i++) {
        out.append(HEX.charAt((d[i] >> 4) & 0xF)).append(HEX.charAt(d[i] & 0xF));
      }
      return out.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
