package io.github.postman2java.infer;

import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.diag.SourceLocation;
import io.github.postman2java.infer.Shape.AnyShape;
import io.github.postman2java.infer.Shape.ArrayShape;
import io.github.postman2java.infer.Shape.MapShape;
import io.github.postman2java.infer.Shape.ObjectShape;
import io.github.postman2java.infer.Shape.Property;
import io.github.postman2java.infer.Shape.Scalar;
import io.github.postman2java.infer.Shape.ScalarShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns {@link Evidence} into an immutable {@link Shape}.
 *
 * <ol>
 *   <li>Kinds seen at the position decide the shape; nulls and placeholders add no kind. Integer
 *       and decimal widen to decimal; numbers and strings make {@code NUMBER_OR_STRING}; any
 *       other mix is a conflict → {@code AnyShape} + P2J012.
 *   <li>Numbers: BigInteger when a literal exceeds long, BigDecimal when a decimal literal carries
 *       more precision than double; whole numbers under a name the collection writes as a
 *       decimal elsewhere are decimals ({@link DecimalNames}).
 *   <li>Strings: all strict RFC 3339 date-times → DATE_TIME, all full-dates → DATE, values that
 *       look like constants at a code-like position → enum ({@link EnumRule}).
 *   <li>Objects: {@link MapRule} decides dictionary vs record; properties are required when
 *       present in every object seen, nullable when {@code null} was seen.
 * </ol>
 *
 * <p>Example: {@code [{"a":1},{"a":2.5,"b":null}]} → array of object {a: Double required, b: Any
 * optional nullable}.
 */
final class ShapeResolver {
  private final Diagnostics diagnostics;
  private final SourceLocation at;
  private final Vocabulary vocabulary;
  /** Whether the object whose members are being resolved carries a currency code. */
  private boolean moneyObject;

  ShapeResolver(Diagnostics diagnostics, SourceLocation at, Vocabulary vocabulary) {
    this.diagnostics = diagnostics;
    this.at = at;
    this.vocabulary = vocabulary;
  }

  /** Resolves the evidence at a position; {@code name} is the property name (or null). */
  Shape resolve(Evidence e, String name, String path) {
    int kinds = (e.hasStrings() ? 1 : 0) + (e.booleans > 0 ? 1 : 0)
        + (e.integers + e.decimals > 0 ? 1 : 0) + (e.objects > 0 ? 1 : 0) + (e.arrays > 0 ? 1 : 0);
    if (e.tooDeep > 0) {
      diagnostics.warn(DiagnosticCode.P2J013_TOO_DEEP, at,
          "JSON nested deeper than " + EvidenceCollector.MAX_DEPTH + " levels at " + path
              + "; typed as JsonNode");
      return new AnyShape();
    }
    if (kinds == 0) {
      // Only nulls or placeholders: a quoted placeholder was at least a string; a null takes
      // the one scalar kind the same name holds elsewhere in the collection.
      if (e.placeholders > 0 && e.unquotedPlaceholders == 0) {
        return new ScalarShape(Scalar.STRING);
      }
      Scalar elsewhere = vocabulary.scalarOf(holder(path, name), name);
      if (elsewhere == Scalar.LONG && vocabulary.isDecimal(name, moneyObject)) {
        elsewhere = Scalar.DOUBLE;
      }
      return elsewhere == null ? new Shape.NullShape() : new ScalarShape(elsewhere);
    }
    if (kinds == 2 && e.hasStrings() && e.integers + e.decimals > 0) {
      // 10100 here, "10010" there: one value the server writes either way. The union keeps
      // both kinds and the exact text, where JsonNode would say nothing.
      return new ScalarShape(Scalar.NUMBER_OR_STRING);
    }
    if (kinds > 1) {
      diagnostics.warn(DiagnosticCode.P2J012_CONFLICTING_TYPES, at,
          "values of different kinds at " + path + "; typed as JsonNode");
      return new AnyShape();
    }
    if (e.booleans > 0) {
      return new ScalarShape(Scalar.BOOLEAN);
    }
    if (e.decimals > 0) {
      return new ScalarShape(e.needsBigDecimal || e.needsBigInteger
          ? Scalar.BIG_DECIMAL : Scalar.DOUBLE);
    }
    if (e.integers > 0) {
      if (!e.needsBigInteger && vocabulary.isDecimal(name, moneyObject)) {
        return new ScalarShape(Scalar.DOUBLE); // whole examples of a decimal quantity
      }
      return new ScalarShape(e.needsBigInteger ? Scalar.BIG_INTEGER : Scalar.LONG);
    }
    if (e.hasStrings()) {
      return string(e, name);
    }
    if (e.arrays > 0) {
      Evidence items = e.items;
      if (items == null || items.seen == 0) {
        return new ArrayShape(new Shape.NullShape()); // only empty arrays: no evidence yet
      }
      return new ArrayShape(resolve(items, name, path + "[]"));
    }
    return object(e, name, path);
  }

  /**
   * The name of the object holding member {@code name} at {@code path} ({@code $.a.b[].c}: b),
   * {@link NameScalars#ROOT} for a body's own members, null inside a map or when unsure.
   */
  static String holder(String path, String name) {
    if (name == null || !path.endsWith("." + name)) {
      return null;
    }
    String p = path.substring(0, path.length() - name.length() - 1);
    while (p.endsWith("[]")) {
      p = p.substring(0, p.length() - 2);
    }
    if (p.equals("$")) {
      return NameScalars.ROOT;
    }
    int dot = p.lastIndexOf('.');
    return dot < 0 || p.endsWith("{}") ? null : p.substring(dot + 1);
  }

  private Shape string(Evidence e, String name) {
    if (e.allDateTime) {
      return new ScalarShape(Scalar.DATE_TIME);
    }
    if (e.allDate) {
      return new ScalarShape(Scalar.DATE);
    }
    if (EnumRule.isEnum(name, e, vocabulary.of(name))
        || EnumRule.isErrorCodeMember(name) && vocabulary.areErrorCodes(e.stringValues)) {
      return new Shape.EnumShape(List.copyOf(e.stringValues));
    }
    return new ScalarShape(Scalar.STRING);
  }

  private Shape object(Evidence e, String name, String path) {
    if (MapRule.isMap(e, name)) {
      Evidence merged = new Evidence();
      for (Evidence v : e.fields.values()) {
        merged.absorb(v);
      }
      return new MapShape(merged.seen == 0 ? new AnyShape()
          : resolve(merged, null, path + "{}"));
    }
    List<Property> properties = new ArrayList<>();
    boolean outer = moneyObject;
    moneyObject = vocabulary.isMoneyObject(e, name);
    for (Map.Entry<String, Evidence> f : e.fields.entrySet()) {
      Evidence v = f.getValue();
      boolean required = e.fieldPresence.getOrDefault(f.getKey(), 0) >= e.objects;
      properties.add(new Property(f.getKey(), resolve(v, f.getKey(), path + "." + f.getKey()),
          required, v.nulls > 0));
    }
    moneyObject = outer;
    return new ObjectShape(properties);
  }
}
