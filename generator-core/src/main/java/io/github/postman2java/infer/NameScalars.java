package io.github.postman2java.infer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.infer.Shape.Scalar;
import java.util.HashMap;
import java.util.Map;

/**
 * The kind of value each member holds across the whole collection, for positions whose own
 * examples hold only {@code null}: GitHub's {@code "closed_at": null} of an open issue is a
 * date-time in every other issue, and typing it {@code JsonNode} would tell the user nothing.
 * A member is its name and the name of the object holding it, since one name means different
 * things in different places: Plaid's {@code steps.kyc_check} is a status string, an identity
 * verification's {@code kyc_check} an object. A body's own members ({@link #ROOT}) lend nothing:
 * the bodies of a collection are every kind of resource (GitHub's team {@code parent} is an
 * object, a commit's a string). Only a member that holds one scalar kind everywhere it has a
 * value lends it.
 */
final class NameScalars {
  private static final int STRING = 1;
  private static final int DATE_TIME = 2;
  private static final int DATE = 4;
  private static final int BOOLEAN = 8;
  private static final int INTEGER = 16;
  private static final int DECIMAL = 32;
  private static final int BIG = 64;
  private static final int CONTAINER = 128;

  /** The holder name of a body's own members, which lend nothing. */
  static final String ROOT = "$";

  private final Map<String, Integer> kinds = new HashMap<>();

  /**
   * Records the value member {@code name} of an object called {@code parent} holds (nulls and
   * placeholders say nothing).
   */
  void add(String parent, String name, JsonNode value) {
    if (name == null || parent == null || parent.equals(ROOT) || value.isNull()) {
      return;
    }
    int kind;
    if (value.isTextual()) {
      String v = value.textValue();
      if (io.github.postman2java.sample.Placeholders.isTemplateValue(v)) {
        return;
      }
      kind = Rfc3339.isDateTime(v) ? DATE_TIME : Rfc3339.isDate(v) ? DATE : STRING;
    } else if (value.isBoolean()) {
      kind = BOOLEAN;
    } else if (value.isFloatingPointNumber()) {
      kind = DECIMAL;
    } else if (value.isNumber()) {
      kind = value.canConvertToLong() ? INTEGER : INTEGER | BIG;
    } else {
      kind = CONTAINER;
    }
    kinds.merge(parent + '\0' + name, kind, (a, b) -> a | b);
  }

  /** The one scalar the member holds wherever it has a value, or {@code null}. */
  Scalar of(String parent, String name) {
    Integer k = name == null || parent == null ? null : kinds.get(parent + '\0' + name);
    if (k == null) {
      return null;
    }
    return switch (k) {
      case STRING -> Scalar.STRING;
      case DATE_TIME -> Scalar.DATE_TIME;
      case DATE -> Scalar.DATE;
      case BOOLEAN -> Scalar.BOOLEAN;
      case INTEGER -> Scalar.LONG;
      case INTEGER | BIG -> Scalar.BIG_INTEGER;
      case DECIMAL, INTEGER | DECIMAL -> Scalar.DOUBLE;
      default -> null;
    };
  }
}
