package io.github.postman2java.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.postman2java.naming.NamedModel;
import io.github.postman2java.naming.TypeRef;
import java.util.stream.Collectors;

/**
 * Jackson canonical type names of generated types, for the manifest: the JavaPoet type of
 * {@link TypeMapper} written as {@code java.util.List<a.b.C$D>}, so both agree by construction.
 */
public final class TypeNames {
  private final TypeMapper types;
  private final JacksonDialect jackson;

  /** Creates names for the types of {@code model}, each in its package (Jackson 2 code). */
  public TypeNames(NamedModel model) {
    this(model, JacksonDialect.JACKSON_2);
  }

  /**
   * Creates names for the types of {@code model} generated for {@code jackson}: Jackson 3 code
   * holds any JSON as {@code tools.jackson.databind.JsonNode}, and the manifest must say so.
   */
  public TypeNames(NamedModel model, JacksonDialect jackson) {
    this.types = new TypeMapper(model);
    this.jackson = jackson;
  }

  /** Returns the canonical name of {@code ref}, e.g. {@code java.util.List<a.b.C$D>}. */
  public String canonical(TypeRef ref) {
    String name = canonical(types.map(ref));
    return jackson == JacksonDialect.JACKSON_2 ? name
        : name.replace("com.fasterxml.jackson.databind.", "tools.jackson.databind.");
  }

  private static String canonical(TypeName type) {
    if (type instanceof ParameterizedTypeName p) {
      return p.rawType().reflectionName() + p.typeArguments().stream()
          .map(TypeNames::canonical).collect(Collectors.joining(",", "<", ">"));
    }
    return ((ClassName) type).reflectionName();
  }
}
