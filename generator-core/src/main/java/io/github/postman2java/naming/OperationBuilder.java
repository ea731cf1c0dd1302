package io.github.postman2java.naming;

import io.github.postman2java.binding.Binding;
import io.github.postman2java.binding.BoundOperation;
import io.github.postman2java.infer.BodyModel;
import io.github.postman2java.infer.ErrorModel;
import io.github.postman2java.infer.OperationShapes;
import io.github.postman2java.infer.StatusModel;
import io.github.postman2java.naming.OperationDecl.ErrorBinding;
import io.github.postman2java.naming.OperationDecl.ExampleRef;
import io.github.postman2java.sample.BodySample;
import io.github.postman2java.sample.ExampleSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the {@link OperationDecl} of one request once its names are decided. */
final class OperationBuilder {
  private final ModelNamer models;
  private final Map<BoundOperation, Roots> roots;

  /**
   * The types an operation's bodies were registered as ({@code null} where a body is no object
   * or enum); {@code errors} follows the operation's error models.
   */
  record Roots(ModelNamer.Root request, ModelNamer.Root success, List<ModelNamer.Root> errors,
      List<ModelNamer.Root> otherSuccess) {
    Roots {
      errors = java.util.Collections.unmodifiableList(new ArrayList<>(errors));
      otherSuccess = java.util.Collections.unmodifiableList(new ArrayList<>(otherSuccess));
    }
  }

  OperationBuilder(ModelNamer models, Map<BoundOperation, Roots> roots) {
    this.models = models;
    this.roots = roots;
  }

  OperationDecl build(BoundOperation bound, String javaMethod) {
    OperationShapes op = bound.shapes();
    Roots own = roots.get(bound);
    Binding binding = bound.binding();
    TypeRef requestType = null;
    String contentType = null;
    if (binding.body().kind() == Binding.BodyKind.JSON) {
      requestType = bodyType(op.request(), own == null ? null : own.request());
      contentType = binding.body().contentType();
    } else if (binding.body().kind() == Binding.BodyKind.TEXT) {
      requestType = new TypeRef.Text();
      contentType = binding.body().contentType();
    }
    TypeRef success = bodyType(op.success(), own == null ? null : own.success());
    boolean binary = success == null || success instanceof TypeRef.Text
        || success instanceof TypeRef.Any ? binaryExamples(op) : false;
    if (binary) {
      success = null;
    }
    List<ErrorBinding> errors = new ArrayList<>();
    for (int i = 0; i < op.errors().size(); i++) {
      ErrorModel e = op.errors().get(i);
      ModelNamer.Root root = own == null ? null : own.errors().get(i);
      errors.add(new ErrorBinding(e.statusClass(), e.statuses(), bodyType(e.body(), root)));
    }
    // The manifest lists examples in file order; inference saw them sorted by content.
    List<ExampleSample> inFileOrder = new ArrayList<>(op.samples().examples());
    inFileOrder.sort(java.util.Comparator.comparingInt(ExampleSample::fileIndex));
    List<ExampleRef> examples = new ArrayList<>();
    for (ExampleSample ex : inFileOrder) {
      TypeRef type = null;
      if (ex.body().kind() == io.github.postman2java.sample.BodySample.Kind.JSON) {
        type = ex.isSuccess() ? successType(op, own, ex.status(), success) : errors.stream()
            .filter(e -> e.statusClass() == Math.min(ex.statusClass(), 5))
            .map(ErrorBinding::type).findFirst().orElse(null);
        if (!fits(ex.body().root(), type)) {
          type = null; // e.g. a "{{placeholder}}" string beside object examples: not modelled
        }
      } else if (ex.body().kind() == io.github.postman2java.sample.BodySample.Kind.TEXT) {
        type = new TypeRef.Text();
      }
      examples.add(new ExampleRef(ex.location().pointer(), ex.name(), ex.status(), type));
    }
    List<String> doc = bound.description() == null ? List.of() : List.of(bound.description());
    return new OperationDecl(
        bound.pointer(),
        bound.name(),
        bound.folders(),
        bound.method(),
        bound.rawUrl(),
        javaMethod,
        doc,
        binding,
        requestType,
        contentType,
        success,
        binary,
        op.success().kind(),
        errors,
        examples,
        bound.pagination(),
        op.samples().requestBody() != null
            && op.samples().requestBody().root() == BodySample.Root.TEMPLATE);
  }

  /** The type of a 2xx example: its status's own when that status has another body. */
  private TypeRef successType(OperationShapes op, Roots own, int status, TypeRef success) {
    for (int i = 0; i < op.otherSuccess().size(); i++) {
      StatusModel other = op.otherSuccess().get(i);
      if (other.statuses().contains(status)) {
        return bodyType(other.body(), own == null ? null : own.otherSuccess().get(i));
      }
    }
    return success;
  }

  /** Whether a body whose top is {@code root} can be read as {@code type}. */
  private static boolean fits(io.github.postman2java.sample.BodySample.Root root, TypeRef type) {
    if (type == null || type instanceof TypeRef.Any) {
      return true;
    }
    return switch (root) {
      case OBJECT -> type instanceof TypeRef.Named || type instanceof TypeRef.MapOf;
      case ARRAY -> type instanceof TypeRef.ListOf;
      case SCALAR -> type instanceof TypeRef.Scalar || type instanceof TypeRef.Text;
      case NONE -> true;
      case TEMPLATE -> false;
    };
  }

  private TypeRef bodyType(BodyModel body, ModelNamer.Root root) {
    return switch (body.kind()) {
      case JSON -> datesAsText(models.ref(body.shape(), root));
      case TEXT -> new TypeRef.Text();
      case EMPTY -> null;
      case UNKNOWN -> new TypeRef.Any();
    };
  }

  /**
   * A date or date-time outside every object (the body itself, or the items of a list or map
   * that is the body) is typed as {@code String}: no model's reader holds its text there, and
   * a plain mapper writes an {@code OffsetDateTime} as a number and a {@code LocalDate} as an
   * array, moved to UTC. Inside a model the runtime keeps the text and the typed accessor parses.
   */
  static TypeRef datesAsText(TypeRef ref) {
    if (ref instanceof TypeRef.Scalar s && (s.type() == JavaType.OFFSET_DATE_TIME
        || s.type() == JavaType.LOCAL_DATE)) {
      return new TypeRef.Scalar(JavaType.STRING);
    }
    if (ref instanceof TypeRef.ListOf l) {
      return new TypeRef.ListOf(datesAsText(l.item()));
    }
    if (ref instanceof TypeRef.MapOf m) {
      return new TypeRef.MapOf(datesAsText(m.value()));
    }
    return ref;
  }

  /** Whether the 2xx examples are binary (images, PDFs, archives, octet streams). */
  private static boolean binaryExamples(OperationShapes op) {
    boolean any = false;
    for (ExampleSample ex : op.samples().examples()) {
      if (!ex.isSuccess()) {
        continue;
      }
      String type = ex.body().contentType();
      if (type == null) {
        return false;
      }
      String t = type.toLowerCase(java.util.Locale.ROOT);
      if (!(t.startsWith("image/") || t.startsWith("audio/") || t.startsWith("video/")
          || t.startsWith("application/octet-stream") || t.startsWith("application/pdf")
          || t.startsWith("application/zip") || t.startsWith("application/gzip"))) {
        return false;
      }
      any = true;
    }
    return any;
  }
}
