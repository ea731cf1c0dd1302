package io.github.postman2java.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import io.github.postman2java.naming.TypeDecl;
import io.github.postman2java.naming.TypeDecl.EnumDecl;
import io.github.postman2java.naming.TypeDecl.RecordDecl;
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
}
