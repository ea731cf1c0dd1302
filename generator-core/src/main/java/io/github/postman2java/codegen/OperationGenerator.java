package io.github.postman2java.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.postman2java.binding.Binding;
import io.github.postman2java.names.JavaNames;
import io.github.postman2java.names.Namespace;
import io.github.postman2java.naming.OperationDecl;
import io.github.postman2java.naming.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Generates the members of one operation on a client class: the sync method (2xx body), the
 * {@code WithResponse} variant (status, headers, body), the {@code Async} variant, a private
 * request factory, and the response-type constant.
 */
final class OperationGenerator {
  /** What a method name shown in a Javadoc must not hold. */
  private static final Pattern NOT_METHOD_NAME = Pattern.compile("[^A-Z0-9_-]");
  private static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  private static final ClassName JSON_NODE =
      ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  private static final String OPTIONS_DOC =
      "@param $L per-call options: timeout, headers, query parameters, retries, idempotency key\n";
  private static final ClassName FUTURE =
      ClassName.get("java.util.concurrent", "CompletableFuture");

  private final TypeMapper types;
  private final ClassName apiRequest;
  private final ClassName apiResponse;
  private final ClassName responseType;
  private final ClassName apiException;
  private final ClassName binaryContent;
  private final ClassName requestOptions;
  private final PageGenerator pages;
  private final RequestFactoryGenerator requests;

  OperationGenerator(TypeMapper types, String basePackage, PageGenerator pages) {
    this.pages = pages;
    this.types = types;
    this.apiRequest = ClassName.get(basePackage, "ApiRequest");
    this.requests = new RequestFactoryGenerator(apiRequest);
    this.apiResponse = ClassName.get(basePackage, "ApiResponse");
    this.responseType = ClassName.get(basePackage, "ResponseType");
    this.apiException = ClassName.get(basePackage, "ApiException");
    this.binaryContent = ClassName.get(basePackage, "BinaryContent");
    this.requestOptions = ClassName.get(basePackage, "RequestOptions");
  }

  /** The name of the options parameter: one no operation parameter has. */
  static String optionsName(List<ParameterSpec> params) {
    java.util.Set<String> names = params.stream().map(ParameterSpec::name)
        .collect(Collectors.toSet());
    return new Namespace(names).allocate("options", "requestOptions", "callOptions");
  }

