package io.github.postman2java.naming;

import io.github.postman2java.collection.PostmanAuth;
import io.github.postman2java.collection.PostmanCollection;
import io.github.postman2java.collection.PostmanFolder;
import io.github.postman2java.collection.PostmanItem;
import io.github.postman2java.collection.PostmanRequestItem;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.infer.BodyModel;
import io.github.postman2java.infer.ErrorCode;
import io.github.postman2java.infer.ErrorModel;
import io.github.postman2java.infer.OperationShapes;
import io.github.postman2java.infer.ShapeGraph;
import io.github.postman2java.naming.Binding.AuthKind;
import io.github.postman2java.naming.TypeDecl.EnumConstant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Naming stage: {@link ShapeGraph} → {@link NamedModel}.
 *
 * <ol>
 *   <li>Client name from the collection name without noise words ("Zoho CRM REST APIs" →
 *       {@code ZohoCrmClient}, {@code ZohoCrmErrorCode}).
 *   <li>One client class per folder, one method per request; request names that collide inside a
 *       folder are all qualified by their HTTP verb ({@code getRecords}, {@code createRecords}).
 *   <li>Operation type names from folder and item ({@code MassUpdateLeads}), qualified the same
 *       way when they collide across the collection.
 *   <li>Model types through {@link ModelNamer}; wire bindings through {@link BindingAnalyzer}.
 * </ol>
 */
public final class NameAssigner {
  private static final Set<String> NOISE = Set.of(
      "api", "apis", "rest", "restful", "collection", "postman", "the", "endpoints", "sdk", "http");

  private final ShapeGraph graph;
  private final String basePackage;
  private final Diagnostics diagnostics;
  private final Map<String, OperationShapes> byPointer = new HashMap<>();
  private final Map<String, PostmanAuth> authByPointer = new HashMap<>();
  private final Map<String, String> typeBase = new HashMap<>();
  private final ModelNamer models = new ModelNamer();
  private final Namespace clientClasses;
  private final Set<AuthKind> authKinds = EnumSet.noneOf(AuthKind.class);
  private final Secrets secrets;
  private final String clientBase;

  private NameAssigner(ShapeGraph graph, String basePackage, Diagnostics diagnostics) {
    this.graph = graph;
    this.basePackage = basePackage;
    this.diagnostics = diagnostics;
    this.secrets = Secrets.of(graph.collection());
    this.clientBase = clientBase(graph.collection().name());
    Set<String> reserved = new HashSet<>(JavaNames.RESERVED_TYPES);
    reserved.add(clientBase + "Client");
    reserved.add(clientBase + "ErrorCode");
    this.clientClasses = new Namespace(reserved);
  }

  /** Names everything in {@code graph} for generation into {@code basePackage}. */
  public static NamedModel assign(ShapeGraph graph, String basePackage, Diagnostics diagnostics) {
    return new NameAssigner(graph, basePackage, diagnostics).run();
  }

  private NamedModel run() {
    PostmanCollection collection = graph.collection();
    graph.operations().forEach(op -> byPointer.put(op.pointer(), op));
    resolveAuth(collection.items(), collection.auth());
    nameOperationTypes();
    models.assign();
    ClientGroup root = group(clientBase + "Client", "", collection.description(),
        collection.items());
    String baseUrl = null;
    String baseVar = null;
    for (OperationShapes op : graph.operations()) {
      var url = op.samples().item().request().url();
      if (baseVar == null) {
        baseVar = BindingAnalyzer.baseUrlVariable(url);
      }
      if (baseUrl == null) {
        baseUrl = BindingAnalyzer.origin(url);
      }
    }
    List<EnumConstant> codes = new ArrayList<>();
    List<String> values = new ArrayList<>();
    List<List<String>> docs = new ArrayList<>();
    for (ErrorCode code : graph.errorCodes()) {
      values.add(code.value());
      List<String> lines = new ArrayList<>();
      lines.add("HTTP " + String.join(", ", code.statuses().stream().map(String::valueOf)
          .toList()) + ".");
      code.messages().forEach(m -> lines.add(secrets.redact(m)));
      docs.add(lines);
    }
    codes.addAll(ModelNamer.enumDecl("x", values, docs).constants());
    return new NamedModel(
        collection.fileName(),
        collection.name(),
        basePackage,
        basePackage + ".model",
        clientBase + "Client",
        clientBase + "ErrorCode",
        codes,
        models.declarations(),
        root,
        authKinds,
        baseVar == null ? baseUrl : null,
        baseVar,
        secrets);
  }

