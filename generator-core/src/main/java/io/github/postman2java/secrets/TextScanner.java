package io.github.postman2java.secrets;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds credentials inside free text, bodies, URLs and scripts: well-known token formats
 * anywhere, a credential-looking value right after a credential word ({@code "token is X"},
 * {@code password: X}), {@code name=value} pairs under credential names (query strings, form
 * text, cookies), secret-named JSON string members and values scripts store under secret names.
 * Each find goes to a callback with the kind of credential and the exact text to remove.
 */
final class TextScanner {
  /** Text is searched up to this length (hostile 100 MB bodies). */
  static final int SCAN_LIMIT = 4 * 1024 * 1024;
  /** Shorter text holds no token format and no credential phrase. */
  static final int MIN_TEXT = 6;

  /**
   * A known token format, the kind its marker says, and texts every match contains: a text with
   * none of them is not searched (most text holds an {@code A}, few an {@code AKIA}).
   */
  private record Shape(Pattern pattern, String kind, List<String> needles) {
    boolean mayOccurIn(String text) {
      for (String n : needles) {
        if (text.contains(n)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final List<Shape> SHAPES = List.of(
      new Shape(Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"
          + "|eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"), "token",
          List.of("eyJ")),
      new Shape(Pattern.compile("gh[pousr]_[A-Za-z0-9]{20,}"), "token",
          List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_")),
      new Shape(Pattern.compile("github_pat_[A-Za-z0-9_]{20,}"), "token", List.of("github_pat_")),
      new Shape(Pattern.compile("xox[abposre]-[A-Za-z0-9-]{10,}"), "token", List.of("xox")),
      new Shape(Pattern.compile("(?:AKIA|ASIA)[0-9A-Z]{16}"), "key", List.of("AKIA", "ASIA")),
      new Shape(Pattern.compile("[sr]k_(?:live|test)_[0-9A-Za-z]{16,}"), "key",
          List.of("k_live_", "k_test_")),
      new Shape(Pattern.compile("AIza[0-9A-Za-z_-]{35}"), "key", List.of("AIza")),
      new Shape(Pattern.compile("glpat-[0-9A-Za-z_-]{20,}"), "token", List.of("glpat-")),
      new Shape(Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----"
          + "[\\s\\S]{0,20000}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----"), "key",
          List.of("-----BEGIN")));

  /** A credential word, then an optional verb or sign, then the value. */
  private static final Pattern PHRASE = Pattern.compile(
      "(?i)\\b(password|passwd|passcode|pwd|pin|token|secret|api[ _-]?key|access[ _-]?key"
          + "|bearer|client[ _-]?secret)\\b[\"']?\\s{0,3}(?:is|was|=|:|-|=>|\u2192)?\\s{0,3}"
          + "[\"'`]?([A-Za-z0-9][A-Za-z0-9_\\-.~+/=!@#$%^*]{5,511})");
  /** The beginnings of {@link #PHRASE}'s credential words: where it can match. */
  private static final List<String> PHRASE_WORDS = List.of("pass", "pwd", "pin", "token",
      "secret", "api", "access", "bearer", "client");
  /** {@code name=value} in query strings, form text and cookie lists. */
  private static final Pattern PAIR = Pattern.compile(
      "(?:^|[?&;,#\\s])([A-Za-z0-9_.\\-\\[\\]]{1,100})=([^&;,\\s\"'<>#]{1,4096})");
  /** A JSON string member: key and value without escapes (enough to find pasted secrets). */
  private static final Pattern JSON_PAIR = Pattern.compile(
      "\"([^\"\\\\]{1,100})\"\\s*:\\s*\"([^\"\\\\]{1,4096})\"");
  /** {@code pm.environment.set('token', 'value')} and its siblings. */
  private static final Pattern SCRIPT_SET = Pattern.compile(
      "\\.set\\(\\s*['\"`]([^'\"`]{1,100})['\"`]\\s*,\\s*['\"`]([^'\"`]{1,4096})['\"`]");

  private TextScanner() {}

  /** Token formats and credential phrases in any text (names, descriptions, bodies). */
  static void freeText(String text, BiConsumer<String, String> found) {
    if (text == null || text.length() < MIN_TEXT) {
      return;
    }
    String t = text.length() > SCAN_LIMIT ? text.substring(0, SCAN_LIMIT) : text;
    for (Shape s : SHAPES) {
      if (s.mayOccurIn(t)) {
        Matcher m = s.pattern().matcher(t);
        while (m.find()) {
          found.accept(s.kind(), m.group());
        }
      }
    }
    MatchStarts.each(PHRASE.matcher(t), t.length(), MatchStarts.wordStarts(t, PHRASE_WORDS),
        m -> {
          String value = trimPunctuation(m.group(2));
          String kind = kindOfWord(m.group(1));
          if (phraseValue(value, "password".equals(kind) ? 6 : 10)) {
            found.accept(kind, value);
          }
        });
    pairs(t, found);
  }

  /**
   * A value after a credential word in prose is reported only when it cannot be prose: letters
   * and digits mixed, long enough, not a name or a path ({@code "the token for-the-command-line"},
   * {@code "token: OAuth2.0"}, {@code "password -count"} are not).
   */
  private static boolean phraseValue(String value, int minLength) {
    boolean letter = value.chars().anyMatch(Character::isLetter);
    boolean digit = value.chars().anyMatch(Character::isDigit);
    return letter && digit && value.indexOf('/') < 0 && !value.endsWith("=")
        && CredentialValues.looksLikeCredential(value, minLength)
        && !CredentialNames.isSecretName(value);
  }

  /** {@code name=value} pairs whose name is a credential name: the value. */
  static void pairs(String text, BiConsumer<String, String> found) {
    if (text.indexOf('=') < 0) {
      return;
    }
    MatchStarts.each(PAIR.matcher(text), text.length(),
        MatchStarts.pairStarts(text, "?&;,#", TextScanner::isPairNameChar), m -> {
          CredentialNames.Strength s = CredentialNames.strength(m.group(1));
          String value = m.group(2);
          if (s != CredentialNames.Strength.NONE && reportable(s, value)) {
            found.accept(kindOfName(m.group(1)), value);
          }
        });
  }

  /** Secret-named JSON string members of a body (not a bare {@code key}: maps use it). */
  static void jsonMembers(String body, BiConsumer<String, String> found) {
    String t = body.length() > SCAN_LIMIT ? body.substring(0, SCAN_LIMIT) : body;
    MatchStarts.each(JSON_PAIR.matcher(t), t.length(), MatchStarts.charAt(t, '"'), m -> {
      String key = m.group(1);
      if (!"key".equalsIgnoreCase(key.trim())
          && CredentialNames.strength(key) == CredentialNames.Strength.STRONG
          && reportable(CredentialNames.Strength.STRONG, m.group(2))) {
        found.accept(kindOfName(key), m.group(2));
      }
    });
  }

  /** {@link #PAIR}'s name characters. */
  private static boolean isPairNameChar(int c) {
    return c < 128 && (Character.isLetterOrDigit(c) || "_.-[]".indexOf(c) >= 0);
  }

  /** Values scripts store under secret names. */
  static void scriptSets(String script, BiConsumer<String, String> found) {
    Matcher m = SCRIPT_SET.matcher(script);
    while (m.find()) {
      CredentialNames.Strength s = CredentialNames.strength(m.group(1));
      if (s != CredentialNames.Strength.NONE && reportable(s, m.group(2))) {
        found.accept(kindOfName(m.group(1)), m.group(2));
      }
    }
  }

  /**
   * Whether a value under a name of this strength is a credential to report: credential-looking,
   * and for weak names (session, signature, client id) not a UUID, which there is an id.
   */
  static boolean reportable(CredentialNames.Strength strength, String value) {
    String v = value.trim();
    if (strength == CredentialNames.Strength.WEAK && CredentialValues.isUuid(v)) {
      return false;
    }
    if (CredentialValues.isUuid(v)) {
      return true; // an API key or token issued as a UUID
    }
    return CredentialValues.looksLikeCredential(v, 8)
        || strength == CredentialNames.Strength.STRONG && CredentialValues.looksLikeCredential(v, 6);
  }

  /** The marker kind for a value held under {@code name}. */
  static String kindOfName(String name) {
    String joined = String.join("", CredentialNames.words(name == null ? "" : name));
    if (joined.contains("pass") || joined.contains("pwd") || joined.endsWith("pin")) {
      return "password";
    }
    if (joined.contains("cookie") || joined.contains("session") || joined.endsWith("sid")) {
      return "session";
    }
    if (joined.contains("secret")) {
      return "secret";
    }
    if (joined.contains("token") || joined.contains("bearer") || joined.contains("jwt")
        || joined.contains("authorization")) {
      return "token";
    }
    if (joined.contains("key")) {
      return "key";
    }
    return "credential";
  }

  private static String kindOfWord(String word) {
    return kindOfName(word.replace(' ', '_'));
  }

  private static String trimPunctuation(String v) {
    int end = v.length();
    while (end > 0 && ".,;:!)".indexOf(v.charAt(end - 1)) >= 0) {
      end--;
    }
    return v.substring(0, end);
  }
}
