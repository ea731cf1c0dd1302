package io.github.postman2java.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import io.github.postman2java.names.JavaNames;

/** The Jackson annotations generated code uses, referenced by name (no Jackson on our side). */
final class Annotations {
  static final String PKG = "com.fasterxml.jackson.annotation";
  static final ClassName JSON_PROPERTY = ClassName.get(PKG, "JsonProperty");
  static final ClassName JSON_INCLUDE = ClassName.get(PKG, "JsonInclude");
  static final ClassName JSON_FORMAT = ClassName.get(PKG, "JsonFormat");
  static final ClassName JSON_VALUE = ClassName.get(PKG, "JsonValue");
  static final ClassName JSON_CREATOR = ClassName.get(PKG, "JsonCreator");
  static final ClassName JSON_DESERIALIZE =
      ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");

  private Annotations() {}

  /** Reads the model through its builder, which records explicit nulls. */
  static AnnotationSpec deserializeWithBuilder(ClassName builder) {
    return AnnotationSpec.builder(JSON_DESERIALIZE)
        .addMember("builder", "$T.class", builder)
        .build();
  }

  /** Reads untyped JSON (possibly in lists and maps) with every number's kind and digits. */
  static AnnotationSpec deserializeExactly(ClassName deserializer) {
    return AnnotationSpec.builder(JSON_DESERIALIZE)
        .addMember("using", "$T.class", deserializer)
        .build();
  }

  static AnnotationSpec property(String jsonName) {
    return AnnotationSpec.builder(JSON_PROPERTY)
        .addMember("value", "$L", JavaNames.literal(jsonName)).build();
  }

  /**
   * Date-times read with the offset they were written with (a default mapper would adjust them to
   * UTC). Writing them as ISO text is {@code JsonObject}'s part.
   */
  static AnnotationSpec keepOffset() {
    return AnnotationSpec.builder(JSON_FORMAT)
        .addMember("without", "$T.ADJUST_DATES_TO_CONTEXT_TIME_ZONE",
            JSON_FORMAT.nestedClass("Feature"))
        .build();
  }
}
