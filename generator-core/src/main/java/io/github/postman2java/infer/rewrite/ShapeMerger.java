package io.github.postman2java.infer.rewrite;

import io.github.postman2java.infer.Shape;
import io.github.postman2java.infer.Shape.AnyShape;
import io.github.postman2java.infer.Shape.ArrayShape;
import io.github.postman2java.infer.Shape.EnumShape;
import io.github.postman2java.infer.Shape.MapShape;
import io.github.postman2java.infer.Shape.ObjectShape;
import io.github.postman2java.infer.Shape.Property;
import io.github.postman2java.infer.Shape.Scalar;
import io.github.postman2java.infer.Shape.ScalarShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Merges two shapes into one that reads both: the least upper bound. Objects take the union of
 * properties (required only when required in both), enums the union of values, numbers widen,
 * and anything else incompatible becomes {@link AnyShape}.
 */
final class ShapeMerger {
  private ShapeMerger() {}

  static Shape merge(Shape a, Shape b) {
    if (a.equals(b)) {
      return a;
    }
    if (a instanceof Shape.NullShape) {
      return b; // no evidence on one side: the other side's type, made nullable by the caller
    }
    if (b instanceof Shape.NullShape) {
      return a;
    }
    if (a instanceof ObjectShape x && b instanceof ObjectShape y) {
      return mergeObjects(x, y);
    }
    if (a instanceof ArrayShape x && b instanceof ArrayShape y) {
      return new ArrayShape(merge(x.items(), y.items()));
    }
    if (a instanceof MapShape x && b instanceof MapShape y) {
      return new MapShape(merge(x.values(), y.values()));
    }
    if (a instanceof EnumShape x && b instanceof EnumShape y) {
      return new EnumShape(Stream.concat(x.values().stream(), y.values().stream()).toList());
    }
    if (a instanceof ScalarShape x && b instanceof ScalarShape y) {
      return mergeScalars(x.scalar(), y.scalar());
    }
    if (a instanceof EnumShape && b instanceof ScalarShape s && s.scalar() == Scalar.STRING
        || b instanceof EnumShape && a instanceof ScalarShape t && t.scalar() == Scalar.STRING) {
      return new ScalarShape(Scalar.STRING);
    }
    return new AnyShape();
  }

  static ObjectShape mergeObjects(ObjectShape a, ObjectShape b) {
    Map<String, Property> byName = new LinkedHashMap<>();
    for (Property p : a.properties()) {
      byName.put(p.jsonName(), p);
    }
    List<String> inB = new ArrayList<>();
    for (Property q : b.properties()) {
      inB.add(q.jsonName());
      Property p = byName.get(q.jsonName());
      byName.put(q.jsonName(), p == null
          ? new Property(q.jsonName(), q.shape(), false, q.nullable())
          : new Property(p.jsonName(), merge(p.shape(), q.shape()), p.required() && q.required(),
              p.nullable() || q.nullable()));
    }
    List<Property> out = new ArrayList<>();
    for (Property p : byName.values()) {
      out.add(inB.contains(p.jsonName()) ? p
          : new Property(p.jsonName(), p.shape(), false, p.nullable()));
    }
    return new ObjectShape(out, a.apart().isEmpty() ? b.apart() : a.apart());
  }

  private static Shape mergeScalars(Scalar a, Scalar b) {
    if (a == b) {
      return new ScalarShape(a);
    }
    if (isNumber(a) && isNumber(b)) {
      boolean decimal = a == Scalar.DOUBLE || a == Scalar.BIG_DECIMAL || b == Scalar.DOUBLE
          || b == Scalar.BIG_DECIMAL;
      boolean big = a == Scalar.BIG_DECIMAL || b == Scalar.BIG_DECIMAL
          || a == Scalar.BIG_INTEGER || b == Scalar.BIG_INTEGER;
      return new ScalarShape(decimal ? (big ? Scalar.BIG_DECIMAL : Scalar.DOUBLE)
          : Scalar.BIG_INTEGER);
    }
    if (isText(a) && isText(b)) {
      return new ScalarShape(Scalar.STRING);
    }
    return new AnyShape();
  }

  private static boolean isNumber(Scalar s) {
    return s == Scalar.LONG || s == Scalar.BIG_INTEGER || s == Scalar.DOUBLE
        || s == Scalar.BIG_DECIMAL;
  }

  private static boolean isText(Scalar s) {
    return s == Scalar.STRING || s == Scalar.DATE_TIME || s == Scalar.DATE;
  }
}
