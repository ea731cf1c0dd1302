package io.github.postman2java.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import io.github.postman2java.names.JavaNames;

/** The Jackson annotations generated code uses, referenced by name (no Jackson on our side). */
final class Annotations {
  static final String PKG = "com.fasterxml.jackson.annotation";
  static final ClassName JSON_PROPERTY = ClassName.get(PKG, "JsonProperty");
  static final ClassName JSON_VALUE = ClassName.get(PKG, "JsonValue");
  static final ClassName JSON_CREATOR = ClassName.get(PKG, "JsonCreator");

  private Annotations() {}

  static AnnotationSpec property(String jsonName) {
    return AnnotationSpec.builder(JSON_PROPERTY)
        .addMember("value", "$L", JavaNames.literal(jsonName)).build();
  }
}
