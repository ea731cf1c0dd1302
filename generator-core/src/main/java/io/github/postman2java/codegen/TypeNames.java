package io.github.postman2java.codegen;

import io.github.postman2java.naming.TypeRef;

/** Jackson canonical type names of generated types, for the manifest. */
public final class TypeNames {
  private final String modelPackage;

  /** Creates names for types in {@code modelPackage}. */
  public TypeNames(String modelPackage) {
    this.modelPackage = modelPackage;
  }

  /** Returns the canonical name of {@code ref}, e.g. {@code java.util.List<a.b.C$D>}. */
  public String canonical(TypeRef ref) {
    if (ref instanceof TypeRef.Named n) {
      return modelPackage + "." + n.topLevel() + (n.nested() == null ? "" : "$" + n.nested());
    }
    if (ref instanceof TypeRef.ListOf l) {
      return "java.util.List<" + canonical(l.item()) + ">";
    }
    if (ref instanceof TypeRef.MapOf m) {
      return "java.util.Map<java.lang.String," + canonical(m.value()) + ">";
    }
    if (ref instanceof TypeRef.Scalar s) {
      return switch (s.kind()) {
        case STRING -> "java.lang.String";
        case BOOLEAN -> "java.lang.Boolean";
        case LONG -> "java.lang.Long";
        case BIG_INTEGER -> "java.math.BigInteger";
        case DOUBLE, BIG_DECIMAL -> "java.math.BigDecimal";
        case DATE_TIME -> "java.time.OffsetDateTime";
        case DATE -> "java.time.LocalDate";
      };
    }
    if (ref instanceof TypeRef.Text) {
      return "java.lang.String";
    }
    return "com.fasterxml.jackson.databind.JsonNode";
  }
}
