package io.github.postman2java.naming;

import io.github.postman2java.binding.Binder;
import io.github.postman2java.binding.BoundCollection;
import io.github.postman2java.binding.BoundFolder;
import io.github.postman2java.binding.BoundOperation;
import io.github.postman2java.infer.BodyModel;
import io.github.postman2java.infer.ErrorCode;
import io.github.postman2java.infer.ErrorModel;
import io.github.postman2java.infer.OperationShapes;
import io.github.postman2java.binding.Binding.AuthKind;
import io.github.postman2java.infer.Shape;
import io.github.postman2java.infer.StatusModel;
import io.github.postman2java.names.JavaNames;
import io.github.postman2java.naming.ModelNamer.Names;
import io.github.postman2java.names.Namespace;
import io.github.postman2java.naming.TypeDecl.EnumConstant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
      "api", "apis", "rest", "restful", "collection", "the", "endpoints", "sdk", "http");

  private static final java.util.regex.Pattern NUMBERING =
      java.util.regex.Pattern.compile("^\\s*\\d+(\\.\\d+)*\\s*[.):\\-]\\s*(?=\\S)");
  private static final java.util.regex.Pattern VERB_FIRST = java.util.regex.Pattern.compile(
      "(Get|Create|Update|Patch|Delete|List|Add|Remove|Post|Put|Search|Set)([A-Z0-9].*)?");
  private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile(
      "(?i)(?<![A-Za-z0-9])(v\\d+(\\.\\d+)*|\\d+(\\.\\d+)+)(?![A-Za-z0-9])");

  private final BoundCollection graph;
  private final String basePackage;
  private final Map<BoundOperation, String> typeBase = new IdentityHashMap<>();
  private final Map<BoundOperation, OperationBuilder.Roots> roots = new IdentityHashMap<>();
  private final ModelNamer models = new ModelNamer();
  private final Namespace clientClasses;
  private final Set<AuthKind> authKinds = EnumSet.noneOf(AuthKind.class);
  private final String clientBase;

  private NameAssigner(BoundCollection graph, String basePackage) {
    this.graph = graph;
    this.basePackage = basePackage;
    this.clientBase = clientBase(graph.root().name());
    Set<String> reserved = new HashSet<>(JavaNames.RESERVED_TYPES);
    reserved.add(clientBase + "Client");
    reserved.add(clientBase + "ErrorCode");
    this.clientClasses = new Namespace(reserved);
  }

  /** Names everything in {@code graph} for generation into {@code basePackage}. */
  public static NamedModel assign(BoundCollection graph, String basePackage) {
    return new NameAssigner(graph, basePackage).run();
  }

  private NamedModel run() {
    nameOperationTypes();
    models.assign();
    ClientGroup root = group(clientBase + "Client", "", graph.root());
    List<EnumConstant> codes = new ArrayList<>();
    List<String> values = new ArrayList<>();
    List<List<String>> docs = new ArrayList<>();
    for (ErrorCode code : graph.errorCodes()) {
      values.add(code.value());
      List<String> lines = new ArrayList<>();
      lines.add("HTTP " + String.join(", ", code.statuses().stream().map(String::valueOf)
          .toList()) + ".");
      code.messages().forEach(lines::add);
      docs.add(lines);
    }
    // "02_005" and 10100 are codes: CODE_02_005 says so where VALUE_02_005 would not.
    codes.addAll(ModelNamer.enumDecl("x", values, docs, "CODE_").constants());
    return new NamedModel(
        graph.fileName(),
        graph.root().name(),
        basePackage,
        basePackage + ".model",
        clientBase + "Client",
        clientBase + "ErrorCode",
        codes,
        graph.errorCodePlaces().stream()
            .map(p -> new NamedModel.CodePlace(p.members(), p.display())).toList(),
        models.declarations(),
        root,
        authKinds,
        graph.baseUrlDefault(),
        graph.baseUrlVariable());
  }

  static String clientBase(String collectionName) {
    List<String> words = new ArrayList<>(JavaNames.words(withoutVersions(collectionName)));
    words.removeIf(w -> NOISE.contains(w.toLowerCase(Locale.ROOT))
        || w.toLowerCase(Locale.ROOT).matches("v\\d+"));
    String base = JavaNames.pascal(String.join(" ", words), "Api");
    return Character.isDigit(base.charAt(0)) ? "Api" + base : base;
  }

  /**
   * Gives every operation a collection-unique type base name. First come, first served in file
   * order: a later request with a taken name is qualified by its verb, then by its path, so
   * adding a request never renames the types of the requests before it.
   */
  private void nameOperationTypes() {
    Namespace ops = new Namespace(Set.of());
    for (BoundOperation bound : graph.operations()) {
      OperationShapes op = bound.shapes();
      String name = plainTypeName(bound);
      String verb = JavaNames.pascal(verb(bound.method()), "Call");
      String withVerb = startsWithVerb(name) ? name : verb + name;
      boolean graphql = bound.binding().body().graphqlQuery() != null;
      String noun = ResourceNames.resource(bound.path(), graphql);
      // An RPC-style request with a short name of its own keeps it, unshared; a long one is
      // named after its endpoint, which every request to that endpoint may share.
      String endpoint = name.length() <= ResourceNames.MAX_BASE ? ""
          : ResourceNames.endpoint(bound.path(), graphql);
      String item = JavaNames.pascal(withoutNumbering(bound.name()), "");
      String base = ops.allocate(ResourceNames.baseCandidates(name, item, withVerb, verb, noun,
          pathQualifier(bound.path()), endpoint));
      typeBase.put(bound, base);
      String call = bound.method() + " /" + String.join("/", bound.path());
      ModelNamer.Root request = null;
      if (op.request() != null && op.request().kind() == BodyModel.Kind.JSON) {
        request = requestRoot(op.request().shape(), base, verb, ResourceNames.bodyResource(
            bound.path(), graphql, withoutNumbering(bound.name())), endpoint,
            op.samples().endpoint(), call);
      }
      ModelNamer.Root success = null;
      if (op.success().kind() == BodyModel.Kind.JSON) {
        success = successRoot(bound, op.success().shape(), base, endpoint, call);
      }
      List<ModelNamer.Root> errors = new ArrayList<>();
      for (ErrorModel e : op.errors()) {
        ModelNamer.Root root = null;
        if (e.body().kind() == BodyModel.Kind.JSON) {
          boolean server = e.statusClass() == 5;
          String suffix = op.errors().size() > 1 ? (server ? "ServerError" : "ClientError")
              : "Error";
          // The first error body of the collection is "ErrorResponse": most APIs have one
          // error shape, and every request whose errors look alike shares it.
          root = models.addRoot(e.body().shape(), ModelNamer.Family.ERROR,
              Names.of(server ? "ServerErrorResponse" : "ErrorResponse", base + suffix),
              Names.NONE, Names.of(base + suffix), "Error body (HTTP "
              + String.join(", ", e.statuses().stream().map(String::valueOf).toList())
              + ") of " + call + ".");
        }
        errors.add(root);
      }
      List<ModelNamer.Root> others = new ArrayList<>();
      for (StatusModel other : op.otherSuccess()) {
        // Another 2xx status with another body: its own type, named after the status.
        String status = statusWord(other.statuses().get(0));
        others.add(other.body().kind() != BodyModel.Kind.JSON ? null : models.addRoot(
            other.body().shape(), ModelNamer.Family.SUCCESS, Names.NONE, Names.NONE,
            Names.of(base + status + "Response"),
            "Response body (HTTP " + other.statuses().get(0) + ") of " + call + "."));
      }
      roots.put(bound, new OperationBuilder.Roots(request, success, errors, others));
    }
  }

  /**
   * The type a request body is written as, never a response's: named after what it is sent to
   * and shared only by like-shaped bodies sent to the same (the endpoint of an RPC-style request,
   * {@code LinkTokenCreateRequest}; else the path's resource, {@code CommentRequest}, then with
   * the verb, {@code UpdateCommentRequest}: a {@code {body}} sent to a comment and one sent to a
   * review are two types); the request's own name, for it alone, when those are taken.
   */
  private ModelNamer.Root requestRoot(Shape body, String base, String verb, String resource,
      String endpoint, String sentTo, String call) {
    String scope = endpoint.isEmpty() ? resource : endpoint;
    Names shared = !endpoint.isEmpty() ? Names.of(endpoint + "Request")
        : resource.isEmpty() ? Names.NONE
        : Names.of(resource + "Request", verb + resource + "Request");
    // Requests to one endpoint send one model (EndpointBodies): the first one's type.
    return models.addRoot(body, ModelNamer.Family.REQUEST, scope, sentTo, shared, Names.NONE,
        Names.of(base + "Request"), "Request body of " + call + ".", null, null);
  }

  /**
   * The type a 2xx body is read as, named after what it is: the path's resource ({@code
   * Organization}, a page of them {@code OrganizationList}), the same qualified by where it
   * lives when another shape has the name ({@code RepoComment}), or the RPC endpoint ({@code
   * LinkTokenCreateResponse}); the request's own name only when those are taken, and then for
   * this request alone.
   */
  private ModelNamer.Root successRoot(BoundOperation bound, Shape body, String base,
      String endpoint, String call) {
    boolean graphql = bound.binding().body().graphqlQuery() != null;
    boolean array = body instanceof Shape.ArrayShape;
    String own = base + (array ? "ResponseItem" : "Response");
    String doc = "Response body of " + call + ".";
    if (!endpoint.isEmpty()) {
      return models.addRoot(body, ModelNamer.Family.SUCCESS, endpoint, Names.of(endpoint
          + (array ? "ResponseItem" : "Response")), Names.NONE, Names.of(own), doc, null, null);
    }
    String what = ResourceNames.bodyResource(bound.path(), graphql,
        withoutNumbering(bound.name()));
    if (what.isEmpty()) {
      return models.addRoot(body, ModelNamer.Family.SUCCESS, Names.NONE, Names.NONE,
          Names.of(own), doc);
    }
    Envelopes.Held held = Envelopes.held(body, what);
    String qualified = ResourceNames.qualifiedResource(bound.path(), what);
    if (held != null && held.list()) {
      // A page named after its member ("workflow_runs" → WorkflowRun) says more than the path.
      String member = JavaNames.pascal(JavaNames.singular(held.member().jsonName()), "");
      if (!Envelopes.isGeneric(held.member()) && member.endsWith(what)) {
        what = member;
      }
    }
    String suffix = held == null ? "" : held.list() ? "List" : "Response";
    // A second shape of the same resource: an element of a list, or the one in detail.
    String variant = what + (held != null ? (held.list() ? "Response" : "")
        : array ? "Item" : "Detail");
    Names shared = Names.of(what + suffix, qualified.isEmpty() ? "" : qualified + suffix,
        variant);
    // When every name of the resource is taken by other shapes: the item's noun phrase
    // (AuthenticatedUser), else what the verb returns (CreateResponse), shared by every request
    // returning that shape.
    String phrase = ResourceNames.itemPhrase(withoutNumbering(bound.name()), what);
    String generic = JavaNames.pascal(verb(bound.method()), "Call") + (array ? "ResponseItem"
        : "Response");
    return models.addRoot(body, ModelNamer.Family.SUCCESS, shared,
        Names.of(phrase.isEmpty() ? "" : phrase + suffix + (held == null && array ? "Item" : ""),
            generic),
        Names.of(own), doc,
        held == null ? null : held.member(), what);
  }

  /** "Accepted" for 202: what a second 2xx status of one request is called. */
  static String statusWord(int status) {
    return switch (status) {
      case 200 -> "Ok";
      case 201 -> "Created";
      case 202 -> "Accepted";
      case 203 -> "NonAuthoritative";
      case 206 -> "PartialContent";
      case 207 -> "MultiStatus";
      default -> "Status" + status;
    };
  }

  /** "ByRecordId" for {@code /Leads/{{record-id}}}, else the last literal segment. */
  static String pathQualifier(List<String> path) {
    List<String> vars = new ArrayList<>();
    String last = "";
    for (String seg : path) {
      String var = Binder.segmentVariable(seg);
      if (var != null) {
        vars.add(JavaNames.pascal(var, "Id"));
      } else if (!seg.isBlank()) {
        last = seg;
      }
    }
    return vars.isEmpty() ? JavaNames.pascal(last, "Root") : "By" + String.join("And", vars);
  }

  private static String plainTypeName(BoundOperation op) {
    List<String> folders = op.folders();
    String item = JavaNames.pascal(withoutNumbering(op.name()), "");
    String folder = folders.isEmpty() ? ""
        : JavaNames.pascal(withoutNumbering(folders.get(folders.size() - 1)), "");
    String name = item.toLowerCase(Locale.ROOT).contains(folder.toLowerCase(Locale.ROOT))
        ? item : folder + item;
    if (name.isEmpty()) {
      name = JavaNames.pascal(verb(op.method()) + " " + String.join(" ", op.path()),
          "Operation");
    }
    return JavaNames.limit(Character.isDigit(name.charAt(0)) ? "Op" + name : name);
  }

  /**
   * Drops version strings ("v1.54.0", "2.0", "v3") from a name: a client is named after what it
   * talks to, and "1.54.0" would otherwise become the digits of {@code Dashboard1540Client}.
   */
  static String withoutVersions(String name) {
    String stripped = VERSION.matcher(name).replaceAll(" ");
    return stripped.isBlank() ? name : stripped;
  }

  /** Drops ordering prefixes authors add to sort items: "25. Create booking", "3) Login". */
  static String withoutNumbering(String name) {
    String stripped = NUMBERING.matcher(name).replaceFirst("");
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
    return VERB_FIRST.matcher(name).matches();
  }

  private ClientGroup group(String className, String accessor, BoundFolder folder) {
    OperationBuilder builder = new OperationBuilder(models, roots);
    Namespace methods = new Namespace(Set.of("builder", "close", "transport", "toString",
        "hashCode", "equals", "getClass", "wait", "notify", "notifyAll", "clone", "finalize"));
    List<ClientGroup> children = new ArrayList<>();
    for (BoundFolder f : folder.folders()) {
      String base = JavaNames.pascal(withoutVersions(withoutNumbering(f.name())), "Folder");
      String cls = clientClasses.allocate(base + "Client",
          className.replace("Client", "") + base + "Client");
      String folderName = withoutNumbering(f.name());
      String acc = methods.allocate(JavaNames.camel(folderName, "folder"),
          JavaNames.camel(folderName, "folder") + "Folder");
      children.add(group(cls, acc, f));
    }
    List<OperationDecl> operations = new ArrayList<>();
    for (BoundOperation op : folder.operations()) {
      String itemName = withoutNumbering(op.name());
      String plain = JavaNames.camel(itemName, "call");
      String withVerb = startsWithVerb(JavaNames.pascal(itemName, "")) ? plain
          : verb(op.method()) + JavaNames.pascal(itemName, "Call");
      // First come, first served (see nameOperationTypes): appending never renames.
      String method = methods.allocate(plain, withVerb, withVerb + pathQualifier(op.path()));
      methods.reserve(method + "WithResponse");
      methods.reserve(method + "Async");
      OperationDecl decl = builder.build(op, method);
      authKinds.add(decl.binding().auth().kind());
      operations.add(decl);
    }
    List<String> doc = folder.description() == null ? List.of()
        : List.of(folder.description());
    return new ClientGroup(className, accessor, folder.name(), doc, operations, children);
  }
}
