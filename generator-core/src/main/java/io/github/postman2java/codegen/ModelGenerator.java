package io.github.postman2java.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.postman2java.naming.TypeDecl;
import io.github.postman2java.naming.TypeDecl.EnumConstant;
import io.github.postman2java.naming.TypeDecl.EnumDecl;
import io.github.postman2java.naming.TypeDecl.RecordDecl;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates model types: object models ({@link ObjectModelGenerator}) with their nested types,
 * and open enums ({@link OpenEnumGenerator}). Both keep what they read: a model written back gives
 * the JSON it was read from, with any {@code ObjectMapper}.
 */
final class ModelGenerator {
  private final ObjectModelGenerator objects;

  ModelGenerator(TypeMapper types, String runtimePackage) {
    this.objects = new ObjectModelGenerator(types, runtimePackage);
  }

  TypeSpec generate(TypeDecl decl, ClassName name) {
    TypeSpec.Builder type = declare(decl, name);
    if (decl instanceof RecordDecl r) {
      for (TypeDecl nested : r.nested()) {
        type.addType(declare(nested, name.nestedClass(nested.simpleName()))
            .addModifiers(Modifier.STATIC)
            .build());
      }
    }
    return type.build();
  }

  private TypeSpec.Builder declare(TypeDecl decl, ClassName name) {
    return decl instanceof EnumDecl e ? OpenEnumGenerator.generate(e, name)
        : objects.generate((RecordDecl) decl, name);
  }

  /**
   * Generates the collection's error-code enum: a plain Java enum (it classifies an {@code
   * ApiException}, it is never written back), unknown codes read as {@code UNKNOWN}.
   */
  static TypeSpec errorCodeEnum(ClassName name, List<EnumConstant> constants,
      List<String> docLines) {
    TypeSpec.Builder e = TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC);
    CodeBlock.Builder doc = CodeBlock.builder();
    docLines.forEach(l -> doc.add("$L\n", Javadocs.escape(l)));
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
        .addJavadoc("A code this client does not know yet.\n")
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
