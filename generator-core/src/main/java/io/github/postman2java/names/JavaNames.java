package io.github.postman2java.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns arbitrary text (item names, JSON keys, variable names) into Java identifiers. Output is
 * always ASCII, never a keyword, never empty, and depends only on the input text (no locale).
 */
public final class JavaNames {
  /** Java keywords, contextual keywords and literals that cannot or should not be identifiers. */
  public static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
      "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
      "long", "native", "new", "package", "private", "protected", "public", "return", "short",
      "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
      "transient", "try", "void", "volatile", "while", "true", "false", "null", "var", "yield",
      "record", "sealed", "permits", "non-sealed", "when", "module", "open", "exports",
      "requires", "to", "uses", "provides", "with", "opens", "transitive", "_");

  /** Type names generated code uses unqualified (java.lang) or that our own support code owns. */
  public static final Set<String> RESERVED_TYPES = Set.of(
      "Object", "String", "Long", "Integer", "Boolean", "Double", "Float", "Short", "Byte",
      "Character", "Number", "Void", "Class", "Enum", "Record", "Override", "Deprecated",
      "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "Exception", "Error",
      "RuntimeException", "Throwable", "System", "Math", "Thread", "Runtime", "Process",
      "Iterable", "Comparable", "CharSequence", "StringBuilder", "AutoCloseable", "Module",
      "Package", "ClassLoader", "StrictMath", "Runnable", "Cloneable", "Appendable", "Readable",
      "ApiException", "ApiResponse", "ApiRequest", "ApiTransport", "ClientConfig",
      "ResponseSpec", "Builder", "JsonObject", "BinaryContent", "ResponseType", "UrlEncoding",
      // Types model files use by simple name: a nested record named List inside a record with
      // List<...> components would be what javac binds those components to.
      "List", "Map", "Set", "Optional", "Objects", "BigDecimal", "BigInteger", "OffsetDateTime",
      "LocalDate", "LocalDateTime", "Instant", "UUID", "URI", "JsonNode", "JsonProperty",
      "JsonCreator", "JsonValue", "JsonInclude", "JsonIgnoreProperties", "JsonFormat",
      "JsonAnySetter", "JsonAnyGetter", "JsonIgnore", "JsonSetter",
      // Windows device names: no file may be called Aux.java (names are case-blind).
      "Con", "Prn", "Aux", "Nul", "Com1", "Com2", "Com3", "Com4", "Com5", "Com6", "Com7", "Com8",
      "Com9", "Lpt1", "Lpt2", "Lpt3", "Lpt4", "Lpt5", "Lpt6", "Lpt7", "Lpt8", "Lpt9");

  /**
   * The runtime support classes generated into the client package (one list for the generator
   * and for naming, which must never give a client class one of these names).
   */
  public static final List<String> RUNTIME_TYPES = List.of(
      "ApiException", "ApiRequest", "ApiResponse", "ApiTransport", "AsyncAutoPager",
      "AutoPager", "BinaryContent", "ClientConfig", "HttpTransport", "Interceptor",
      "JdkHttpTransport", "JsonObject", "JsonObjectReader", "JsonTypeMismatchException",
      "NumberOrString", "Page", "Paging", "PropertyTypes",
      "RequestBody", "RequestEncoder", "RequestOptions", "ResponseReader", "ResponseType",
      "Retries", "Sleeper", "UrlEncoding");

  /** Property names that would clash with methods every model, JsonObject or builder has. */
  public static final Set<String> RESERVED_MEMBERS = Set.of(
      "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize",
      "equals", "builder", "toBuilder", "build", "value", "fromValue", "additionalProperties",
      "putAllAdditionalProperties", "removeAdditionalProperty", "jsonMembers");

  private JavaNames() {}

  /** Splits text into ASCII words on case changes, digits boundaries and punctuation. */
  public static List<String> words(String text) {
    String ascii = toAscii(text == null ? "" : text);
    List<String> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(words, current);
        continue;
      }
      if (current.length() > 0) {
        char prev = current.charAt(current.length() - 1);
        boolean lowerToUpper = Character.isLowerCase(prev) && Character.isUpperCase(c);
        boolean acronymEnd = Character.isUpperCase(prev) && Character.isUpperCase(c)
            && i + 1 < ascii.length() && Character.isLowerCase(ascii.charAt(i + 1))
            && !isPluralSuffix(ascii, i + 1);
        if (lowerToUpper || acronymEnd) {
          flush(words, current);
        }
      }
      current.append(c);
    }
    flush(words, current);
    return words;
  }

  /**
   * Printable ASCII only: decomposes accents ("Über" → "Uber") and turns anything else into a
   * word break. Plain ASCII, the common case, skips normalisation.
   */
  private static String toAscii(String text) {
    boolean plain = true;
    for (int i = 0; i < text.length() && plain; i++) {
      char c = text.charAt(i);
      plain = c >= 0x20 && c < 0x7F;
    }
    if (plain) {
      return text;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue; // the accent of a decomposed letter: part of the word, not a break
      }
      out.append(c >= 0x20 && c < 0x7F ? c : ' ');
    }
    return out.toString();
  }

  /** "APIs", "URLs", "IDs": a lone lower-case s after an acronym is its plural, not a word. */
  private static boolean isPluralSuffix(String s, int at) {
    return s.charAt(at) == 's' && (at + 1 == s.length() || !Character.isLetter(s.charAt(at + 1)));
  }

  private static void flush(List<String> words, StringBuilder current) {
    if (current.length() > 0) {
      words.add(current.toString());
      current.setLength(0);
    }
  }

  /** Returns {@code UpperCamelCase} of the words, or {@code fallback} when there are none. */
  public static String pascal(String text, String fallback) {
    StringBuilder out = new StringBuilder();
    for (String w : words(text)) {
      out.append(Character.toUpperCase(w.charAt(0)))
          .append(w.substring(1).toLowerCase(Locale.ROOT));
    }
    String name = out.length() == 0 ? fallback : out.toString();
    return name.isEmpty() ? name : limit(Character.isDigit(name.charAt(0)) ? fallback + name : name);
  }

  /** Returns {@code lowerCamelCase}, never a keyword, or {@code fallback} when empty. */
  public static String camel(String text, String fallback) {
    String p = pascal(text, pascal(fallback, "value"));
    String name = Character.toLowerCase(p.charAt(0)) + p.substring(1);
    if (Character.isDigit(pascal(text, "x").charAt(0))) {
      name = fallback + pascal(text, "");
    }
    return KEYWORDS.contains(name) ? name + "_" : name;
  }

  /** Returns {@code UPPER_SNAKE} for an enum constant, prefixed when it would start with a digit. */
  public static String constant(String text) {
    return constant(text, "VALUE_");
  }

  /**
   * Returns an UPPER_SNAKE constant name for {@code text}; a name that would start with a digit
   * starts with {@code digitPrefix} instead ({@code "02_005"} → {@code CODE_02_005} for an error
   * code, {@code VALUE_2FA} for an enum value).
   */
  public static String constant(String text, String digitPrefix) {
    List<String> words = words(text);
    String name = String.join("_", words).toUpperCase(Locale.ROOT);
    if (name.isEmpty()) {
      return "EMPTY";
    }
    // "-1" and "+1" are different values: MINUS_1 and PLUS_1, not VALUE_1 twice.
    if (text.length() > 1 && Character.isDigit(text.charAt(1))
        && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
      return limit((text.charAt(0) == '-' ? "MINUS_" : "PLUS_") + name);
    }
    return limit(Character.isDigit(name.charAt(0)) ? digitPrefix + name : name);
  }

  /** Caps identifier length: 5,000-character names make unusable code and too-long file names. */
  public static String limit(String name) {
    return name.length() <= 80 ? name : name.substring(0, 72) + Integer.toHexString(
        name.hashCode() & 0x7fffffff);
  }

  /** "statuses", "viruses", "aliases": plurals made with "es" after an "s". */
  private static final java.util.regex.Pattern LATIN_PLURAL =
      java.util.regex.Pattern.compile(".*(tus|sus|rus|nus|ias)es");

  /** Returns a reasonable singular for an English plural property name. */
  public static String singular(String word) {
    String w = word;
    if (w.length() >= 3 && w.endsWith("s")
        && w.substring(0, w.length() - 1).chars().allMatch(Character::isUpperCase)) {
      return w.substring(0, w.length() - 1); // "APIs", "IDs", "URLs"
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + (Character.isUpperCase(w.charAt(w.length() - 1))
          ? "Y" : "y");
    }
    if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches")
        || lower.endsWith("shes") || LATIN_PLURAL.matcher(lower).matches()) {
      return w.substring(0, w.length() - 2);
    }
    if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
        && !lower.endsWith("is") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /**
   * Returns a complete Java string literal (with quotes) for {@code text}, in pure ASCII: for use
   * as {@code $L} where JavaPoet's {@code $S} is not enough. {@code $S} leaves U+2028, U+2029 and
   * U+0085 raw, and JavaPoet's writer breaks lines on them, splitting the literal; bidi and
   * zero-width characters would also stay invisible. Here every character outside printable ASCII
   * becomes an escape: line breaks, tabs, quotes and backslashes as backslash-letter escapes (a
   * unicode escape of a line break would be a real line break to javac), other control characters
   * as 3-digit octal escapes, everything else as a unicode escape.
   */
  public static String literal(String text) {
    String s = text == null ? "" : text;
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\%03o", (int) c));
          } else if (c < 0x7F) {
            out.append(c);
          } else {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Returns whether {@code s} is a valid dotted Java package name without keywords. */
  public static boolean isPackageName(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    for (String part : s.split("\\.", -1)) {
      if (!part.matches("[A-Za-z_][A-Za-z0-9_]*") || KEYWORDS.contains(part)) {
        return false;
      }
    }
    return true;
  }
}
