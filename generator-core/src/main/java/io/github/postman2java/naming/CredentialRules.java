package io.github.postman2java.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/** What counts as a credential value, and cheap pre-checks before {@link Secrets}' regexes. */
final class CredentialRules {
  private CredentialRules() {}

  /**
   * At least 8 characters, no whitespace, letters, and a digit, a symbol or an upper-case
   * letter after the first: tokens, keys and real passwords; not words, phrases or numbers.
   */
  static boolean looksLikeCredential(String v) {
    if (v.length() < 8) {
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
    // A number ("-27113311", an id) is data and a capitalised word is a word; credentials have
    // letters and digits, symbols or a real case mix.
    return letter && (digit || symbol || innerUpper && lower);
  }

  /** Literal prefixes of the token shapes Secrets looks for: a cheap scan before the regex. */
  private static final List<String> TOKEN_PREFIXES = List.of("eyJ", "ghp_", "gho_", "ghu_",
      "ghs_", "ghr_", "github_pat_", "xox", "AKIA", "k_live_", "k_test_", "AIza");

  /** Words every secret-named body key contains, for a cheap scan before the regex. */
  private static final List<String> SECRET_KEY_WORDS = List.of("token", "secret", "passw", "pwd",
      "key", "session", "authorization", "cookie");

  /** Whether a body may hold a secret-named property (case-insensitive). */
  static boolean mayHoldSecretKey(String body) {
    String lower = body.toLowerCase(Locale.ROOT);
    for (String word : SECRET_KEY_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} contains a token-shape prefix; the regex alone is slow on megabytes. */
  static boolean mayHoldTokenShape(String text) {
    for (String prefix : TOKEN_PREFIXES) {
      if (text.contains(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code {{var}}}, Postman vault references ({@code {{vault:name}}}) and the secret scanner's
   * {@code <AUTHORIZATION_SECRET>} stand for values supplied at run time: not secrets.
   */
  static boolean isPlaceholder(String v) {
    return v.matches("\\{\\{[^{}]*}}") || v.matches("<[A-Z0-9_\\- ]+>")
        || v.matches("(?i)(bearer|basic|token) \\{\\{[^{}]*}}");
  }

  /** Length plus the first 6 hex digits of SHA-256: tells findings apart, reveals nothing. */
  static String fingerprint(String value) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return value.length() + " chars, sha256 " + String.format(Locale.ROOT, "%02x%02x%02x",
          d[0] & 0xFF, d[1] & 0xFF, d[2] & 0xFF);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
