package io.github.postman2java.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.postman2java.naming.FieldDecl;
import io.github.postman2java.names.JavaNames;
import io.github.postman2java.naming.TypeDecl.RecordDecl;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates an object model: an immutable class extending the runtime's {@code JsonObject}, which
 * holds every member in order (typed properties, explicit nulls, unknown members, values that do
 * not fit their type) and gives value equality, a {@code toString()} that hides credentials and
 * the JSON reading and writing. The model adds one typed accessor per property and a builder
 * with one setter per property; a setter's {@code @JsonProperty} tells the runtime's reader the
 * member's JSON name and type, so the model needs no other annotation.
 */
final class ObjectModelGenerator {
  private final TypeMapper types;
  private final ClassName jsonObject;

  ObjectModelGenerator(TypeMapper types, String runtimePackage) {
    this.types = types;
    this.jsonObject = ClassName.get(runtimePackage, "JsonObject");
  }

  /** Returns the class for {@code r}; its nested types are added by the caller. */
  TypeSpec.Builder generate(RecordDecl r, ClassName name) {
    List<FieldDecl> fields = typedFields(r);
    ClassName builder = name.nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(jsonObject)
        .addJavadoc(classDoc(r))
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(builder, "builder")
            .addStatement("super(builder)")
            .build());
    Set<String> memberNames = memberNames(fields);
    for (FieldDecl f : fields) {
      type.addMethod(accessor(f));
      String has = "has" + Character.toUpperCase(f.javaName().charAt(0))
          + f.javaName().substring(1);
      if (!f.required() && f.nullable() && memberNames.add(has)) {
        type.addMethod(MethodSpec.methodBuilder(has)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Returns whether JSON {@code $L} was present, possibly as {@code null}"
                + " (the examples show both absent and {@code null}).\n", wire(f))
            .returns(TypeName.BOOLEAN)
            .addStatement("return has($L)", JavaNames.literal(f.jsonName()))
            .build());
      }
    }
    type.addMethod(MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Returns an empty builder: every property left out until set.\n")
        .returns(builder)
        .addStatement("return new $T()", builder)
        .build());
    type.addMethod(MethodSpec.methodBuilder("toBuilder")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns a builder holding every member of this object, to change some.\n")
        .returns(builder)
        .addStatement("return new $T(this)", builder)
        .build());
    type.addType(builderType(name, builder, fields));
    return type;
  }

  private CodeBlock classDoc(RecordDecl r) {
    CodeBlock.Builder doc = CodeBlock.builder();
    for (String line : r.docLines()) {
      doc.add("$L\n", Javadocs.escape(line));
    }
    if (r.docLines().isEmpty()) {
      doc.add("A JSON object with $L $L.\n", r.fields().size(),
          r.fields().size() == 1 ? "property" : "properties");
    }
    if (r.fields().stream().anyMatch(f -> f.jsonName().isEmpty())) {
      doc.add("\n<p>The member whose name is empty is kept in {@link #additionalProperties()}.\n");
    }
    return doc.build();
  }

  private MethodSpec accessor(FieldDecl f) {
    return MethodSpec.methodBuilder(f.javaName())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("JSON {@code $L}; $L.\n", wire(f), presence(f))
        .returns(types.map(f.type()))
        .addStatement("return get($L)", JavaNames.literal(f.jsonName()))
        .build();
  }

  private TypeSpec builderType(ClassName model, ClassName builder, List<FieldDecl> fields) {
    TypeSpec.Builder b = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(jsonObject.nestedClass("Builder"), builder))
        .addJavadoc("Builder for {@link $T}. A property never set is left out of the JSON; one\n"
            + "set to {@code null} is sent as {@code null}.\n", model)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(model, "from")
            .addStatement("super(from)")
            .build());
    for (FieldDecl f : fields) {
      b.addMethod(setter(builder, f));
    }
    b.addMethod(MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns the built {@link $T}.\n", model)
        .returns(model)
        .addStatement("return new $T(this)", model)
        .build());
    return b.build();
  }

  private MethodSpec setter(ClassName builder, FieldDecl f) {
    return MethodSpec.methodBuilder(f.javaName())
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Annotations.property(f.jsonName()))
        .addJavadoc("Sets JSON {@code $L}; {@code null} is sent as {@code null}.\n", wire(f))
        .returns(builder)
        .addParameter(types.map(f.type()), f.javaName())
        .addStatement("return set($L, $N)", JavaNames.literal(f.jsonName()), f.javaName())
        .build();
  }

  /**
   * The properties with a typed member. A member named {@code ""} cannot be one: Jackson reads
   * {@code @JsonProperty("")} as "use the Java name"; it stays in the additional properties.
   */
  static List<FieldDecl> typedFields(RecordDecl r) {
    return r.fields().stream().filter(f -> !f.jsonName().isEmpty()).toList();
  }

  private static Set<String> memberNames(List<FieldDecl> fields) {
    Set<String> names = new HashSet<>();
    fields.forEach(f -> names.add(f.javaName()));
    return names;
  }

  private static String wire(FieldDecl f) {
    return Javadocs.code(f.jsonName());
  }

  private static String presence(FieldDecl f) {
    if (f.required() && !f.nullable()) {
      return "present in every example";
    }
    if (f.required()) {
      return "present in every example, may be {@code null}";
    }
    return "absent in some examples" + (f.nullable() ? ", may be {@code null}" : "");
  }
}
