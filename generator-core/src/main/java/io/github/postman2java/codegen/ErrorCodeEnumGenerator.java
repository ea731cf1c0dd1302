package io.github.postman2java.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.postman2java.naming.NamedModel.CodePlace;
import io.github.postman2java.names.JavaNames;
import io.github.postman2java.naming.TypeDecl.EnumConstant;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the collection's error-code enum: a plain Java enum (it classifies an {@code
 * ApiException}, it is never written back), unknown codes read as {@code UNKNOWN}. It also says
 * where an error body holds the code ({@code PLACES}, read by the runtime's {@code
 * ResponseReader}): the places the examples' codes were found in, so every listed constant is
 * what the client reports for a body like its example.
 */
final class ErrorCodeEnumGenerator {
  private static final TypeName PLACES_TYPE = ParameterizedTypeName.get(TypeMapper.LIST,
      ParameterizedTypeName.get(TypeMapper.LIST, TypeMapper.STRING));

  private static final int MAX_LINE = 88;

  private ErrorCodeEnumGenerator() {}

  static TypeSpec generate(ClassName name, List<EnumConstant> constants,
      List<CodePlace> places) {
    TypeSpec.Builder e = TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC);
    e.addJavadoc("Error codes of the API, collected from the collection's error examples.\n"
        + "{@code ApiException.errorCode()} reads an error body's code from the first of\n"
        + "$L\n"
        + "that holds a known code; codes this client does not know read as {@link #UNKNOWN}\n"
        + "({@code ApiException.errorCodeValue()} keeps their text).\n", describe(places));
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
    e.addField(FieldSpec.builder(PLACES_TYPE, "PLACES", Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Where an error body holds the code, in reading order: member names from the"
            + " root,\narrays looked through; the first place with a known code wins.\n")
        .initializer(places(places))
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
        .addJavadoc("Returns the constant for a wire value (a number's code as its text, e.g."
            + " {@code \"10100\"});\n{@link #UNKNOWN} when none matches.\n")
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

  private static CodeBlock places(List<CodePlace> places) {
    List<CodeBlock> each = new ArrayList<>();
    for (CodePlace place : places) {
      List<CodeBlock> members = place.members().stream()
          .map(m -> CodeBlock.of("$L", JavaNames.literal(m)))
          .toList();
      each.add(CodeBlock.of("$T.of($L)", TypeMapper.LIST, CodeBlock.join(members, ", ")));
    }
    return CodeBlock.of("$T.of($L)", TypeMapper.LIST, CodeBlock.join(each, ",\n    "));
  }

  /** The places as Javadoc, {@code {@code code}, {@code errors[].code}}, lines kept short. */
  private static String describe(List<CodePlace> places) {
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (int i = 0; i < places.size(); i++) {
      String item = "{@code " + Javadocs.code(places.get(i).display()) + "}"
          + (i + 1 < places.size() ? "," : "");
      if (line > 0 && line + item.length() > MAX_LINE) {
        out.append('\n');
        line = 0;
      } else if (line > 0) {
        out.append(' ');
        line++;
      }
      out.append(item);
      line += item.length();
    }
    return out.toString();
  }
}
