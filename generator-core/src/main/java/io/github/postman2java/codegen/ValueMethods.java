package io.github.postman2java.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.postman2java.naming.FieldDecl;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code equals}, {@code hashCode} and {@code toString} of an object model: every property plus
 * the unknown members and explicit nulls {@code JsonObject} keeps, so two models are equal
 * exactly when they write the same JSON.
 */
final class ValueMethods {
  private static final ClassName OBJECTS = ClassName.get("java.util", "Objects");

  private ValueMethods() {}

  static void add(TypeSpec.Builder type, ClassName name, List<FieldDecl> fields) {
    String other = unusedName(fields, "other", "object");
    String that = unusedName(fields, "that", "thatObject");
    CodeBlock.Builder equal = CodeBlock.builder().add("return $N instanceof $T $N", other,
        name, that);
    CodeBlock.Builder hash = CodeBlock.builder().add("return $T.hash(", OBJECTS);
    CodeBlock.Builder describe = CodeBlock.builder().add("return describe($S", name.simpleName());
    for (FieldDecl f : fields) {
      equal.add("\n&& $T.equals($N, $N.$N)", OBJECTS, f.javaName(), that, f.javaName());
      hash.add("$N, ", f.javaName());
      describe.add(", $S, $N", f.javaName(), f.javaName());
    }
    equal.add("\n&& sameMembers($N)", that);
    hash.add("membersHash())");
    describe.add(")");
    type.addMethod(MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, other)
        .addStatement(equal.build())
        .build());
    type.addMethod(MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement(hash.build())
        .build());
    type.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns the set properties and unknown members; credentials are hidden.\n")
        .returns(String.class)
        .addStatement(describe.build())
        .build());
  }

  /** A local name of {@code equals} that no property uses, so no property is shadowed. */
  private static String unusedName(List<FieldDecl> fields, String first, String second) {
    for (String candidate : List.of(first, second, second + "_")) {
      if (fields.stream().noneMatch(f -> f.javaName().equals(candidate))) {
        return candidate;
      }
    }
    throw new IllegalStateException("property names are unique");
  }
}
