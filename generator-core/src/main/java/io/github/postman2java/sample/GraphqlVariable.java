package io.github.postman2java.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.diag.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One top-level variable of a GraphQL body, read once here (leniently, like every body) so that
 * later stages see typed values and never JSON.
 *
 * @param name the variable name
 * @param kind what the collection's value is
 * @param written the value as JSON text ({@code "text"}, {@code 42}, {@code {...}}), or the
 *     placeholder itself ({@code {{id}}}) when the value is an unquoted placeholder
 */
public record GraphqlVariable(String name, Kind kind, String written) {
  private static final String BARE = "\u0000p2j-bare\u0000";

  /** Creates a variable. */
  public GraphqlVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(written, "written");
  }

  /** Value kinds, deciding the Java parameter type. */
  public enum Kind {
    STRING,
    LONG,
    DOUBLE,
    BOOLEAN,
    /** Objects, arrays, null, and unquoted placeholders (any JSON). */
    JSON
  }

  /**
   * Reads the variables object of a GraphQL body; text that is not a JSON object is reported
   * (P2J011) and gives no variables.
   */
  static List<GraphqlVariable> read(String text, SourceLocation at, Diagnostics diagnostics) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    LenientJson.Result result = LenientJson.read(text, placeholder -> BARE + placeholder);
    if (result.status() != LenientJson.Status.JSON || !result.node().isObject()) {
      diagnostics.warn(DiagnosticCode.P2J011_SAMPLE_UNREADABLE, at,
          "GraphQL variables are not a JSON object; no variable parameters generated");
      return List.of();
    }
    List<GraphqlVariable> variables = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : result.node().properties()) {
      variables.add(of(e.getKey(), e.getValue()));
    }
    return List.copyOf(variables);
  }

  private static GraphqlVariable of(String name, JsonNode v) {
    if (v.isTextual() && v.textValue().startsWith(BARE)) {
      return new GraphqlVariable(name, Kind.JSON, v.textValue().substring(BARE.length()));
    }
    Kind kind;
    if (v.isTextual()) {
      kind = Kind.STRING;
    } else if (v.isIntegralNumber() && v.canConvertToLong()) {
      kind = Kind.LONG;
    } else if (v.isNumber()) {
      kind = Kind.DOUBLE;
    } else if (v.isBoolean()) {
      kind = Kind.BOOLEAN;
    } else {
      kind = Kind.JSON;
    }
    return new GraphqlVariable(name, kind, v.toString());
  }
}
