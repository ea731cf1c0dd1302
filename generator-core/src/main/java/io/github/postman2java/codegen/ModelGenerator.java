package io.github.postman2java.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.postman2java.naming.FieldDecl;
import io.github.postman2java.naming.TypeDecl;
import io.github.postman2java.naming.TypeDecl.EnumConstant;
import io.github.postman2java.naming.TypeDecl.EnumDecl;
import io.github.postman2java.naming.TypeDecl.RecordDecl;
import javax.lang.model.element.Modifier;

/**
 * Generates model records and open enums.
 *
 * <p>Records ignore unknown properties, omit nulls when written, and name every component's wire
 * name with {@code @JsonProperty}. Open enums map unknown wire values to {@code UNKNOWN} through a
 * {@code @JsonCreator} factory, so they work with any {@code ObjectMapper} configuration.
 */
final class ModelGenerator {
  private final TypeMapper types;

  ModelGenerator(TypeMapper types) {
    this.types = types;
  }

  TypeSpec generate(TypeDecl decl, ClassName name) {
    if (decl instanceof EnumDecl e) {
      return openEnum(name, e.constants(), e.docLines());
    }
    RecordDecl r = (RecordDecl) decl;
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    CodeBlock.Builder doc = CodeBlock.builder();
    for (String line : r.docLines()) {
      doc.add("$L\n", Javadocs.escape(line));
    }
    if (r.docLines().isEmpty()) {
      doc.add("A JSON object with $L $L.\n", r.fields().size(),
          r.fields().size() == 1 ? "property" : "properties");
    }
    if (!r.fields().isEmpty()) {
      doc.add("\n");
    }
    for (FieldDecl f : r.fields()) {
      ParameterSpec.Builder p = ParameterSpec.builder(types.map(f.type()), f.javaName())
          .addAnnotation(Annotations.property(f.jsonName()));
      if (TypeMapper.isTemporal(f.type())) {
        p.addAnnotation(Annotations.formatAsString());
      }
      constructor.addParameter(p.build());
      doc.add("@param $L $L\n", f.javaName(), presence(f));
    }
    TypeSpec.Builder record = TypeSpec.recordBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Annotations.ignoreUnknown())
        .addAnnotation(Annotations.includeNonNull())
        .addJavadoc(doc.build())
        .recordConstructor(constructor.build());
    if (r.builder()) {
      addBuilder(record, name, r);
    }
    for (TypeDecl nested : r.nested()) {
      record.addType(generate(nested, name.nestedClass(nested.simpleName())));
    }
    return record.build();
  }

  private static String presence(FieldDecl f) {
    String wire = "JSON {@code " + Javadocs.code(f.jsonName()) + "}";
    if (f.required() && !f.nullable()) {
      return wire + "; present in every example";
    }
    if (f.required()) {
      return wire + "; present in every example, may be {@code null}";
    }
    return wire + "; absent in some examples" + (f.nullable() ? ", may be {@code null}" : "");
  }

  private void addBuilder(TypeSpec.Builder record, ClassName name, RecordDecl r) {
    ClassName builder = name.nestedClass("Builder");
    TypeSpec.Builder b = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds a {@link $T}; unset properties are left out of the JSON.\n", name)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < r.fields().size(); i++) {
      FieldDecl f = r.fields().get(i);
      TypeName type = types.map(f.type());
      b.addField(FieldSpec.builder(type, f.javaName(), Modifier.PRIVATE).build());
      b.addMethod(MethodSpec.methodBuilder(f.javaName())
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("Sets {@code $L}.\n", f.javaName())
          .returns(builder)
          .addParameter(type, f.javaName())
          .addStatement("this.$N = $N", f.javaName(), f.javaName())
          .addStatement("return this")
          .build());
      args.add(i == 0 ? "$N" : ", $N", f.javaName());
    }
    b.addMethod(MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns the built {@link $T}.\n", name)
        .returns(name)
        .addStatement("return new $T($L)", name, args.build())
        .build());
    record.addMethod(MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Returns a new builder.\n")
        .returns(builder)
        .addStatement("return new $T()", builder)
        .build());
    record.addType(b.build());
  }

  /** Generates an open enum; also used for the collection's error-code enum. */
  static TypeSpec openEnum(ClassName name, java.util.List<EnumConstant> constants,
      java.util.List<String> docLines) {
    TypeSpec.Builder e = TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC);
    CodeBlock.Builder doc = CodeBlock.builder();
    docLines.forEach(l -> doc.add("$L\n", Javadocs.escape(l)));
    if (docLines.isEmpty()) {
      doc.add("Values seen in the examples. Open: unknown values read as {@link #UNKNOWN}.\n");
    }
    e.addJavadoc(doc.build());
    for (EnumConstant c : constants) {
      CodeBlock.Builder cdoc = CodeBlock.builder()
          .add("Wire value {@code $L}.\n", Javadocs.code(c.wireValue()));
      for (String l : c.docLines()) {
        cdoc.add("<p>$L\n", Javadocs.escape(l));
      }
      e.addEnumConstant(c.javaName(), TypeSpec.anonymousClassBuilder("$S", c.wireValue())
          .addJavadoc(cdoc.build())
          .build());
    }
    e.addEnumConstant("UNKNOWN", TypeSpec.anonymousClassBuilder("null")
        .addJavadoc("A value this client does not know yet; written back as {@code null}.\n")
        .build());
    e.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
    e.addMethod(MethodSpec.constructorBuilder()
        .addParameter(String.class, "value")
        .addStatement("this.value = value")
        .build());
    e.addMethod(MethodSpec.methodBuilder("value")
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Annotations.JSON_VALUE)
        .addJavadoc("Returns the wire value, or {@code null} for {@link #UNKNOWN}.\n")
        .returns(String.class)
        .addStatement("return value")
        .build());
    e.addMethod(MethodSpec.methodBuilder("fromValue")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addAnnotation(Annotations.JSON_CREATOR)
        .addJavadoc("Returns the constant for a wire value; {@link #UNKNOWN} when none matches.\n")
        .returns(name)
        .addParameter(String.class, "value")
        .beginControlFlow("for ($T candidate : values())", name)
        .beginControlFlow("if (candidate.value != null && candidate.value.equals(value))")
        .addStatement("return candidate")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return UNKNOWN")
        .build());
    return e.build();
  }
}
