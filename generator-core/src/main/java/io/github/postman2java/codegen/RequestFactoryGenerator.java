package io.github.postman2java.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import io.github.postman2java.binding.Binding;
import io.github.postman2java.names.JavaNames;
import io.github.postman2java.naming.OperationDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Generates an operation's request factory: the chain of {@code ApiRequest} calls that puts
 * the HTTP binding (origin, path, query, headers, body, auth) on the wire. Split from {@link
 * OperationGenerator}, which generates the public methods around it.
 */
final class RequestFactoryGenerator {
  private final ClassName apiRequest;

  RequestFactoryGenerator(ClassName apiRequest) {
    this.apiRequest = apiRequest;
  }

  /** The path template as the Javadoc and the request show it, e.g. {@code /users/{id}}. */
  static String pathTemplate(OperationDecl op) {
    StringBuilder s = new StringBuilder();
    for (Binding.Template seg : op.binding().path()) {
      s.append('/').append(seg.text());
    }
    return s.length() == 0 ? "/" : s.toString();
  }

  /** The private static factory that builds the operation's {@code ApiRequest}. */
  MethodSpec requestFactory(OperationDecl op, String name, List<ParameterSpec> params) {
    CodeBlock.Builder chain = CodeBlock.builder().add("return new $T($L, $L)", apiRequest,
        lit(op.httpMethod()), lit(pathTemplate(op)));
    Binding b = op.binding();
    Map<String, Binding.Param> byName = new HashMap<>();
    b.params().forEach(p -> byName.put(p.javaName(), p));
    if (b.origin() != null) {
      chain.add("\n.origin($L)", lit(b.origin()));
    }
    for (Binding.Template seg : b.path()) {
      if (seg.isLiteral()) {
        chain.add("\n.literal($L)", lit(seg.text()));
      } else {
        chain.add("\n.segment($L)", parts(seg));
      }
    }
    for (Binding.Pair q : b.query()) {
      pair(chain, "query", q.key(), q.value(), byName, null);
    }
    for (Binding.Pair h : b.headers()) {
      if (h.value().isLiteral()) {
        chain.add("\n.header($L, $L)", lit(h.key()), lit(h.value().text()));
      } else if (single(h.value()) != null) {
        chain.add("\n.header($L, $N)", lit(h.key()), single(h.value()));
      } else {
        chain.add("\n.headerTemplate($L, $L)", lit(h.key()), parts(h.value()));
      }
    }
    chain.add(bodyCalls(op, byName));
    String auth = RuntimeNames.auth(b.auth().kind());
    if (auth != null) {
      chain.add("\n.auth($T.Auth.$L, $L)", apiRequest, auth, lit(b.auth().name()));
    }
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(apiRequest)
        .addParameters(params)
        .addStatement(chain.build())
        .build();
  }

  /**
   * The calls that set the body. A switch expression: a body kind that is not handled here fails
   * compilation.
   */
  private static CodeBlock bodyCalls(OperationDecl op, Map<String, Binding.Param> byName) {
    Binding b = op.binding();
    Binding.Body body = b.body();
    CodeBlock.Builder chain = CodeBlock.builder();
    return switch (body.kind()) {
      case JSON -> {
        if ("application/json".equals(op.requestContentType())) {
          chain.add("\n.json(body)");
        } else {
          chain.add("\n.json(body, $L)", lit(op.requestContentType()));
        }
        yield chain.build();
      }
      case TEXT -> {
        chain.add("\n.text(body, $L)", lit(op.requestContentType()));
        yield chain.build();
      }
      case URLENCODED -> {
        for (Binding.Field f : body.fields()) {
          pair(chain, "form", f.key(), f.value(), byName, null);
        }
        yield chain.build();
      }
      case MULTIPART -> {
        for (Binding.Field f : body.fields()) {
          if (f.file()) {
            chain.add("\n.filePart($L, $N, $L)", lit(f.key()), single(f.value()),
                lit(f.contentType()));
          } else {
            pair(chain, "part", f.key(), f.value(), byName, f.contentType());
          }
        }
        yield chain.build();
      }
      case FILE -> {
        chain.add("\n.file(body)");
        yield chain.build();
      }
      case GRAPHQL -> {
        chain.add("\n.graphql($L)", graphqlQuery(body.graphqlQuery()));
        for (Binding.Param p : b.params()) {
          if (p.location() == Binding.Location.GRAPHQL) {
            chain.add("\n.variable($L, $N, $L)", lit(p.wireName()), p.javaName(),
                lit(p.defaults().isEmpty() ? null : p.defaults().get(0)));
          }
        }
        yield chain.build();
      }
      case NONE -> chain.build();
    };
  }

  /**
   * A query parameter, form field or multipart text part: one parameter (with the collection's
   * constants as defaults), or a template of literal text and parameters.
   */
  private static void pair(CodeBlock.Builder chain, String kind, String key,
      Binding.Template value, Map<String, Binding.Param> byName, String contentType) {
    String param = single(value);
    String extra = kind.equals("part") ? ", " + lit(contentType) : "";
    if (param == null) {
      if (kind.equals("part")) {
        chain.add("\n.partTemplate($L, $L, $L)", lit(key), lit(contentType), parts(value));
      } else {
        chain.add("\n.$LTemplate($L, $L)", kind, lit(key), parts(value));
      }
      return;
    }
    Binding.Param p = byName.get(param);
    CodeBlock defaults;
    if (p.type() == Binding.ParamType.STRING_LIST) {
      defaults = p.defaults().isEmpty() ? CodeBlock.of("null") : CodeBlock.of("$T.of($L)",
          List.class, p.defaults().stream().map(RequestFactoryGenerator::lit)
              .collect(CodeBlock.joining(", ")));
    } else {
      defaults = p.defaults().isEmpty() ? CodeBlock.of("($T) null", String.class)
          : lit(p.defaults().get(0));
    }
    chain.add("\n.$L($L, $N, $L$L)", kind, lit(key), param, defaults, extra);
  }

  /**
   * A string literal of collection text: every non-ASCII character escaped, so line and
   * paragraph separators cannot break the literal and bidi controls cannot hide code.
   */
  private static CodeBlock lit(String text) {
    return CodeBlock.of("$L", text == null ? "null" : JavaNames.literal(text));
  }

  /**
   * The GraphQL query: a literal, or its text joined with the values of its {@code {{var}}}
   * parameters (each required, as a path segment is).
   */
  private static CodeBlock graphqlQuery(Binding.Template query) {
    if (query.isLiteral()) {
      return lit(query.text());
    }
    List<CodeBlock> parts = new ArrayList<>();
    for (Binding.Part p : query.parts()) {
      parts.add(p.literal() != null ? lit(p.literal())
          : CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, p.param(), p.param()));
    }
    return CodeBlock.join(parts, " + ");
  }

  /** The parameter when a template is exactly one parameter, else null. */
  private static String single(Binding.Template t) {
    return t.parts().size() == 1 && t.parts().get(0).param() != null
        ? t.parts().get(0).param() : null;
  }

  /** Template parts as alternating literal and parameter arguments, starting with a literal. */
  private static CodeBlock parts(Binding.Template t) {
    List<CodeBlock> args = new ArrayList<>();
    boolean expectLiteral = true;
    for (Binding.Part p : t.parts()) {
      if (p.literal() != null) {
        args.add(lit(p.literal()));
        expectLiteral = false;
      } else {
        if (expectLiteral) {
          args.add(lit(""));
        }
        args.add(CodeBlock.of("$N", p.param()));
        expectLiteral = true;
      }
    }
    return CodeBlock.join(args, ", ");
  }
}
