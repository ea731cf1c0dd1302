package io.github.postman2java.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.postman2java.names.JavaNames;
import io.github.postman2java.naming.TypeDecl.EnumConstant;
import io.github.postman2java.naming.TypeDecl.EnumDecl;
import javax.lang.model.element.Modifier;

/**
 * Generates a model enum as an open value class: one constant per value seen in the examples,
 * {@code of(String)} for any other value (kept and written back unchanged), and a nested {@code
 * Known} enum returned by {@code known()} to {@code switch} on.
 */
final class OpenEnumGenerator {
  private OpenEnumGenerator() {}

  static TypeSpec.Builder generate(EnumDecl e, ClassName name) {
    ClassName known = name.nestedClass(name.simpleName().equals("Known") ? "Values" : "Known");
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(classDoc(e));
    TypeSpec.Builder knownEnum = TypeSpec.enumBuilder(known)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The values this client knows, to {@code switch} on; {@link #UNKNOWN} for any"
            + " other.\n");
    CodeBlock.Builder cases = CodeBlock.builder();
    for (EnumConstant c : e.constants()) {
      CodeBlock.Builder doc = CodeBlock.builder().add("Wire value {@code $L}.\n", wire(c));
      c.docLines().forEach(l -> doc.add("<p>$L\n", Javadocs.escape(l)));
      type.addField(FieldSpec.builder(name, c.javaName(), Modifier.PUBLIC, Modifier.STATIC,
              Modifier.FINAL)
          .addJavadoc(doc.build())
          .initializer("new $T($L, $T.$N)", name, JavaNames.literal(c.wireValue()), known,
              c.javaName())
          .build());
      knownEnum.addEnumConstant(c.javaName(), TypeSpec.anonymousClassBuilder("")
          .addJavadoc("{@link $T#$N}.\n", name, c.javaName())
          .build());
      cases.add("case $L -> $N;\n", JavaNames.literal(c.wireValue()), c.javaName());
    }
    knownEnum.addEnumConstant("UNKNOWN", TypeSpec.anonymousClassBuilder("")
        .addJavadoc("A value this client does not know yet; {@link $T#value()} has it.\n", name)
        .build());
    type.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(known, "known", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(String.class, "value")
        .addParameter(known, "known")
        .addStatement("this.value = value")
        .addStatement("this.known = known")
        .build());
    type.addMethod(MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addAnnotation(Annotations.JSON_CREATOR)
        .addJavadoc("Returns the value for a wire value: its constant, or a new value this client"
            + " does not know.\n")
        .returns(name)
        .addParameter(String.class, "value")
        .addStatement("$T.requireNonNull(value, $S)", ClassName.get("java.util", "Objects"),
            "value")
        .addCode("return switch (value) {\n$>")
        .addCode(cases.build())
        .addCode("default -> new $T(value, $T.UNKNOWN);\n$<};\n", name, known)
        .build());
    type.addMethod(MethodSpec.methodBuilder("value")
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Annotations.JSON_VALUE)
        .addJavadoc("Returns the wire value, as received or given to {@link #of}.\n")
        .returns(String.class)
        .addStatement("return value")
        .build());
    type.addMethod(MethodSpec.methodBuilder("known")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns the constant to switch on; {@link $T#UNKNOWN} for a value this client"
            + " does not know.\n", known)
        .returns(known)
        .addStatement("return known")
        .build());
    type.addMethod(MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "other")
        .addStatement("return other instanceof $T that && value.equals(that.value)", name)
        .build());
    type.addMethod(MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return value.hashCode()")
        .build());
    type.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return value")
        .build());
    return type.addType(knownEnum.build());
  }

  private static CodeBlock classDoc(EnumDecl e) {
    CodeBlock.Builder doc = CodeBlock.builder();
    e.docLines().forEach(l -> doc.add("$L\n", Javadocs.escape(l)));
    if (e.docLines().isEmpty()) {
      doc.add("Values seen in the examples.\n");
    }
    return doc.add("\n<p>Open: {@link #of} takes any value, and a value this client does not know\n"
            + "is kept and written back unchanged. Switch on {@link #known()}; compare with\n"
            + "{@code equals}.\n")
        .build();
  }

  private static String wire(EnumConstant c) {
    return Javadocs.code(c.wireValue());
  }
}
