package io.github.postman2java.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.postman2java.naming.TypeRef;

/** Maps {@link TypeRef}s to JavaPoet types. Scalars are boxed: any field may be absent. */
final class TypeMapper {
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName STRING = ClassName.get("java.lang", "String");

  private final String modelPackage;

  TypeMapper(String modelPackage) {
    this.modelPackage = modelPackage;
  }

  TypeName map(TypeRef ref) {
    if (ref instanceof TypeRef.Scalar s) {
      return switch (s.kind()) {
        case STRING -> STRING;
        case BOOLEAN -> ClassName.get("java.lang", "Boolean");
        case LONG -> ClassName.get("java.lang", "Long");
        case BIG_INTEGER -> ClassName.get("java.math", "BigInteger");
        // Decimals keep their literal: a Double would write 697 back as 697.0.
        case DOUBLE, BIG_DECIMAL -> ClassName.get("java.math", "BigDecimal");
        case DATE_TIME -> ClassName.get("java.time", "OffsetDateTime");
        case DATE -> ClassName.get("java.time", "LocalDate");
      };
    }
    if (ref instanceof TypeRef.Named n) {
      ClassName top = ClassName.get(modelPackage, n.topLevel());
      return n.nested() == null ? top : top.nestedClass(n.nested());
    }
    if (ref instanceof TypeRef.ListOf l) {
      return ParameterizedTypeName.get(LIST, map(l.item()));
    }
    if (ref instanceof TypeRef.MapOf m) {
      return ParameterizedTypeName.get(MAP, STRING, map(m.value()));
    }
    if (ref instanceof TypeRef.Text) {
      return STRING;
    }
    return JSON_NODE;
  }

  /** Returns whether values of {@code ref} are written as ISO strings by {@code @JsonFormat}. */
  static boolean isTemporal(TypeRef ref) {
    if (ref instanceof TypeRef.ListOf l) {
      return isTemporal(l.item()); // the property's format reaches the element serializer
    }
    if (ref instanceof TypeRef.MapOf m) {
      return isTemporal(m.value());
    }
    return ref instanceof TypeRef.Scalar s
        && (s.kind() == io.github.postman2java.infer.Shape.Scalar.DATE_TIME
            || s.kind() == io.github.postman2java.infer.Shape.Scalar.DATE);
  }
}
