package io.github.postman2java.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.postman2java.naming.Binding;
import io.github.postman2java.naming.JavaNames;
import io.github.postman2java.naming.Namespace;
import io.github.postman2java.naming.OperationDecl;
import io.github.postman2java.naming.Secrets;
import io.github.postman2java.naming.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Generates the members of one operation on a client class: the sync method (2xx body), the
 * {@code WithResponse} variant (status, headers, body), the {@code Async} variant, a private
 * request factory, and the response-type constant.
 */
final class OperationGenerator {
  private static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  private static final ClassName FUTURE =
      ClassName.get("java.util.concurrent", "CompletableFuture");

  private final TypeMapper types;
  private final ClassName apiRequest;
  private final ClassName apiResponse;
  private final ClassName responseType;
  private final ClassName apiException;
  private final Secrets secrets;

  OperationGenerator(TypeMapper types, String basePackage, Secrets secrets) {
    this.types = types;
    this.apiRequest = ClassName.get(basePackage, "ApiRequest");
    this.apiResponse = ClassName.get(basePackage, "ApiResponse");
    this.responseType = ClassName.get(basePackage, "ResponseType");
    this.apiException = ClassName.get(basePackage, "ApiException");
    this.secrets = secrets;
  }

  void addTo(TypeSpec.Builder client, OperationDecl op, Namespace privateNames) {
    TypeName body = op.successType() == null ? ClassName.get(Void.class)
        : types.map(op.successType());
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
    TypeName withResponse = ParameterizedTypeName.get(apiResponse, body);
    CodeBlock doc = javadoc(op, params);

    MethodSpec.Builder sync = MethodSpec.methodBuilder(op.javaMethod())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(doc)
        .addParameters(params);
    if (op.successType() == null) {
      sync.addStatement("$N($L)", op.javaMethod() + "WithResponse", args);
    } else {
      sync.returns(body)
          .addJavadoc("@return the response body\n")
          .addStatement("return $N($L).body()", op.javaMethod() + "WithResponse", args);
    }
    client.addMethod(sync.addJavadoc("@throws $T when the status is not 2xx\n", apiException)
        .build());
    client.addMethod(MethodSpec.methodBuilder(op.javaMethod() + "WithResponse")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Like {@link #$L}, also returning the status code and headers.\n",
            op.javaMethod())
        .addJavadoc(paramDocs(params))
        .addJavadoc("@return the response\n@throws $T when the status is not 2xx\n",
            apiException)
        .addParameters(params)
        .returns(withResponse)
        .addStatement("return transport.send($N($L), $N)", factory, args, constant)
        .build());
    client.addMethod(MethodSpec.methodBuilder(op.javaMethod() + "Async")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Like {@link #$L}, without blocking; the future fails with {@link $T}.\n",
            op.javaMethod(), apiException)
        .addJavadoc(paramDocs(params))
        .addJavadoc("@return the response body, when it arrives\n")
        .addParameters(params)
        .returns(ParameterizedTypeName.get(FUTURE, body))
        .addStatement("return transport.sendAsync($N($L), $N).thenApply($T::body)", factory,
            args, constant, apiResponse)
        .build());
    client.addMethod(requestFactory(op, factory, params));
  }

  private CodeBlock responseTypeInit(OperationDecl op, TypeName body) {
    CodeBlock.Builder init = CodeBlock.builder();
    if (op.successType() == null) {
      init.add("$T.none()", responseType);
    } else if (op.successType() instanceof TypeRef.Text) {
      init.add("$T.text()", responseType);
    } else {
      init.add("$T.json(new $T<$T>() {})", responseType, TYPE_REFERENCE, body);
    }
    for (OperationDecl.ErrorBinding e : op.errors()) {
      if (e.type() != null && !(e.type() instanceof TypeRef.Text)
          && !(e.type() instanceof TypeRef.Any)) {
        init.add("\n.onError($L, new $T<$T>() {})", e.statusClass(), TYPE_REFERENCE,
            types.map(e.type()));
      }
    }
    return init.build();
  }