  void addTo(TypeSpec.Builder client, OperationDecl op, Namespace privateNames) {
    TypeName body = op.successBinary() ? ArrayTypeName.of(TypeName.BYTE)
        : op.successType() == null ? ClassName.get(Void.class) : types.map(op.successType());
    String constant = privateNames.allocate(
        JavaNames.constant(op.javaMethod()) + "_RESPONSE");
    String factory = privateNames.allocate(op.javaMethod() + "Request",
        op.javaMethod() + "HttpRequest");
    client.addField(FieldSpec.builder(ParameterizedTypeName.get(responseType, body), constant,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(responseTypeInit(op, body))
        .build());

    List<ParameterSpec> params = parameters(op);
    String args = params.stream().map(p -> p.name()).collect(Collectors.joining(", "));
    ParameterSpec options = ParameterSpec.builder(requestOptions, optionsName(params)).build();
    String prefix = args.isEmpty() ? "" : args + ", ";
    CodeBlock plain = CodeBlock.of("$L$T.none()", prefix, requestOptions);
    CodeBlock withOptions = CodeBlock.of("$L$N", prefix, options.name());
    TypeName withResponse = ParameterizedTypeName.get(apiResponse, body);
    CodeBlock doc = javadoc(op, params);
    boolean returnsBody = op.successType() != null || op.successBinary();
    String withResponseName = op.javaMethod() + "WithResponse";

    // The parameters are documented once, on the plain method; each variant says what it adds
    // and links there (seven copies of every parameter's text made clients twice their size).
    for (boolean optioned : new boolean[] {false, true}) {
      MethodSpec.Builder sync = MethodSpec.methodBuilder(op.javaMethod())
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc(optioned ? CodeBlock.of("Like {@link #$L}, with per-call options.\n\n",
              op.javaMethod()) : doc)
          .addParameters(params);
      CodeBlock call = optioned ? withOptions : plain;
      if (optioned) {
        sync.addParameter(options).addJavadoc(OPTIONS_DOC, options.name());
      }
      if (!returnsBody) {
        sync.addStatement("$N($L)", withResponseName, call);
      } else {
        sync.returns(body)
            .addJavadoc("@return the response body\n")
            .addStatement("return $N($L).body()", withResponseName, call);
      }
      client.addMethod(sync.addJavadoc("@throws $T when the status is not 2xx\n", apiException)
          .build());
    }
    for (boolean optioned : new boolean[] {false, true}) {
      MethodSpec.Builder m = MethodSpec.methodBuilder(withResponseName)
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("Like {@link #$L}, also returning the status code, headers and request"
              + " id.\n\n", op.javaMethod())
          .addParameters(params);
      if (optioned) {
        m.addParameter(options).addJavadoc(OPTIONS_DOC, options.name())
            .addStatement("return transport.send($N($L), $N, $N)", factory, args, constant,
                options.name());
      } else {
        m.addStatement("return $N($L)", withResponseName, plain);
      }
      client.addMethod(m.addJavadoc("@return the response\n@throws $T when the status is not"
              + " 2xx\n", apiException)
          .returns(withResponse)
          .build());
    }
    for (boolean optioned : new boolean[] {false, true}) {
      MethodSpec.Builder m = MethodSpec.methodBuilder(op.javaMethod() + "Async")
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("Like {@link #$L}, without blocking; the future fails with {@link $T}.\n\n",
              op.javaMethod(), apiException)
          .addParameters(params)
          .returns(ParameterizedTypeName.get(FUTURE, body));
      if (optioned) {
        m.addParameter(options).addJavadoc(OPTIONS_DOC, options.name())
            .addStatement("return transport.sendAsync($N($L), $N, $N).thenApply($T::body)",
                factory, args, constant, options.name(), apiResponse);
      } else {
        m.addStatement("return $N($L)", op.javaMethod() + "Async", plain);
      }
      client.addMethod(m.addJavadoc("@return the response body, when it arrives\n").build());
    }
    client.addMethod(requests.requestFactory(op, factory, params));
    pages.addTo(client, op, privateNames, params, factory, constant);
  }

  private CodeBlock responseTypeInit(OperationDecl op, TypeName body) {
    CodeBlock.Builder init = CodeBlock.builder();
    if (op.successBinary()) {
      init.add("$T.bytes()", responseType);
    } else if (op.successType() == null) {
      init.add("$T.none()", responseType);
    } else if (op.successType() instanceof TypeRef.Text) {
      init.add("$T.text()", responseType);
    } else {
      init.add("$T.json(new $T<$T>() {})", responseType, TYPE_REFERENCE, body);
    }
    init.add("$>$>");
    for (OperationDecl.ErrorBinding e : op.errors()) {
      if (e.type() != null && !(e.type() instanceof TypeRef.Text)
          && !(e.type() instanceof TypeRef.Any)) {
        init.add("\n.onError($L, new $T<$T>() {})", e.statusClass(), TYPE_REFERENCE,
            types.map(e.type()));
      }
    }
    return init.add("$<$<").build();
  }

  private List<ParameterSpec> parameters(OperationDecl op) {
    List<ParameterSpec> out = new ArrayList<>();
    for (Binding.Param p : op.binding().params()) {
      if (p.location() == Binding.Location.PATH) {
        out.add(ParameterSpec.builder(javaType(p), p.javaName()).build());
      }
    }
    if (op.requestType() != null) {
      out.add(ParameterSpec.builder(types.map(op.requestType()), "body").build());
    }
    for (Binding.Param p : op.binding().params()) {
      if (p.location() != Binding.Location.PATH) {
        out.add(ParameterSpec.builder(javaType(p), p.javaName()).build());
      }
    }
    return out;
  }

  private TypeName javaType(Binding.Param p) {
    return switch (p.type()) {
      case STRING -> ClassName.get(String.class);
      case STRING_LIST -> ParameterizedTypeName.get(ClassName.get(List.class),
          ClassName.get(String.class));
      case CONTENT -> binaryContent;
      case LONG -> ClassName.get(Long.class);
      case DOUBLE -> ClassName.get(Double.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case JSON -> JSON_NODE;
    };
  }

  private CodeBlock javadoc(OperationDecl op, List<ParameterSpec> params) {
    CodeBlock.Builder doc = CodeBlock.builder();
    if (op.docLines().isEmpty()) {
      doc.add("Sends $L.\n", Javadocs.line(op.itemName().isBlank() ? "the request"
          : "\"" + op.itemName() + "\""));
    }
    op.docLines().forEach(l -> doc.add("$L\n", Javadocs.escape(l)));
    doc.add("\n<p>{@code $L $L}\n", NOT_METHOD_NAME.matcher(op.httpMethod()).replaceAll(""),
        Javadocs.code(RequestFactoryGenerator.pathTemplate(op)));
    List<String> statuses = op.errors().stream()
        .flatMap(e -> e.statuses().stream()).map(String::valueOf).toList();
    if (!statuses.isEmpty()) {
      doc.add("<p>Documented error statuses: $L.\n", String.join(", ", statuses));
    }
    doc.add("\n").add(paramDocs(op, params));
    return doc.build();
  }

  private CodeBlock paramDocs(OperationDecl op, List<ParameterSpec> params) {
    CodeBlock.Builder doc = CodeBlock.builder();
    for (ParameterSpec p : params) {
      Binding.Param param = op.binding().params().stream()
          .filter(x -> x.javaName().equals(p.name())).findFirst().orElse(null);
      doc.add("@param $L $L\n", p.name(), paramDoc(op, param));
    }
    return doc.build();
  }

  private String paramDoc(OperationDecl op, Binding.Param p) {
    if (p == null) {
      return "the request body";
    }
    String key = code(keyOf(op, p));
    String where = switch (p.location()) {
      case PATH -> "path segment, encoded as one segment";
      case QUERY -> "query parameter {@code " + key + "}";
      case HEADER -> "header {@code " + key + "}";
      case FORM -> "form field {@code " + key + "}";
      case PART -> "multipart part {@code " + key + "}";
      case FILE -> "the file sent as the body";
      case GRAPHQL -> "GraphQL variable {@code " + code(p.wireName()) + "}";
      case GRAPHQL_QUERY -> "placeholder {@code " + code(p.wireName()) + "} in the GraphQL query";
    };
    if (p.location() == Binding.Location.PATH || p.location() == Binding.Location.FILE
        || p.location() == Binding.Location.GRAPHQL_QUERY) {
      return where + "; required";
    }
    if (!p.defaults().isEmpty()) {
      String shown = String.join(", ", p.defaults());
      return where + "; {@code null} sends the collection's value"
          + (shown.length() > 60 || shown.contains("*/") ? "" : " {@code " + code(shown) + "}");
    }
    return where + "; {@code null} leaves it out";
  }

  /** The query key, header name or form key a parameter is sent under. */
  private static String keyOf(OperationDecl op, Binding.Param p) {
    Binding b = op.binding();
    List<Binding.Pair> pairs = new ArrayList<>(b.query());
    pairs.addAll(b.headers());
    b.body().fields().forEach(f -> pairs.add(new Binding.Pair(f.key(), f.value())));
    for (Binding.Pair pair : pairs) {
      if (pair.value().parts().stream().anyMatch(x -> p.javaName().equals(x.param()))) {
        return pair.key();
      }
    }
    return p.wireName();
  }

  private static String code(String text) {
    return Javadocs.code(text);
  }
}
