package io.github.postman2java.infer;

import io.github.postman2java.infer.Shape.AnyShape;
import io.github.postman2java.infer.Shape.ArrayShape;
import io.github.postman2java.infer.Shape.EnumShape;
import io.github.postman2java.infer.Shape.MapShape;
import io.github.postman2java.infer.Shape.ObjectShape;
import io.github.postman2java.infer.Shape.Property;
import io.github.postman2java.infer.Shape.ScalarShape;

/**
 * Prints shapes as stable text so one assertion covers a whole structure (quicktype's
 * {@code printGraph}). Objects print one property per line: {@code name: Type}, with {@code ?}
 * after the name when optional and {@code | null} after the type when nullable.
 */
public final class ShapePrinter {
  private ShapePrinter() {}

  /** Prints the request, success and error bodies of one operation. */
  public static String print(OperationShapes op) {
    StringBuilder out = new StringBuilder();
    out.append("request: ").append(print(op.request())).append('\n');
    out.append("success: ").append(print(op.success())).append('\n');
    for (ErrorModel e : op.errors()) {
      out.append(e.statusClass()).append("xx ").append(e.statuses()).append(": ")
          .append(print(e.body())).append('\n');
    }
    return out.toString();
  }

  /** Prints a body model: its shape for JSON, else its kind; {@code none} for null. */
  public static String print(BodyModel body) {
    if (body == null) {
      return "none";
    }
    return body.kind() == BodyModel.Kind.JSON ? print(body.shape()) : body.kind().name();
  }

  /** Prints a shape. */
  public static String print(Shape shape) {
    StringBuilder out = new StringBuilder();
    append(out, shape, "");
    return out.toString();
  }

  private static void append(StringBuilder out, Shape shape, String indent) {
    if (shape instanceof ScalarShape s) {
      out.append(switch (s.scalar()) {
        case STRING -> "String";
        case BOOLEAN -> "Boolean";
        case LONG -> "Long";
        case BIG_INTEGER -> "BigInteger";
        case DOUBLE -> "Double";
        case BIG_DECIMAL -> "BigDecimal";
        case DATE_TIME -> "OffsetDateTime";
        case DATE -> "LocalDate";
        case NUMBER_OR_STRING -> "NumberOrString";
      });
    } else if (shape instanceof EnumShape e) {
      out.append("enum").append(e.values());
    } else if (shape instanceof ArrayShape a) {
      out.append("List<");
      append(out, a.items(), indent);
      out.append('>');
    } else if (shape instanceof MapShape m) {
      out.append("Map<String, ");
      append(out, m.values(), indent);
      out.append('>');
    } else if (shape instanceof AnyShape || shape instanceof Shape.NullShape) {
      out.append("Any"); // both are JsonNode in Java; NullShape only merges differently
    } else if (shape instanceof Shape.SelfShape) {
      out.append("Self");
    } else if (shape instanceof ObjectShape o) {
      out.append("{\n");
      for (Property p : o.properties()) {
        out.append(indent).append("  ").append(p.jsonName()).append(p.required() ? "" : "?")
            .append(": ");
        append(out, p.shape(), indent + "  ");
        out.append(p.nullable() ? " | null" : "").append('\n');
      }
      out.append(indent).append('}');
    }
  }
}