  private List<ParameterSpec> parameters(OperationDecl op) {
    List<ParameterSpec> out = new ArrayList<>();
    for (Binding.Param p : op.binding().params()) {
      if (p.location() == Binding.Location.PATH) {
        out.add(ParameterSpec.builder(String.class, p.javaName()).build());
      }
    }
    if (op.requestType() != null) {
      out.add(ParameterSpec.builder(types.map(op.requestType()), "body").build());
    }
    for (Binding.Param p : op.binding().params()) {
      if (p.location() != Binding.Location.PATH) {
        out.add(ParameterSpec.builder(String.class, p.javaName()).build());
      }
    }
    return out;
  }

  private CodeBlock javadoc(OperationDecl op, List<ParameterSpec> params) {
    CodeBlock.Builder doc = CodeBlock.builder();
    if (op.docLines().isEmpty()) {
      doc.add("Sends $L.\n", Javadocs.line(op.itemName().isBlank() ? "the request"
          : "\"" + op.itemName() + "\""));
    }
    op.docLines().forEach(l -> doc.add("$L\n", Javadocs.escape(l)));
    doc.add("\n<p>{@code $L $L}\n", op.httpMethod().replaceAll("[^A-Z0-9_-]", ""),
        Javadocs.line(pathTemplate(op)).replace("}", "&#125;").replace("{", "&#123;"));
    List<String> statuses = op.errors().stream()
        .flatMap(e -> e.statuses().stream()).map(String::valueOf).toList();
    if (!statuses.isEmpty()) {
      doc.add("<p>Documented error statuses: $L.\n", String.join(", ", statuses));
    }
    doc.add("\n").add(paramDocs(params));
    return doc.build();
  }

  private static CodeBlock paramDocs(List<ParameterSpec> params) {
    CodeBlock.Builder doc = CodeBlock.builder();
    for (ParameterSpec p : params) {
      doc.add("@param $L $L\n", p.name(), p.name().equals("body") ? "the request body"
          : "sent as given; {@code null} leaves it out");
    }
    return doc.build();
  }

  private String pathTemplate(OperationDecl op) {
    StringBuilder s = new StringBuilder();
    for (Binding.Segment seg : op.binding().path()) {
      s.append('/').append(seg.prefix());
      if (seg.param() != null) {
        s.append('{').append(seg.param()).append('}').append(seg.suffix());
      }
    }
    return secrets.redact(s.length() == 0 ? "/" : s.toString());
  }

  private MethodSpec requestFactory(OperationDecl op, String name, List<ParameterSpec> params) {
    CodeBlock.Builder chain = CodeBlock.builder().add("return new $T($S)", apiRequest,
        op.httpMethod());
    Binding b = op.binding();
    if (b.origin() != null) {
      chain.add("\n.origin($S)", b.origin());
    }
    for (Binding.Segment seg : b.path()) {
      if (seg.param() == null) {
        chain.add("\n.literal($S)", seg.prefix());
      } else {
        chain.add("\n.segment($S, $N, $S)", seg.prefix(), seg.param(), seg.suffix());
      }
    }
    for (Binding.Query q : b.query()) {
      if (q.param() == null) {
        chain.add("\n.query($S, $S)", q.key(), q.constant());
      } else {
        chain.add("\n.query($S, $N)", q.key(), q.param());
      }
    }
    for (Binding.Header h : b.headers()) {
      if (h.param() == null) {
        chain.add("\n.header($S, $S)", h.name(), h.constant());
      } else {
        chain.add("\n.header($S, $N)", h.name(), h.param());
      }
    }
    if (op.requestType() instanceof TypeRef.Text) {
      chain.add("\n.text(body, $S)", op.requestContentType());
    } else if (op.requestType() != null) {
      chain.add("\n.json(body)");
    }
    String auth = switch (b.auth().kind()) {
      case NONE -> null;
      case UNSUPPORTED -> "CUSTOM";
      default -> b.auth().kind().name();
    };
    if (auth != null) {
      chain.add("\n.auth($T.Auth.$L, $S)", apiRequest, auth, b.auth().name());
    }
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(apiRequest)
        .addParameters(params)
        .addStatement(chain.build())
        .build();
  }
}
