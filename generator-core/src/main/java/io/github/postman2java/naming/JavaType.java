package io.github.postman2java.naming;

import io.github.postman2java.infer.Shape;

/**
 * The one table of the Java types generated code uses for JSON values. Code generation turns
 * these into JavaPoet types and the manifest into Jackson's canonical names; neither keeps a
 * table of its own. Scalars are boxed: any field may be absent.
 */
public enum JavaType {
  STRING("java.lang", "String"),
  BOOLEAN("java.lang", "Boolean"),
  LONG("java.lang", "Long"),
  BIG_INTEGER("java.math", "BigInteger"),
  BIG_DECIMAL("java.math", "BigDecimal"),
  OFFSET_DATE_TIME("java.time", "OffsetDateTime"),
  LOCAL_DATE("java.time", "LocalDate"),
  LIST("java.util", "List"),
  MAP("java.util", "Map"),
  JSON_NODE("com.fasterxml.jackson.databind", "JsonNode"),
  /** The generated runtime's number-or-string value; its package is the client's own. */
  NUMBER_OR_STRING(null, "NumberOrString");

  private final String packageName;
  private final String simpleName;

  JavaType(String packageName, String simpleName) {
    this.packageName = packageName;
    this.simpleName = simpleName;
  }

  /** The Java type of an inferred scalar. A new scalar kind fails compilation here. */
  public static JavaType of(Shape.Scalar scalar) {
    return switch (scalar) {
      case STRING -> STRING;
      case BOOLEAN -> BOOLEAN;
      case LONG -> LONG;
      case BIG_INTEGER -> BIG_INTEGER;
      // Every decimal is a BigDecimal: it keeps the literal (a Double writes 697 back as 697.0
      // and 1502989330 as 1.50298933E9, and rounds long fractions).
      case DOUBLE, BIG_DECIMAL -> BIG_DECIMAL;
      case DATE_TIME -> OFFSET_DATE_TIME;
      case DATE -> LOCAL_DATE;
      case NUMBER_OR_STRING -> NUMBER_OR_STRING;
    };
  }

  /** The package, e.g. {@code java.lang}; {@code null} for a class of the generated runtime. */
  public String packageName() {
    return packageName;
  }

  /** The simple name, e.g. {@code String}. */
  public String simpleName() {
    return simpleName;
  }
}
