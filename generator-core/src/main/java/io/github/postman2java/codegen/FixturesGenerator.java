package io.github.postman2java.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.postman2java.binding.Binding;
import io.github.postman2java.naming.NamedModel;
import io.github.postman2java.naming.OperationDecl;
import io.github.postman2java.naming.OperationDecl.ExampleRef;
import io.github.postman2java.naming.TypeRef;
import io.github.postman2java.recording.RecordedExample;
import io.github.postman2java.recording.Recordings;
import io.github.postman2java.secrets.Redacted;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the test fixtures of a collection into {@code <package>.fixtures}: the examples
 * class ({@code ZohoCrmExamples}: one accessor per request, one method per saved example
 * returning a typed {@code RecordedExample}), the support classes from {@code fixtures/*.java.txt}
 * (recorded examples, the replay transport) and one text resource per body, holding the
 * collection's text as written after the generator's header; credentials the secrets stage
 * found read {@code <redacted kind>}, as in comments and the manifest. Pure, like
 * {@link JavaGenerator}.
 */
public final class FixturesGenerator {
  static final List<String> TEMPLATES = List.of("Match", "RecordedExample", "RecordedRequest",
      "ReplayTransport", "Resources");
  /** The replay transport implements the runtime's transport interface, when it has one. */
  static final boolean REPLAY = RuntimeTemplates.NAMES.contains("HttpTransport");
  private static final List<String> REPLAY_TEMPLATES = List.of("Match", "ReplayTransport");

  private final NamedModel model;
  private final Recordings recordings;
  private final JacksonDialect jackson;
  private final TypeMapper types;
  private final String header;
  private final String pkg;
  private final ClassName examples;
  private final ClassName recorded;
  private final List<GeneratedFile> resources = new ArrayList<>();

  private FixturesGenerator(NamedModel model, Recordings recordings, JacksonDialect jackson) {
    this.model = model;
    this.recordings = recordings;
    this.jackson = jackson;
    this.types = new TypeMapper(model);
    this.header = JavaGenerator.header(model);
    this.pkg = model.basePackage() + ".fixtures";
    this.examples = ClassName.get(pkg, model.clientClass().replaceFirst("Client$", "")
        + "Examples");
    this.recorded = ClassName.get(pkg, "RecordedExample");
  }

  /**
   * Generates the fixtures (sources and resources) for {@code model} against {@code jackson},
   * sorted by path.
   */
  public static List<GeneratedFile> generate(NamedModel model, Recordings recordings,
      JacksonDialect jackson) {
    return new FixturesGenerator(model, recordings, jackson).generate();
  }

  private List<GeneratedFile> generate() {
    TypeSpec.Builder type = TypeSpec.classBuilder(examples)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The saved examples of the Postman collection \"$L\", typed: one accessor per"
            + " request,\none method per saved response. For tests: bodies are resources next to"
            + " this class.\n$L", Javadocs.line(Redacted.display(model.collectionName())),
            REPLAY ? "{@link #replay()} answers the client with them, offline.\n" : "")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    TypeName anyExample = ParameterizedTypeName.get(recorded, WildcardTypeName.subtypeOf(
        Object.class));
    TypeName list = ParameterizedTypeName.get(TypeMapper.LIST, anyExample);
    MethodSpec.Builder all = MethodSpec.methodBuilder(FixtureNames.ALL)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(list)
        .addJavadoc("Returns every saved example of the collection, in file order.\n\n"
            + "@return the examples\n")
        .addStatement("$T all = new $T<>()", list, ClassName.get("java.util", "ArrayList"));
    for (FixtureNames.Named named : FixtureNames.operations(model.root(), examples.simpleName())) {
      ClassName nested = examples.nestedClass(upperFirst(named.accessor()) + "Examples");
      type.addType(operation(named, nested));
      type.addMethod(MethodSpec.methodBuilder(named.accessor())
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(nested)
          .addJavadoc("Returns the saved examples of $L.\n\n@return the examples\n",
              describe(named.operation()))
          .addStatement("return new $T()", nested)
          .build());
      all.addStatement("all.addAll($L().all())", named.accessor());
    }
    type.addMethod(all.addStatement("return all").build());
    if (REPLAY) {
      addReplay(type);
    }
    List<GeneratedFile> files = new ArrayList<>(resources);
    files.add(java(examples.simpleName(), header
        + JavaFile.builder(pkg, type.build()).skipJavaLangImports(true).indent("  ").build()));
    for (String name : TEMPLATES) {
      if (REPLAY || !REPLAY_TEMPLATES.contains(name)) {
        files.add(java(name, RuntimeTemplates.render("fixtures/" + name, model.basePackage(),
            JavaGenerator.errorCodeEnum(model), header, jackson)));
      }
    }
    files.sort(Comparator.comparing(GeneratedFile::relativePath));
    return files;
  }

  private void addReplay(TypeSpec.Builder type) {
    ClassName replay = ClassName.get(pkg, "ReplayTransport");
    type.addMethod(MethodSpec.methodBuilder(FixtureNames.REPLAY)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(replay)
        .addJavadoc("Returns a transport that answers the client with these examples, offline.\n\n"
            + "@return a new replay transport\n")
        .addStatement("return $T.of($L())", replay, FixtureNames.ALL)
        .build());
  }

  private TypeSpec operation(FixtureNames.Named named, ClassName nested) {
    OperationDecl op = named.operation();
    TypeSpec.Builder type = TypeSpec.classBuilder(nested)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The saved examples of $L.\n", describe(op))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    List<String> methods = FixtureNames.examples(op);
    CodeBlock.Builder list = CodeBlock.builder();
    for (int i = 0; i < op.examples().size(); i++) {
      ExampleRef ref = op.examples().get(i);
      RecordedExample ex = recordings.example(ref.pointer());
      if (ex == null) {
        continue;
      }
      type.addMethod(example(named, ref, ex, methods.get(i)));
      list.add(list.isEmpty() ? "$L()" : ", $L()", methods.get(i));
    }
    TypeName anyExample = ParameterizedTypeName.get(recorded, WildcardTypeName.subtypeOf(
        Object.class));
    type.addMethod(MethodSpec.methodBuilder(FixtureNames.ALL)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(TypeMapper.LIST, anyExample))
        .addJavadoc("Returns these examples, in file order.\n\n@return the examples\n")
        .addStatement("return $T.of($L)", TypeMapper.LIST, list.build())
        .build());
    requestBody(type, named);
    return type.build();
  }

  private MethodSpec example(FixtureNames.Named named, ExampleRef ref, RecordedExample ex,
      String method) {
    OperationDecl op = named.operation();
    String resource = named.accessor() + "/" + method;
    CodeBlock.Builder body = CodeBlock.builder()
        .add("return $T.builder($T.class, $S)\n", recorded, examples,
            named.accessor() + "()." + method + "()")
        .indent().indent()
        .add(".response($S, $L)\n", Redacted.display(ex.name()), ex.status());
    for (RecordedExample.Pair h : ex.headers()) {
      body.add(".header($S, $S)\n", Redacted.display(h.name()), Redacted.display(h.value()));
    }
    if (ex.body() != null && !ex.body().isEmpty()) {
      body.add(".body($S)\n", resource(resource + ".txt", ex.body()));
    }
    body.add(".request($S, $S)\n", op.httpMethod(), pathTemplate(op.binding()));
    for (RecordedExample.Pair q : ex.query()) {
      body.add(".query($S, $S)\n", Redacted.display(q.name()), Redacted.display(q.value()));
    }
    if (ex.requestBody() != null) {
      body.add(".requestBody($S)\n", resource(resource + ".request.txt", ex.requestBody()));
    }
    TypeName bodyType = bodyType(ref.bodyType(), ex.bodyIsJson());
    if (bodyType == null) {
      body.add(".untyped();\n");
      bodyType = ClassName.get(Void.class);
    } else if (bodyType.equals(TypeMapper.STRING)) {
      body.add(".text();\n");
    } else {
      body.add(".json(new $T<$T>() {});\n", TYPE_REFERENCE, bodyType);
    }
    body.unindent().unindent();
    return MethodSpec.methodBuilder(method)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(recorded, bodyType))
        .addJavadoc("Returns the saved response \"$L\" (HTTP $L).\n\n@return the example\n",
            Javadocs.line(Redacted.display(ex.name())), ex.status())
        .addCode(body.build())
        .build();
  }

  private void requestBody(TypeSpec.Builder type, FixtureNames.Named named) {
    OperationDecl op = named.operation();
    String text = recordings.requestBody(op.pointer());
    if (text == null) {
      return;
    }
    String resource = resource(named.accessor() + "/" + FixtureNames.REQUEST_BODY + ".txt", text);
    ClassName resources = ClassName.get(pkg, "Resources");
    type.addMethod(MethodSpec.methodBuilder(FixtureNames.RAW_REQUEST_BODY)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeMapper.STRING)
        .addJavadoc("Returns the request body as saved in the collection.\n\n@return the text\n")
        .addStatement("return $T.read($T.class, $S)", resources, examples, resource)
        .build());
    TypeName typed = op.requestType() instanceof TypeRef.Text ? null
        : bodyType(op.requestType(), recordings.requestBodyIsJson(op.pointer()));
    if (typed != null) {
      type.addMethod(MethodSpec.methodBuilder(FixtureNames.REQUEST_BODY)
          .addModifiers(Modifier.PUBLIC)
          .returns(typed)
          .addJavadoc("Returns the request body as saved in the collection, read as the client"
              + " sends it.\n\n@return the body\n")
          .addStatement("return $T.readJson($T.class, $S, new $T<$T>() {})", resources, examples,
              resource, TYPE_REFERENCE, typed)
          .build());
    }
  }

  /** The body's Java type; {@code null} when it has none or the text is a lenient template. */
  private TypeName bodyType(TypeRef ref, boolean strictJson) {
    if (ref == null) {
      return null;
    }
    if (ref instanceof TypeRef.Text) {
      return TypeMapper.STRING;
    }
    return strictJson ? types.map(ref) : null;
  }

  private String resource(String name, String text) {
    resources.add(new GeneratedFile(path(name), header + Redacted.display(text)));
    return name;
  }

  private static String pathTemplate(Binding binding) {
    StringBuilder path = new StringBuilder();
    for (Binding.Template segment : binding.path()) {
      path.append('/').append(segment.text());
    }
    return path.length() == 0 ? "/" : path.toString();
  }

  private String describe(OperationDecl op) {
    List<String> place = new ArrayList<>(op.folders());
    place.add(op.itemName());
    return "{@code " + op.httpMethod() + "} \"" + Javadocs.line(Redacted.display(
        String.join(" / ", place))) + "\"";
  }

  /** A Java file, in the Jackson version's spelling (resources are the collection's text). */
  private GeneratedFile java(String simpleName, String content) {
    return new GeneratedFile(path(simpleName + ".java"),
        jackson == JacksonDialect.JACKSON_2 ? content : jackson.rewrite(content));
  }

  private String path(String name) {
    return pkg.replace('.', '/') + "/" + name;
  }

  private static String upperFirst(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
}
