package io.github.postman2java.infer;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a string position is an open enum, on evidence only. An enum needs all three:
 *
 * <ol>
 *   <li><b>Code-like values</b>: short UPPER_SNAKE or lower_snake/kebab/dotted tokens ({@code
 *       pending_review}, {@code DISMISSED}, {@code issue.opened}); at a vocabulary-named
 *       position also a few lower-case words ({@code credit card}). Never mixed case ({@code
 *       Patricia}), hex or digit strings, lorem-ipsum filler ({@code nisi}), or two- and
 *       three-letter upper-case codes (countries, US states, currencies) unless many of them
 *       recur.
 *   <li><b>A name that does not say data</b>: never {@code id}, {@code name}, {@code key},
 *       {@code email}, {@code url}, {@code login}, {@code description}... A name that says
 *       vocabulary ({@code status}, {@code type}, {@code kind}, {@code state}, {@code mode},
 *       {@code category}, {@code subtype}...) needs less of the third.
 *   <li><b>Recurrence</b>: at most {@link #MAX_VALUES} distinct values, and values that repeat
 *       (more occurrences than distinct values) or, at a vocabulary name, that come from
 *       several examples. One value seen in one example is never an enum; a single value is an
 *       enum only when several examples agree on it at a vocabulary name.
 * </ol>
 *
 * <p>So {@code "login": "octocat"} stays a String, and so does {@code "state": "open"} from one
 * example; {@code "subtype"} with {@code checking, savings, cd, credit card} over a dozen
 * accounts becomes an enum.
 */
final class EnumRule {
  /** More distinct values than this is data, not a vocabulary. */
  static final int MAX_VALUES = 64;

  /** Above this many values an enum needs every value to recur on average three times. */
  private static final int SMALL_SET = 24;
  private static final int MAX_LENGTH = 40;
  private static final Pattern VERSION_LIKE = Pattern.compile("v?\\d+(\\.\\d+)+.*");
  private static final Pattern LOWER = Pattern.compile("[a-z][a-z0-9]*([_.\\-][a-z0-9]+)*");
  private static final Pattern UPPER = Pattern.compile("[A-Z][A-Z0-9]*([_.\\-][A-Z0-9]+)*");
  private static final Pattern WORDS = Pattern.compile("[a-z][a-z0-9]*( [a-z][a-z0-9]*){1,2}");
  private static final Pattern ISO_LIKE = Pattern.compile("[A-Z]{2,3}");
  private static final Pattern HEX_LIKE = Pattern.compile("(?=.*\\d)[0-9a-f]{6,}");

  /** Members that hold an error code ({@link ErrorCodeCollector}'s first places). */
  private static final Set<String> ERROR_CODE_MEMBERS =
      Set.of("code", "errorcode", "errcode", "errortype");

  /** Names of vocabulary members (compared on letters only, lower case). */
  private static final Set<String> VOCABULARY = Set.of(
      "status", "state", "type", "kind", "mode", "category", "subtype", "level", "severity",
      "role", "visibility", "permission", "permissions", "action", "event", "reason", "result",
      "outcome", "method", "format", "channel", "object", "side", "direction", "frequency",
      "interval", "unit", "scope", "scopes", "priority", "phase", "stage", "class", "gender",
      "decision", "confidence", "strategy", "policy", "products", "grade", "tier", "plan",
      "environment", "conclusion", "privacy", "errorcode", "code", "sort", "order");

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
      "avatar", "number", "date", "time", "tag", "tags", "iban", "bic", "sku");

  /** Words of the lorem-ipsum text example generators fill free-text fields with. */
  private static final Set<String> LOREM = Set.of(
      "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "adipisicing",
      "elit", "sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore",
      "magna", "aliqua", "enim", "ad", "minim", "veniam", "quis", "nostrud", "exercitation",
      "ullamco", "laboris", "nisi", "aliquip", "ex", "ea", "commodo", "consequat", "duis", "aute",
      "irure", "in", "reprehenderit", "voluptate", "velit", "esse", "cillum", "eu", "fugiat",
      "nulla", "pariatur", "excepteur", "sint", "occaecat", "cupidatat", "non", "proident",
      "sunt", "culpa", "qui", "officia", "deserunt", "mollit", "anim", "id", "est", "laborum");

  private EnumRule() {}

  static boolean isEnum(String name, Evidence e) {
    return isEnum(name, e, Vocabulary.empty().of(name));
  }

  /**
   * Whether the position is an enum, from its own evidence {@code e} and the statistics of its
   * member name across the collection {@code g}.
   */
  static boolean isEnum(String name, Evidence e, Vocabulary.Stats g) {
    int distinct = e.stringValues.size();
    if (e.valuesOverflow || distinct == 0 || distinct > MAX_VALUES || isDataName(name)) {
      return false;
    }
    boolean vocabulary = isCodeLike(name);
    if (!allCodeValues(e.stringValues, vocabulary)
        || !g.overflow && !allCodeValues(g.values, vocabulary)) {
      return false; // free text here, or under the same name elsewhere in the collection
    }
    if (isoLike(e.stringValues) && !(distinct >= 4 && e.strings >= 3 * distinct)) {
      return false; // US, CA, USD: country, state and currency codes are data
    }
    if (distinct > SMALL_SET && e.strings < 3 * distinct) {
      return false;
    }
    boolean recurring = distinct >= 2 && e.strings > distinct;
    boolean several = distinct >= 2 && e.stringSamples >= 2;
    boolean constants = allConstants(e.stringValues);
    if (vocabulary && (recurring || several) || constants && recurring
        && e.strings >= distinct + 2) {
      return true;
    }
    // Little local evidence (typically one value in one example): the collection decides.
    // Several bodies show the name with a small set of values, each seen twice on average.
    int gd = g.values.size();
    boolean collectionRecurs = !g.overflow && g.bodies >= 3 && gd <= SMALL_SET
        && g.occurrences >= 2 * gd;
    return collectionRecurs && (vocabulary || constants && g.occurrences >= 3 * gd);
  }

  /**
   * Whether every value is code-like; values of several words ({@code credit card}) only as a
   * minority beside single-token ones ({@code checking}), so {@code "too heated"} stays text.
   */
  private static boolean allCodeValues(Set<String> values, boolean vocabulary) {
    int words = 0;
    for (String v : values) {
      if (!isCodeValue(v, vocabulary)) {
        return false;
      }
      words += v.indexOf(' ') >= 0 ? 1 : 0;
    }
    return words == 0 || 2 * words < values.size();
  }

  private static boolean isoLike(Set<String> values) {
    for (String v : values) {
      if (!ISO_LIKE.matcher(v).matches()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCodeValue(String v, boolean vocabulary) {
    if (v.isEmpty() || v.length() > MAX_LENGTH || HEX_LIKE.matcher(v).matches()
        || VERSION_LIKE.matcher(v).matches() || digits(v) > 3) {
      return false; // hashes, versions, account numbers
    }
    if (UPPER.matcher(v).matches()) {
      return true;
    }
    boolean lower = LOWER.matcher(v).matches() || vocabulary && WORDS.matcher(v).matches();
    return lower && !isLorem(v);
  }

  private static int digits(String v) {
    int n = 0;
    for (int i = 0; i < v.length(); i++) {
      n += Character.isDigit(v.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  /** UPPER_SNAKE values, or lower-case ones with a separator ({@code in_progress}). */
  private static boolean allConstants(Set<String> values) {
    for (String v : values) {
      if (!UPPER.matcher(v).matches() && v.indexOf('_') < 0 && v.indexOf('-') < 0
          && v.indexOf('.') < 0) {
        return false;
      }
    }
    return true;
  }

  /** A value made only of lorem-ipsum words is filler: the position holds free text. */
  static boolean isLorem(String v) {
    for (String word : v.split("[ _.\\-]")) {
      if (!LOREM.contains(word)) {
        return false;
      }
    }
    return true;
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

  /**
   * Whether the member holds error codes: its values, when all are codes the collection's error
   * examples carry, are an enum even when one example shows one of them.
   */
  static boolean isErrorCodeMember(String name) {
    return name != null && ERROR_CODE_MEMBERS.contains(ErrorCodeCollector.lettersOnly(name));
  }

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
