package io.github.postman2java.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The Jackson annotations generated code uses, referenced by name (no Jackson on our side). */
final class Annotations {
  static final String PKG = "com.fasterxml.jackson.annotation";
  static final ClassName JSON_PROPERTY = ClassName.get(PKG, "JsonProperty");
  static final ClassName JSON_IGNORE_PROPERTIES = ClassName.get(PKG, "JsonIgnoreProperties");
  static final ClassName JSON_INCLUDE = ClassName.get(PKG, "JsonInclude");
  static final ClassName JSON_FORMAT = ClassName.get(PKG, "JsonFormat");
  static final ClassName JSON_VALUE = ClassName.get(PKG, "JsonValue");
  static final ClassName JSON_CREATOR = ClassName.get(PKG, "JsonCreator");

  private Annotations() {}

  static AnnotationSpec ignoreUnknown() {
    return AnnotationSpec.builder(JSON_IGNORE_PROPERTIES)
        .addMember("ignoreUnknown", "true")
        .build();
  }

  static AnnotationSpec includeNonNull() {
    return AnnotationSpec.builder(JSON_INCLUDE)
        .addMember("value", "$T.NON_NULL", JSON_INCLUDE.nestedClass("Include"))
        .build();
  }

  static AnnotationSpec property(String jsonName) {
    return AnnotationSpec.builder(JSON_PROPERTY)
        .addMember("value", "$L", io.github.postman2java.names.JavaNames.literal(jsonName)).build();
  }

  static AnnotationSpec formatAsString() {
    return AnnotationSpec.builder(JSON_FORMAT)
        .addMember("shape", "$T.STRING", JSON_FORMAT.nestedClass("Shape"))
        .build();
  }
}
