package io.github.postman2java.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.postman2java.binding.Pagination;
import io.github.postman2java.names.JavaNames;
import io.github.postman2java.names.Namespace;
import io.github.postman2java.naming.FieldDecl;
import io.github.postman2java.naming.OperationDecl;
import io.github.postman2java.naming.TypeDecl;
import io.github.postman2java.naming.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates the page methods of a paginated operation ({@code xPage}, {@code xPageAsync}, each
 * with and without options) and its {@code Paging} constant: the typed way to the items plus
 * the wire facts of {@link Pagination}, as JSON pointers.
 */
final class PageGenerator {
  private static final ClassName FUTURE =
      ClassName.get("java.util.concurrent", "CompletableFuture");

  private final TypeMapper types;
  private final ClassName page;
  private final ClassName paging;
  private final ClassName requestOptions;
  private final Map<String, TypeDecl.RecordDecl> records = new HashMap<>();

  PageGenerator(TypeMapper types, String basePackage, List<TypeDecl> modelTypes) {
    this.types = types;
    this.page = ClassName.get(basePackage, "Page");
    this.paging = ClassName.get(basePackage, "Paging");
    this.requestOptions = ClassName.get(basePackage, "RequestOptions");
    for (TypeDecl t : modelTypes) {
      if (t instanceof TypeDecl.RecordDecl r) {
        records.put(r.simpleName() + "/", r);
        for (TypeDecl n : r.nested()) {
          if (n instanceof TypeDecl.RecordDecl nested) {
            records.put(r.simpleName() + "/" + nested.simpleName(), nested);
          }
        }
      }
    }
  }

  /** The typed way from a body to its items: accessor names and the item type. */
  private record ItemPath(List<String> accessors, TypeRef item) {}

  /**
   * Adds the page members of {@code op} when it pages and its items resolve to a typed list.
   *
   * @param factory the request factory method's name
   * @param responseConstant the response-type constant's name
   */
  void addTo(com.palantir.javapoet.TypeSpec.Builder client, OperationDecl op,
      Namespace privateNames, List<ParameterSpec> params, String factory,
      String responseConstant) {
    Pagination p = op.pagination();
    if (p == null || op.successType() == null) {
      return;
    }
    ItemPath path = resolve(op.successType(), p.items());
    if (path == null) {
      return;
    }
    TypeName body = types.map(op.successType());
    TypeName item = types.map(path.item());
    TypeName pageType = ParameterizedTypeName.get(page, body, item);
    String constant = privateNames.allocate(JavaNames.constant(op.javaMethod())
        + "_PAGING");
    client.addField(FieldSpec.builder(ParameterizedTypeName.get(paging, body, item), constant,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(descriptor(p, path, body))
        .build());
    String pageName = privateNames.allocate(op.javaMethod() + "Page",
        op.javaMethod() + "FirstPage");
    String asyncName = privateNames.allocate(pageName + "Async");
    String args = String.join(", ", params.stream().map(ParameterSpec::name).toList());
    ParameterSpec options = ParameterSpec.builder(requestOptions,
        OperationGenerator.optionsName(params)).build();
    String prefix = args.isEmpty() ? "" : args + ", ";
    String how = Javadocs.line(p.evidence()).replace("{", "&#123;").replace("}", "&#125;")
        .replace("@", "&#64;");
    for (boolean async : new boolean[] {false, true}) {
      for (boolean optioned : new boolean[] {false, true}) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(async ? asyncName : pageName)
            .addModifiers(Modifier.PUBLIC)
            .addParameters(params)
            .returns(async ? ParameterizedTypeName.get(FUTURE, pageType) : pageType);
        if (async) {
          m.addJavadoc("Like {@link #$L}, without blocking.\n\n", pageName);
        } else {
          m.addJavadoc("Fetches the first page of {@link #$L}: its items, the response, and"
              + " the way to the next page. {@code autoPager()} walks every item of every page,"
              + " fetching pages only as it reaches them.\n\n<p>Paging: $L.\n\n",
              op.javaMethod(), how);
        }
        if (!async && !optioned) {
          params.forEach(x -> m.addJavadoc("@param $L see {@link #$L}\n", x.name(),
              op.javaMethod()));
        }
        if (optioned) {
          m.addParameter(options).addJavadoc("@param $L per-call options, used for every"
              + " page\n", options.name());
          m.addStatement("return $T.$L(transport, $N, $N, $N, $N($L))", page,
              async ? "firstAsync" : "first", constant, responseConstant, options.name(),
              factory, args);
        } else {
          m.addStatement("return $N($L$T.none())", async ? asyncName : pageName, prefix,
              requestOptions);
        }
        m.addJavadoc(async ? "@return the first page, when it arrives\n"
            : "@return the first page\n@throws ApiException when the status is not 2xx\n");
        client.addMethod(m.build());
      }
    }
  }

