package io.github.postman2java.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a header, query key, form key, variable or JSON member name says about its value. Names
 * are read as words ({@code X-TFS-ProcessId} is x, tfs, process, id), so {@code sid} inside
 * "ProcessId" or "auth" inside "Author" no longer count.
 */
public final class CredentialNames {
  /** How sure a name makes us that its value is a credential. */
  public enum Strength {
    /** Not a credential name. */
    NONE,
    /** Session ids, signatures, client ids: supplied at run time, UUIDs there are not reported. */
    WEAK,
    /** Tokens, keys, secrets, passwords, authorization, cookies. */
    STRONG
  }

  /** Compounds that, anywhere in the joined words, make a credential name. */
  private static final List<String> STRONG_PARTS = List.of("password", "passwd", "passphrase",
      "passcode", "secret", "token", "apikey", "accesskey", "privatekey", "signingkey",
      "credential", "authorization", "bearer", "jwt", "cookie", "sessionkey", "authkey");
  /** Whole words that make a credential name. */
  private static final Set<String> STRONG_WORDS = Set.of("pwd", "pass", "pw", "auth", "key",
      "apikey", "pin");
  private static final Set<String> WEAK_WORDS = Set.of("session", "sessionid", "sid",
      "signature", "sig", "clientid", "private", "otp", "nonce");
  /** Words that say the value describes a credential rather than being one. */
  private static final Set<String> DESCRIBING = Set.of("type", "types", "name", "url", "uri",
      "endpoint", "expires", "expiry", "expiration", "expire", "exp", "reset", "ttl", "length",
      "count", "in", "at", "date", "time", "timestamp", "method", "algorithm", "format", "mode",
      "location", "header", "prefix", "scope", "scopes", "limit", "remaining", "hint", "policy",
      "required", "enabled", "placement", "version", "path", "field", "label", "description",
      "status", "lifetime", "duration", "used", "rotation", "strength", "hash", "salt", "kind",
      "grant", "flow", "id", "ids", "owner", "created", "updated", "valid", "changed", "last");
  /** Words of tracing and request-id headers: never credentials, whatever else they say. */
  private static final Set<String> TRACING = Set.of("request", "trace", "traceparent",
      "correlation", "process", "span", "activity", "transaction", "tracking", "ratelimit",
      "rate", "idempotency");

  private CredentialNames() {}

  /** Returns whether a name marks its value as a credential (strong or weak). */
  public static boolean isSecretName(String name) {
    return strength(name) != Strength.NONE;
  }

  /**
   * Names already read: bodies repeat the same member names thousands of times. Bounded, as the
   * Maven plugin's JVM lives across builds.
   */
  private static final Map<String, Strength> READ = new ConcurrentHashMap<>();
  private static final int READ_LIMIT = 50_000;

  /** Returns how strongly {@code name} says its value is a credential. */
  public static Strength strength(String name) {
    if (name == null || name.isEmpty()) {
      return Strength.NONE;
    }
    Strength known = READ.get(name);
    if (known != null) {
      return known;
    }
    if (READ.size() > READ_LIMIT) {
      READ.clear();
    }
    Strength read = read(name);
    READ.put(name, read);
    return read;
  }

  private static Strength read(String name) {
    List<String> words = words(name);
    if (words.isEmpty()) {
      return Strength.NONE;
    }
    String last = words.get(words.size() - 1);
    for (String w : words) {
      if (TRACING.contains(w)) {
        return Strength.NONE;
      }
    }
    if (DESCRIBING.contains(last) && words.size() > 1
        && !("id".equals(last) && words.contains("session"))) {
      return Strength.NONE;
    }
    String joined = String.join("", words);
    for (String part : STRONG_PARTS) {
      if (joined.contains(part)) {
        return Strength.STRONG;
      }
    }
    boolean weak = false;
    for (String w : words) {
      if (STRONG_WORDS.contains(w)) {
        return Strength.STRONG;
      }
      weak |= WEAK_WORDS.contains(w);
    }
    if (joined.contains("clientid") || joined.contains("sessionid")) {
      weak = true;
    }
    return weak ? Strength.WEAK : Strength.NONE;
  }

  /** Lower-case words: split on non-letters-or-digits and lower-to-upper case changes. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < name.length() && i < 200; i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(out, w);
        continue;
      }
      if (w.length() > 0 && Character.isUpperCase(c)
          && Character.isLowerCase(w.charAt(w.length() - 1))) {
        flush(out, w);
      }
      w.append(c);
    }
    flush(out, w);
    return out;
  }

  private static void flush(List<String> out, StringBuilder w) {
    if (w.length() > 0) {
      out.add(w.toString().toLowerCase(Locale.ROOT));
      w.setLength(0);
    }
  }
}
