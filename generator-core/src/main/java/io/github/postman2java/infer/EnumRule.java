package io.github.postman2java.infer;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a string position is an open enum, on evidence only. An enum needs all three:
 *
 * <ol>
 *   <li><b>Code-like values</b>: short UPPER_SNAKE or lower_snake/kebab/dotted tokens ({@code
 *       pending_review}, {@code DISMISSED}, {@code issue.opened}, {@code 401k}); at a
 *       vocabulary-named position also a few lower-case words ({@code credit card}). Never mixed
 *       case ({@code Patricia}), hex or digit strings, lorem-ipsum filler ({@code nisi}),
 *       placeholders to replace ({@code YOUR_MERCHANT_ACCOUNT}, {@code my-bucket}), or two- and
 *       three-letter upper-case codes (countries, US states, currencies) unless many of them
 *       recur.
 *   <li><b>A name that does not say data</b>: never {@code id}, {@code name}, {@code key},
 *       {@code email}, {@code url}, {@code login}, {@code description}... A name that says
 *       vocabulary ({@code status}, {@code type}, {@code kind}, {@code state}, {@code mode},
 *       {@code category}, {@code subtype}...) needs less of the third.
 *   <li><b>Independent evidence</b>: values are counted per distinct object that holds them
 *       ({@link ObjectFingerprint}), so one example copied into twenty requests or statuses is
 *       one observation. A set of values needs two objects at a vocabulary name (or half of its
 *       values recurring elsewhere in the collection: {@code billed_products: [auth, income]});
 *       elsewhere its values must be constants ({@code ON_HOLD}) that recur in more objects
 *       than there are values. One value is an enum only when two different objects show it,
 *       at a vocabulary name ({@code object: customer} in two customers) or as a snake_case
 *       constant ({@code carrier: DHL_EXPRESS} in two orders); one value from one example never
 *       is. More than {@link #SMALL_SET} values must each recur in two
 *       objects on average.
 * </ol>
 *
 * <p>So {@code "login": "octocat"} stays a String, and so does {@code "state": "open"} from one
 * example however often it is copied; {@code "subtype"} with {@code checking, savings, cd,
 * credit card} over a dozen accounts becomes an enum. {@link #decide} says why, for the
 * evidence report.
 */
final class EnumRule {
  /** More distinct values than this is data, not a vocabulary. */
  static final int MAX_VALUES = 64;

  /** Above this many values an enum needs every value to recur in two objects on average. */
  private static final int SMALL_SET = 24;
  private static final int MAX_LENGTH = 40;
  private static final Pattern VERSION_LIKE = Pattern.compile("v?\\d+(\\.\\d+)+.*");
  private static final Pattern LOWER =
      Pattern.compile("[a-z0-9]*[a-z][a-z0-9]*([_.\\-][a-z0-9]+)*");
  private static final Pattern UPPER = Pattern.compile("[A-Z][A-Z0-9]*([_.\\-][A-Z0-9]+)*");
  private static final Pattern WORDS = Pattern.compile("[a-z][a-z0-9]*( [a-z][a-z0-9]*){1,2}");
  private static final Pattern ISO_LIKE = Pattern.compile("[A-Z]{2,3}");
  private static final Pattern HEX_LIKE = Pattern.compile("(?=.*\\d)[0-9a-f]{6,}");
  /**
   * Two or more letter-led tokens joined by {@code _}: a code, not a word. Not kebab-case, the
   * shape of slugs and names ({@code justice-league}, {@code hello-world}).
   */
  private static final Pattern SNAKE_CODE = Pattern.compile(
      "[a-z][a-z0-9]*(_[a-z][a-z0-9]*)+|[A-Z][A-Z0-9]*(_[A-Z][A-Z0-9]*)+");

  /** Members that hold an error code ({@link ErrorCodeCollector}'s first places). */
  private static final Set<String> ERROR_CODE_MEMBERS =
      Set.of("code", "errorcode", "errcode", "errortype");

  /** Whether a position is an enum and why, in words for the evidence report. */
  record Verdict(boolean isEnum, String reason) {}

  private EnumRule() {}

  static boolean isEnum(String name, Evidence e, Vocabulary.Stats g) {
    return decide(name, e, g).isEnum();
  }

  /**
   * Whether the position is an enum, from its own evidence {@code e} and the statistics of its
   * member name across the collection {@code g}, with the reason.
   */
  static Verdict decide(String name, Evidence e, Vocabulary.Stats g) {
    Set<String> values = e.stringValues;
    int distinct = values.size();
    if (e.valuesOverflow || distinct > MAX_VALUES) {
      return no("too many distinct values for an enum");
    }
    if (distinct == 0) {
      return no("no string value was seen");
    }
    if (EnumWords.isDataName(name)) {
      return no("the name says data (ids, names, keys, addresses, free text)");
    }
    boolean vocabulary = EnumWords.isCodeLike(name);
    if (!allCodeValues(values, vocabulary)) {
      return no("the values are not code-like (free text, names, numbers, hashes, placeholders)");
    }
    if (!g.overflow && !allCodeValues(g.values, vocabulary)) {
      return no("elsewhere in the collection \"" + name + "\" holds free text");
    }
    int objects = e.stringObjects.size();
    if (isoLike(values) && !(distinct >= 4 && objects >= 3 * distinct)) {
      return no("two- and three-letter upper-case codes (countries, states, currencies) are"
          + " data unless many recur");
    }
    if (distinct == 1) {
      return oneValue(values.iterator().next(), vocabulary, objects, g);
    }
    if (distinct > SMALL_SET && recurrences(values, g) < 2 * distinct) {
      return no(distinct + " values that do not recur: data, not a vocabulary");
    }
    String seen = distinct + " code-like values in " + objects + " distinct object(s)";
    if (vocabulary && (objects >= 2 || 2 * recurring(values, g) >= distinct)) {
      return yes(seen + " at a vocabulary name (" + name + ")");
    }
    if (!vocabulary && allConstants(values)
        && (objects > distinct && objects >= 3 || recurring(values, g) == distinct)) {
      return yes(seen + ", constants that recur");
    }
    return no(seen + ": too few independent examples for a set of constants"
        + (vocabulary ? "" : " at a name that does not say vocabulary"));
  }

  /**
   * One distinct value: never from one object; away from a vocabulary name only a snake_case
   * constant ({@code waiting_for_prerequisite}), where a lone word ({@code GS110}) or a slug
   * ({@code justice-league}) shows no set.
   */
  private static Verdict oneValue(String v, boolean vocabulary, int objects, Vocabulary.Stats g) {
    int holders = Math.max(objects, g.objectsWith(v));
    if (holders < 2) {
      return no("one value from a single example (copies of one example count once)");
    }
    if (vocabulary) {
      return yes("one value, in " + holders + " distinct objects at a vocabulary name");
    }
    if (SNAKE_CODE.matcher(v).matches()) {
      return yes("one snake_case constant, in " + holders + " distinct objects");
    }
    return no("one value, a word or slug, at a name that does not say vocabulary");
  }

  /** How many of the values the collection shows in at least two distinct objects. */
  private static int recurring(Set<String> values, Vocabulary.Stats g) {
    int n = 0;
    for (String v : values) {
      n += g.objectsWith(v) >= 2 ? 1 : 0;
    }
    return n;
  }

  /** The distinct objects holding the values, summed over values (each at least one). */
  private static int recurrences(Set<String> values, Vocabulary.Stats g) {
    int n = 0;
    for (String v : values) {
      n += Math.max(1, g.objectsWith(v));
    }
    return n;
  }

  private static Verdict yes(String reason) {
    return new Verdict(true, "enum: " + reason);
  }

  private static Verdict no(String reason) {
    return new Verdict(false, "String: " + reason);
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
    if (EnumWords.isPlaceholder(v)) {
      return false;
    }
    if (UPPER.matcher(v).matches()) {
      return true;
    }
    boolean lower = LOWER.matcher(v).matches() || vocabulary && WORDS.matcher(v).matches();
    return lower && !EnumWords.isLorem(v);
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

  /**
   * Whether the member holds error codes: its values, when all are codes the collection's error
   * examples carry, are an enum even when one example shows one of them.
   */
  static boolean isErrorCodeMember(String name) {
    return name != null && ERROR_CODE_MEMBERS.contains(ErrorCodeCollector.lettersOnly(name));
  }

}
