package io.github.postman2java.binding;

import io.github.postman2java.collection.Environments;
import io.github.postman2java.collection.Placeholder;
import io.github.postman2java.collection.PostmanAuth;
import io.github.postman2java.collection.PostmanCollection;
import io.github.postman2java.collection.PostmanFolder;
import io.github.postman2java.collection.PostmanItem;
import io.github.postman2java.collection.PostmanRequest;
import io.github.postman2java.collection.PostmanRequestItem;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.infer.BodyModel;
import io.github.postman2java.infer.OperationShapes;
import io.github.postman2java.infer.ShapeGraph;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binding stage: the (redacted) collection and its inferred shapes → {@link BoundCollection}.
 * Each request is turned into its HTTP form once ({@link BindingAnalyzer}, auth after folder
 * inheritance through {@link AuthBinder}); the folder tree is kept as {@link BoundFolder}s. After
 * this stage nothing reads the collection.
 */
public final class Binder {
  private final Diagnostics diagnostics;
  private final Map<PostmanRequestItem, OperationShapes> shapesOf = new IdentityHashMap<>();
  private final Map<PostmanRequestItem, BoundOperation> bound = new IdentityHashMap<>();

  private Binder(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Binds every request of {@code collection}; {@code shapes} are its requests in file order. */
  public static BoundCollection bind(PostmanCollection collection, ShapeGraph shapes,
      Diagnostics diagnostics) {
    return new Binder(diagnostics).run(collection, shapes);
  }

  private BoundCollection run(PostmanCollection collection, ShapeGraph shapes) {
    List<PostmanRequestItem> requests = requestsInFileOrder(collection.items(),
        new ArrayList<>());
    if (requests.size() != shapes.operations().size()) {
      throw new IllegalStateException("shapes and requests differ in number");
    }
    for (int i = 0; i < requests.size(); i++) {
      OperationShapes op = shapes.operations().get(i);
      if (!op.pointer().equals(requests.get(i).location().pointer())) {
        throw new IllegalStateException("shapes out of file order at " + op.pointer());
      }
      shapesOf.put(requests.get(i), op);
    }
    BoundFolder root = folder(collection.name(), collection.description(), collection.items(),
        collection.auth());
    List<BoundOperation> inFileOrder = new ArrayList<>();
    String baseUrl = null;
    String baseVar = null;
    for (PostmanRequestItem r : requests) {
      inFileOrder.add(bound.get(r));
      if (baseVar == null) {
        baseVar = BindingAnalyzer.baseUrlVariable(r.request().url());
      }
      if (baseUrl == null) {
        baseUrl = BindingAnalyzer.origin(r.request().url());
      }
    }
    return new BoundCollection(collection.fileName(), root, inFileOrder, shapes.errorCodes(),
        shapes.errorCodePlaces(),
        baseVar == null ? baseUrl : variableBaseUrl(collection, baseVar), baseVar);
  }

  /**
   * The value of the base-URL variable (from the collection or an environment) when it is a
   * plain absolute http(s) URL: it becomes the builder's default. Anything else (empty, a
   * placeholder, a redacted credential, a relative path) leaves {@code baseUrl} required.
   */
  private static String variableBaseUrl(PostmanCollection collection, String variable) {
    String value = Environments.value(collection.variables(), variable);
    if (value == null || Placeholder.contains(value)
        || !value.strip().matches("(?i)https?://[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]+")) {
      return null;
    }
    try {
      return new URI(value.strip()).getHost() == null ? null : value.strip();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * Returns the variable a path segment stands for ({@code :id} or the first {@code {{var}}}),
   * or {@code null} for a literal segment.
   */
  public static String segmentVariable(String segment) {
    String colon = Placeholder.pathVariable(segment);
    return colon != null ? colon : Placeholder.firstName(segment);
  }

  private static List<PostmanRequestItem> requestsInFileOrder(List<PostmanItem> items,
      List<PostmanRequestItem> out) {
    for (PostmanItem item : items) {
      if (item instanceof PostmanFolder f) {
        requestsInFileOrder(f.items(), out);
      } else if (item instanceof PostmanRequestItem r) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * A folder: its sub-folders first, then its own requests (the order client classes and
   * methods are named in, so diagnostics keep that order too).
   */
  private BoundFolder folder(String name, String description, List<PostmanItem> items,
      PostmanAuth inherited) {
    List<BoundFolder> folders = new ArrayList<>();
    for (PostmanItem item : items) {
      if (item instanceof PostmanFolder f) {
        folders.add(folder(f.name(), f.description(), f.items(),
            f.auth() != null ? f.auth() : inherited));
      }
    }
    List<BoundOperation> operations = new ArrayList<>();
    for (PostmanItem item : items) {
      if (item instanceof PostmanRequestItem r) {
        BoundOperation op = operation(r, inherited);
        bound.put(r, op);
        operations.add(op);
      }
    }
    return new BoundFolder(name, description, folders, operations);
  }

  private BoundOperation operation(PostmanRequestItem item, PostmanAuth inherited) {
    OperationShapes shapes = shapesOf.get(item);
    PostmanRequest request = item.request();
    PostmanAuth auth = request.auth() != null ? request.auth() : inherited;
    boolean jsonBody = shapes.request() != null
        && shapes.request().kind() == BodyModel.Kind.JSON;
    Binding binding = new BindingAnalyzer(diagnostics).analyze(request, auth, jsonBody,
        shapes.samples().graphqlVariables());
    String description = item.description() != null && !item.description().isBlank()
        ? item.description()
        : request.description() != null && !request.description().isBlank()
            ? request.description() : null;
    return new BoundOperation(shapes, request.method(), request.url().raw(),
        request.url().path(), description, binding, pagination(item, shapes));
  }

  /** How the request pages, from its examples; reported as an info. */
  private Pagination pagination(PostmanRequestItem item, OperationShapes shapes) {
    if (shapes.success().kind() != BodyModel.Kind.JSON) {
      return null;
    }
    Pagination found = PaginationDetector.detect(item, shapes.success().shape()).orElse(null);
    if (found != null) {
      diagnostics.info(DiagnosticCode.P2J070_PAGINATION_DETECTED, item.location(),
          "paginated: " + found.evidence() + "; page methods and an auto-pager generated");
    }
    return found;
  }
}
