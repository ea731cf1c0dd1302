package io.github.postman2java.overrides;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A field type as written in the overrides file: {@code Long}, {@code List<String>}, {@code
 * Map<String, JsonNode>}, {@code JsonNode}, a generated type ({@code Lead}, {@code
 * LeadsResponse.Data}) or a class of the user's ({@code com.acme.Money}).
 */
public sealed interface TypeExpr {
  /** JDK types accepted by their simple name, with their qualified name. */
  Map<String, String> JDK = Map.ofEntries(
      Map.entry("String", "java.lang.String"),
      Map.entry("Long", "java.lang.Long"),
      Map.entry("Integer", "java.lang.Integer"),
      Map.entry("Short", "java.lang.Short"),
      Map.entry("Double", "java.lang.Double"),
      Map.entry("Float", "java.lang.Float"),
      Map.entry("Boolean", "java.lang.Boolean"),
      Map.entry("BigDecimal", "java.math.BigDecimal"),
      Map.entry("BigInteger", "java.math.BigInteger"),
      Map.entry("OffsetDateTime", "java.time.OffsetDateTime"),
      Map.entry("LocalDate", "java.time.LocalDate"),
      Map.entry("LocalDateTime", "java.time.LocalDateTime"),
      Map.entry("LocalTime", "java.time.LocalTime"),
      Map.entry("Instant", "java.time.Instant"),
      Map.entry("UUID", "java.util.UUID"),
      Map.entry("URI", "java.net.URI"));

  /** A JDK type from {@link #JDK}, by qualified name. */
  record Jdk(String qualifiedName) implements TypeExpr {}

  /** {@code List<item>}. */
  record ListOf(TypeExpr item) implements TypeExpr {}

  /** {@code Map<String, value>}. */
  record MapOf(TypeExpr value) implements TypeExpr {}

  /** Any JSON ({@code JsonNode}). */
  record Json() implements TypeExpr {}

  /** A generated model type by its final name: {@code Top} or {@code Top.Nested}. */
  record Generated(String name) implements TypeExpr {}

  /** A fully qualified class of the user's, read by Jackson. */
  record External(String qualifiedName) implements TypeExpr {}

  /** Thrown for a type that does not parse. */
  final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxException(String message) {
      super(message);
    }
  }

  /** Parses a type expression. */
  static TypeExpr parse(String text) throws SyntaxException {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    if (t.startsWith("List<") && t.endsWith(">")) {
      return new ListOf(parse(t.substring(5, t.length() - 1)));
    }
    if (t.startsWith("Map<") && t.endsWith(">")) {
      String inner = t.substring(4, t.length() - 1).strip();
      if (!inner.startsWith("String") || !inner.substring(6).strip().startsWith(",")) {
        throw new SyntaxException("map keys are always String: write Map<String, V>");
      }
      return new MapOf(parse(inner.substring(inner.indexOf(',') + 1)));
    }
    if (t.equals("JsonNode") || t.equals("com.fasterxml.jackson.databind.JsonNode")) {
      return new Json();
    }
    if (JDK.containsKey(t)) {
      return new Jdk(JDK.get(t));
    }
    if (JDK.containsValue(t)) {
      return new Jdk(t);
    }
    if (!Holder.NAME.matcher(t).matches()) {
      throw new SyntaxException("not a type: write a JDK type (String, Long, BigDecimal, ...),"
          + " List<T>, Map<String, T>, JsonNode, a generated type or a qualified class name");
    }
    // A lower-case first segment is a package: com.acme.Money. Otherwise Top or Top.Nested.
    return Character.isLowerCase(t.charAt(0)) ? new External(t) : new Generated(t);
  }

  /** Renders the expression as written. */
  static String render(TypeExpr e) {
    if (e instanceof ListOf l) {
      return "List<" + render(l.item()) + ">";
    }
    if (e instanceof MapOf m) {
      return "Map<String, " + render(m.value()) + ">";
    }
    if (e instanceof Json) {
      return "JsonNode";
    }
    if (e instanceof Jdk j) {
      return j.qualifiedName().substring(j.qualifiedName().lastIndexOf('.') + 1);
    }
    if (e instanceof Generated g) {
      return g.name();
    }
    return ((External) e).qualifiedName();
  }

  /** Holds the compiled name pattern (interfaces cannot have private static fields). */
  final class Holder {
    static final Pattern NAME =
        Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    private Holder() {}
  }
}
