package io.github.postman2java.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.postman2java.naming.JavaType;
import io.github.postman2java.naming.NamedModel;
import io.github.postman2java.naming.TypeRef;

/** Maps {@link TypeRef}s to JavaPoet types through the one type table, {@link JavaType}. */
final class TypeMapper {
  static final ClassName JSON_NODE = of(JavaType.JSON_NODE);
  static final ClassName LIST = of(JavaType.LIST);
  static final ClassName MAP = of(JavaType.MAP);
  static final ClassName STRING = of(JavaType.STRING);

  private final java.util.function.UnaryOperator<String> packageOf;
  /** The client's package, where the runtime classes ({@code NumberOrString}) are. */
  private final String runtimePackage;

  /** Generated types in the package {@code model} places each in. */
  TypeMapper(NamedModel model) {
    this.packageOf = model::typePackage;
    this.runtimePackage = model.basePackage();
  }

  /** The class of a type with a fixed package (every {@link JavaType} but the runtime's). */
  static ClassName of(JavaType type) {
    return ClassName.get(type.packageName(), type.simpleName());
  }

  TypeName map(TypeRef ref) {
    if (ref instanceof TypeRef.Scalar s) {
      return s.type().packageName() == null
          ? ClassName.get(runtimePackage, s.type().simpleName()) : of(s.type());
    }
    if (ref instanceof TypeRef.Named n) {
      ClassName top = ClassName.get(packageOf.apply(n.topLevel()), n.topLevel());
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
    if (ref instanceof TypeRef.External x) {
      return ClassName.bestGuess(x.qualifiedName().replace('$', '.'));
    }
    return JSON_NODE;
  }
}
