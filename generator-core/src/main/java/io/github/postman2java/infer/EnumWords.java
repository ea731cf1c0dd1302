package io.github.postman2java.infer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words {@link EnumRule} reads: member names that say vocabulary ({@code status}, {@code
 * account_status}) or data ({@code id}, {@code iso_currency_code}), and values that are filler
 * (lorem ipsum) or placeholders to replace ({@code YOUR_MERCHANT_ACCOUNT}). Hints only: a name
 * never makes an enum without the values' evidence.
 */
final class EnumWords {
  /** Names of vocabulary members (compared on letters only, lower case). */
  private static final Set<String> VOCABULARY = Set.of(
      "status", "state", "type", "kind", "mode", "category", "subtype", "level", "severity",
      "role", "visibility", "permission", "permissions", "action", "event", "reason", "result",
      "outcome", "method", "format", "channel", "object", "side", "direction", "frequency",
      "interval", "unit", "scope", "scopes", "priority", "phase", "stage", "class", "gender",
      "decision", "confidence", "strategy", "policy", "products", "grade", "tier", "plan",
      "conclusion", "privacy", "errorcode", "code", "sort", "order");

  /** Suffixes that make a member name a vocabulary one ({@code account_status}). */
  private static final Set<String> VOCABULARY_SUFFIXES = Set.of(
      "status", "state", "type", "kind", "mode", "category", "level", "severity", "role",
      "reason", "method", "frequency", "interval", "side", "class", "code", "products",
      "permission", "result", "decision", "phase", "stage", "channel", "format");

  /** Suffixes of member names that hold data, never a vocabulary. */
  private static final Set<String> DATA_SUFFIXES = Set.of(
      "id", "ids", "name", "names", "key", "keys", "email", "url", "uri", "href", "link",
      "path", "description", "title", "message", "text", "body", "comment", "note",
      "label", "login", "username", "token", "secret", "password", "hash", "sha", "etag",
      "address", "phone", "city", "street", "zip", "postalcode", "country", "region", "currency",
      "currencycode", "countrycode", "language", "locale", "timezone", "color", "colour", "ref",
      "branch", "version", "slug", "filename", "file", "host", "domain", "ip", "query",
      "signature", "value", "content", "html", "markdown", "display", "icon", "image",
      "avatar", "number", "date", "time", "tag", "tags", "iban", "bic", "sku", "environment");

  /** Tokens of example values meant to be replaced ({@code YOUR_API_KEY}, {@code my-bucket}). */
  private static final Set<String> PLACEHOLDER_TOKENS = Set.of(
      "your", "my", "example", "sample", "dummy", "placeholder", "changeme", "replace",
      "insert", "enter", "xxx", "todo", "foo", "bar", "baz");

  /** Words of the lorem-ipsum text example generators fill free-text fields with. */
  private static final Set<String> LOREM = Set.of(
      "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "adipisicing",
      "elit", "sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore",
      "magna", "aliqua", "enim", "ad", "minim", "veniam", "quis", "nostrud", "exercitation",
      "ullamco", "laboris", "nisi", "aliquip", "ex", "ea", "commodo", "consequat", "duis", "aute",
      "irure", "in", "reprehenderit", "voluptate", "velit", "esse", "cillum", "eu", "fugiat",
      "nulla", "pariatur", "excepteur", "sint", "occaecat", "cupidatat", "non", "proident",
      "sunt", "culpa", "qui", "officia", "deserunt", "mollit", "anim", "id", "est", "laborum");

  /** What separates the words of a value. */
  private static final Pattern SEPARATORS = Pattern.compile("[ _.\\-]");

  private EnumWords() {}

  /** A value made only of lorem-ipsum words is filler: the position holds free text. */
  static boolean isLorem(String v) {
    for (String word : SEPARATORS.split(v)) {
      if (!LOREM.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** A multi-token value with a token saying "replace me" ({@code YOUR_MERCHANT_ACCOUNT}). */
  static boolean isPlaceholder(String v) {
    String[] tokens = SEPARATORS.split(v.toLowerCase(Locale.ROOT));
    if (tokens.length < 2) {
      return false;
    }
    for (String t : tokens) {
      if (PLACEHOLDER_TOKENS.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Names whose values are data: ids, names, keys, addresses, free text... The longer suffix
   * wins, so {@code iso_currency_code} is data and {@code account_status} a vocabulary.
   */
  static boolean isDataName(String name) {
    if (name == null) {
      return false;
    }
    String n = ErrorCodeCollector.lettersOnly(name);
    return !VOCABULARY.contains(n) && longestSuffix(n, DATA_SUFFIXES)
        > longestSuffix(n, VOCABULARY_SUFFIXES);
  }

  /** Names that say vocabulary: {@code status}, {@code type}, {@code account_status}... */
  static boolean isCodeLike(String name) {
    if (name == null) {
      return false;
    }
    String n = ErrorCodeCollector.lettersOnly(name);
    return VOCABULARY.contains(n) || longestSuffix(n, VOCABULARY_SUFFIXES)
        > longestSuffix(n, DATA_SUFFIXES);
  }

  private static int longestSuffix(String n, Set<String> suffixes) {
    int longest = 0;
    for (String suffix : suffixes) {
      if (suffix.length() > longest && n.endsWith(suffix)) {
        longest = suffix.length();
      }
    }
    return longest;
  }
}
