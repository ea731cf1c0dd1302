package io.github.postman2java.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Jackson major version the generated code is written for. Generators and runtime templates
 * are written once, against Jackson 2; {@link #rewrite} turns a finished file into its Jackson 3
 * form (packages {@code tools.jackson.*}, the renamed types and methods), and {@link #template}
 * keeps the one branch of a {@code //#if jackson2 … //#else … //#end} block in a runtime template
 * that applies. Annotations stay in {@code com.fasterxml.jackson.annotation} in both versions.
 *
 * <p>Where a newcomer adds Jackson API use: prefer calls that exist under both versions; a rename
 * goes into {@link #RENAMES}; a real difference (mapper construction, checked exceptions) goes
 * into a template block. The Jackson 3 compile gate ({@code Jackson3CompilesTest}) proves it.
 */
public enum JacksonDialect {
  /** Jackson 2.x: {@code com.fasterxml.jackson.*} plus the jsr310 module. */
  JACKSON_2,
  /** Jackson 3.x: {@code tools.jackson.*}; java.time support is built in. */
  JACKSON_3;

  private static final Pattern BLOCK = Pattern.compile(
      "(?m)^[ \\t]*//#if jackson2[ \\t]*\\R(.*?)^[ \\t]*//#else[ \\t]*\\R(.*?)^[ \\t]*//#end[ \\t]*\\R",
      Pattern.DOTALL);

  /**
   * Jackson 2 spelling → Jackson 3 spelling, applied to whole words (types) or to method calls
   * (a leading dot), after the package move. Order does not matter: no key contains another's
   * replacement.
   */
  private static final Map<String, String> RENAMES = Map.ofEntries(
      Map.entry("JsonProcessingException", "JacksonException"),
      Map.entry("JsonMappingException", "DatabindException"),
      Map.entry("SerializerProvider", "SerializationContext"),
      Map.entry("JsonSerializer", "ValueSerializer"),
      Map.entry("JsonDeserializer", "ValueDeserializer"),
      Map.entry("TextNode", "StringNode"),
      Map.entry(".isTextual(", ".isString("),
      Map.entry(".textValue(", ".stringValue("),
      Map.entry(".asText(", ".asString("),
      Map.entry(".getCurrentName(", ".currentName("),
      Map.entry(".getText(", ".getString("),
      Map.entry(".writeFieldName(", ".writeName("),
      Map.entry(".writeObject(", ".writePOJO("),
      Map.entry(".nextFieldName(", ".nextName("),
      Map.entry(".textNode(", ".stringNode("),
      Map.entry("FIELD_NAME", "PROPERTY_NAME"));

  private static final Pattern RENAME;

  static {
    List<String> alternatives = new ArrayList<>();
    for (String key : RENAMES.keySet()) {
      String quoted = Pattern.quote(key);
      alternatives.add(Character.isLetter(key.charAt(0)) ? "\\b" + quoted + "\\b" : quoted);
    }
    // Longest first, so "JsonSerializer" never pre-empts a longer type name sharing its start.
    alternatives.sort((a, b) -> b.length() - a.length());
    RENAME = Pattern.compile(String.join("|", alternatives));
  }

  /** Jackson 3's serializer callbacks throw the unchecked JacksonException, not IOException. */
  private static final Pattern SERDE_THROWS = Pattern.compile(
      "(\\b(?:serialize|deserialize|serializeWithType)\\([^)]*\\))\\s*throws IOException");

  /**
   * A (de)serializer class: every {@code throws IOException} in it only passes Jackson's own
   * exceptions on, which Jackson 3 makes unchecked, so the clauses go (or the overrides break).
   */
  private static final Pattern SERDE_CLASS = Pattern.compile(
      "extends (?:ValueSerializer|ValueDeserializer|StdSerializer|StdDeserializer)<");

  /** A run of (non-static) import lines, as JavaPoet writes them. */
  private static final Pattern IMPORTS = Pattern.compile("(?m)(?:^import (?!static )[^\n]*\n)+");

  /** Returns the major version number, 2 or 3. */
  public int major() {
    return this == JACKSON_2 ? 2 : 3;
  }

  /** Keeps the branch of each {@code //#if jackson2} block of a template that applies. */
  String template(String text) {
    Matcher m = BLOCK.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(this == JACKSON_2 ? m.group(1)
          : m.group(2)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Rewrites a finished Java source file for this dialect (the identity for Jackson 2). */
  public String rewrite(String source) {
    if (this == JACKSON_2) {
      return source;
    }
    String moved = source
        .replace("import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;\n", "")
        .replace("com.fasterxml.jackson.core.", "tools.jackson.core.")
        .replace("com.fasterxml.jackson.databind.", "tools.jackson.databind.");
    Matcher m = RENAME.matcher(moved);
    StringBuilder out = new StringBuilder(moved.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(RENAMES.get(m.group())));
    }
    m.appendTail(out);
    String renamed = out.toString()
        .replace("tools.jackson.databind.JacksonException", "tools.jackson.core.JacksonException")
        .replace("tools.jackson.core.DatabindException", "tools.jackson.databind.DatabindException");
    String unchecked = SERDE_CLASS.matcher(renamed).find()
        ? renamed.replace(" throws IOException", "")
        : SERDE_THROWS.matcher(renamed).replaceAll("$1");
    return sortImports(unchecked);
  }

  /** Sorts each run of imports again: a moved package no longer sorts where it was. */
  private static String sortImports(String source) {
    Matcher m = IMPORTS.matcher(source);
    StringBuilder out = new StringBuilder(source.length());
    while (m.find()) {
      List<String> lines = new ArrayList<>(List.of(m.group().split("\n")));
      lines.sort(java.util.Comparator.comparing(line -> line.replace(";", "")));
      m.appendReplacement(out, Matcher.quoteReplacement(String.join("\n", lines) + "\n"));
    }
    m.appendTail(out);
    return out.toString();
  }
}