  static String clientBase(String collectionName) {
    List<String> words = new ArrayList<>(JavaNames.words(collectionName));
    words.removeIf(w -> NOISE.contains(w.toLowerCase(Locale.ROOT))
        || w.toLowerCase(Locale.ROOT).matches("v\\d+"));
    String base = JavaNames.pascal(String.join(" ", words), "Api");
    return Character.isDigit(base.charAt(0)) ? "Api" + base : base;
  }

  private void resolveAuth(List<PostmanItem> items, PostmanAuth inherited) {
    for (PostmanItem item : items) {
      if (item instanceof PostmanFolder f) {
        resolveAuth(f.items(), f.auth() != null ? f.auth() : inherited);
      } else if (item instanceof PostmanRequestItem r) {
        PostmanAuth own = r.request().auth();
        authByPointer.put(r.location().pointer(), own != null ? own : inherited);
      }
    }
  }

  /** Gives every operation a collection-unique type base name, in file order. */
  private void nameOperationTypes() {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> plain = new LinkedHashMap<>();
    for (OperationShapes op : graph.operations()) {
      String name = plainTypeName(op);
      plain.put(op.pointer(), name);
      counts.merge(name.toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    Namespace ops = new Namespace(Set.of());
    Map<Object, Integer> errorUse = new HashMap<>();
    for (OperationShapes op : graph.operations()) {
      for (ErrorModel e : op.errors()) {
        if (e.body().kind() == BodyModel.Kind.JSON) {
          errorUse.merge(e.body().shape(), 1, Integer::sum);
        }
      }
    }
    for (OperationShapes op : graph.operations()) {
      String name = plain.get(op.pointer());
      String verb = JavaNames.pascal(verb(op.samples().item().request().method()), "Call");
      String qualified = counts.get(name.toLowerCase(Locale.ROOT)) > 1 && !startsWithVerb(name)
          ? verb + name : name;
      String base = ops.allocate(qualified, verb + name);
      typeBase.put(op.pointer(), base);
      String call = op.samples().item().request().method() + " " + path(op);
      if (op.request() != null && op.request().kind() == BodyModel.Kind.JSON) {
        models.addRoot(op.request().shape(), base + "Request", true,
            "Request body of " + call + ".");
      }
      if (op.success().kind() == BodyModel.Kind.JSON) {
        models.addRoot(op.success().shape(), base + "Response", false,
            "Response body of " + call + ".");
      }
      for (ErrorModel e : op.errors()) {
        if (e.body().kind() == BodyModel.Kind.JSON) {
          String suffix = op.errors().size() > 1 ? (e.statusClass() == 5 ? "ServerError"
              : "ClientError") : "Error";
          models.addRoot(e.body().shape(), base + suffix, false, "Error body (HTTP "
              + String.join(", ", e.statuses().stream().map(String::valueOf).toList())
              + ") of " + call + ".");
          if (errorUse.get(e.body().shape()) > 1) {
            models.preferSharedName(e.body().shape(), "ErrorResponse");
          }
        }
      }
    }
  }

  private String path(OperationShapes op) {
    return secrets.redact("/" + String.join("/", op.samples().item().request().url().path()));
  }

  private static String plainTypeName(OperationShapes op) {
    List<String> folders = op.samples().folders();
    String item = JavaNames.pascal(withoutNumbering(op.samples().item().name()), "");
    String folder = folders.isEmpty() ? ""
        : JavaNames.pascal(withoutNumbering(folders.get(folders.size() - 1)), "");
    String name = item.toLowerCase(Locale.ROOT).contains(folder.toLowerCase(Locale.ROOT))
        ? item : folder + item;
    if (name.isEmpty()) {
      name = JavaNames.pascal(verb(op.samples().item().request().method()) + " "
          + String.join(" ", op.samples().item().request().url().path()), "Operation");
    }
    return JavaNames.limit(Character.isDigit(name.charAt(0)) ? "Op" + name : name);
  }

  /** Drops ordering prefixes authors add to sort items: "25. Create booking", "3) Login". */
  static String withoutNumbering(String name) {
    String stripped = name.replaceFirst("^\\s*\\d+(\\.\\d+)*\\s*[.):\\-]\\s*(?=\\S)", "");
    return stripped.isBlank() ? name : stripped;
  }

  static String verb(String method) {
    return switch (method) {
      case "GET" -> "get";
      case "POST" -> "create";
      case "PUT" -> "update";
      case "PATCH" -> "patch";
      case "DELETE" -> "delete";
      default -> method.toLowerCase(Locale.ROOT);
    };
  }

  private static boolean startsWithVerb(String name) {
    return name.matches("(Get|Create|Update|Patch|Delete|List|Add|Remove|Post|Put|Search|Set)"
        + "([A-Z0-9].*)?");
  }

  private ClientGroup group(String className, String accessor, String description,
      List<PostmanItem> items) {
    OperationBuilder builder = new OperationBuilder(models, secrets, diagnostics);
    List<PostmanRequestItem> requests = new ArrayList<>();
    List<PostmanFolder> folders = new ArrayList<>();
    for (PostmanItem item : items) {
      if (item instanceof PostmanFolder f) {
        folders.add(f);
      } else {
        requests.add((PostmanRequestItem) item);
      }
    }
    Namespace methods = new Namespace(Set.of("builder", "close", "transport", "toString",
        "hashCode", "equals", "getClass", "wait", "notify", "notifyAll", "clone", "finalize"));
    List<ClientGroup> children = new ArrayList<>();
    for (PostmanFolder f : folders) {
      String base = JavaNames.pascal(withoutNumbering(f.name()), "Folder");
      String cls = clientClasses.allocate(base + "Client",
          className.replace("Client", "") + base + "Client");
      String folderName = withoutNumbering(f.name());
      String acc = methods.allocate(JavaNames.camel(folderName, "folder"),
          JavaNames.camel(folderName, "folder") + "Folder");
      children.add(group(cls, acc, f.description(), f.items()));
    }
    Map<String, Integer> counts = new HashMap<>();
    for (PostmanRequestItem r : requests) {
      counts.merge(JavaNames.camel(withoutNumbering(r.name()), "call").toLowerCase(Locale.ROOT), 1,
          Integer::sum);
    }
    List<OperationDecl> operations = new ArrayList<>();
    for (PostmanRequestItem r : requests) {
      OperationShapes op = byPointer.get(r.location().pointer());
      String itemName = withoutNumbering(r.name());
      String plain = JavaNames.camel(itemName, "call");
      String verb = verb(r.request().method());
      String withVerb = verb + JavaNames.pascal(itemName, "Call");
      boolean collides = counts.get(plain.toLowerCase(Locale.ROOT)) > 1;
      String method = methods.allocate(collides && !startsWithVerb(JavaNames.pascal(itemName,
          "")) ? withVerb : plain, withVerb);
      methods.reserve(method + "WithResponse");
      methods.reserve(method + "Async");
      OperationDecl decl = builder.build(op, method, typeBase.get(r.location().pointer()),
          authByPointer.get(r.location().pointer()));
      authKinds.add(decl.binding().auth().kind());
      operations.add(decl);
    }
    List<String> doc = description == null ? List.of() : List.of(secrets.redact(description));
    return new ClientGroup(className, accessor, doc, operations, children);
  }
}