  private CodeBlock descriptor(Pagination p, ItemPath path, TypeName body) {
    CodeBlock items = items(path, body);
    return switch (p.kind()) {
      case CURSOR -> CodeBlock.of("$T.cursor($L, $L, $L, $L)", paging, items, str(p.param()),
          str(pointer(p.next())), str(pointer(p.hasMore())));
      case ITEM_CURSOR -> CodeBlock.of("$T.itemCursor($L, $L, $L, $L, $L)", paging, items,
          str(p.param()), str(pointer(p.items())), str(p.itemId()),
          str(pointer(p.hasMore())));
      case NEXT_URL -> CodeBlock.of("$T.nextUrl($L, $L)", paging, items,
          str(pointer(p.next())));
      case LINK_HEADER -> CodeBlock.of("$T.linkHeader($L)", paging, items);
      case PAGE_NUMBER -> CodeBlock.of("$T.pageNumber($L, $L, $L, $L, $L, $L)", paging, items,
          str(p.param()), str(p.sizeParam()), str(pointer(p.next())),
          str(pointer(p.hasMore())), str(pointer(p.total())));
      case OFFSET -> CodeBlock.of("$T.offset($L, $L, $L, $L, $L)", paging, items,
          str(p.param()), str(p.sizeParam()), str(pointer(p.hasMore())),
          str(pointer(p.total())));
    };
  }

  /** {@code Body::data}, a null-safe lambda for deeper lists, or {@code body -> body}. */
  private static CodeBlock items(ItemPath path, TypeName body) {
    List<String> a = path.accessors();
    if (a.isEmpty()) {
      return CodeBlock.of("body -> body");
    }
    if (a.size() == 1) {
      return CodeBlock.of("$T::$N", body instanceof ParameterizedTypeName pt ? pt.rawType()
          : body, a.get(0));
    }
    CodeBlock.Builder b = CodeBlock.builder().add("body -> ");
    StringBuilder chain = new StringBuilder("body");
    for (int i = 0; i < a.size() - 1; i++) {
      chain.append('.').append(a.get(i)).append("()");
      b.add("$L == null ? null : ", chain);
    }
    return b.add("$L.$N()", chain, a.get(a.size() - 1)).build();
  }

  /** Follows JSON names through the model's records; null when a step is not a typed field. */
  private ItemPath resolve(TypeRef start, List<String> names) {
    TypeRef at = start;
    String top = start instanceof TypeRef.Named n ? n.topLevel() : null;
    List<String> accessors = new ArrayList<>();
    for (String name : names) {
      if (!(at instanceof TypeRef.Named n)) {
        return null;
      }
      TypeDecl.RecordDecl r = records.get(n.topLevel() + "/"
          + (n.nested() == null ? "" : n.nested()));
      FieldDecl field = r == null ? null : r.fields().stream()
          .filter(f -> f.jsonName().equals(name)).findFirst().orElse(null);
      if (field == null) {
        return null;
      }
      accessors.add(field.javaName());
      at = field.type();
    }
    boolean typedStart = top != null || names.isEmpty();
    return at instanceof TypeRef.ListOf list && typedStart
        ? new ItemPath(accessors, list.item()) : null;
  }

  /** A JSON pointer (RFC 6901) to a path of names, or null for an empty path. */
  static String pointer(List<String> path) {
    if (path.isEmpty()) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    path.forEach(name -> s.append('/').append(name.replace("~", "~0").replace("/", "~1")));
    return s.toString();
  }

  /** A string literal of collection text, non-ASCII escaped (see OperationGenerator). */
  private static CodeBlock str(String s) {
    return CodeBlock.of("$L", s == null ? "null" : JavaNames.literal(s));
  }
}
