package io.github.postman2java.infer;

import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.diag.SourceLocation;
import io.github.postman2java.overrides.Overrides;
import io.github.postman2java.sample.BodySample;
import io.github.postman2java.sample.ExampleSample;
import io.github.postman2java.sample.OperationSamples;
import io.github.postman2java.sample.SampleSet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Infer stage: samples → {@link ShapeGraph}.
 *
 * <ol>
 *   <li>Request model: from the raw bodies of the requests to its endpoint ({@link
 *       EndpointBodies}), never from saved examples' original requests (those may be invalid on
 *       purpose, like an example sending a misspelt field).
 *   <li>Success model: every 2xx example (and examples without status) merged into one evidence.
 *   <li>Error models: examples grouped by status class (4xx, 5xx), never merged with success.
 *   <li>Error codes: collected across the collection by {@link ErrorCodeCollector}.
 * </ol>
 */
public final class ShapeInferrer {
  private ShapeInferrer() {}

  /** Infers the shapes of every operation. */
  public static ShapeGraph infer(SampleSet samples, Diagnostics diagnostics) {
    return infer(samples, Overrides.NONE, diagnostics);
  }

  /**
   * Infers the shapes of every operation, reading error codes also from the member the
   * overrides file names ({@code "errorCode"}); a member no example has is P2J061.
   */
  public static ShapeGraph infer(SampleSet samples, Overrides overrides,
      Diagnostics diagnostics) {
    Overrides.ErrorCodeRule rule = overrides.errorCode();
    ErrorCodeCollector codes = new ErrorCodeCollector(rule == null ? null : rule.member());
    ShapeGraph graph = infer(samples, codes, diagnostics);
    if (rule != null && !codes.userMemberSeen()) {
      diagnostics.error(DiagnosticCode.P2J061_OVERRIDE_UNMATCHED, rule.at(), "no example has"
          + " a member \"" + rule.member() + "\" holding a constant-like string; the error"
          + " code member names the JSON member as written, e.g. \"err_code\"");
    }
    return graph;
  }

  private static ShapeGraph infer(SampleSet samples, ErrorCodeCollector codes,
      Diagnostics diagnostics) {
    for (OperationSamples op : samples.operations()) {
      op.examples().forEach(codes::add);
    }
    List<ErrorCode> errorCodes = codes.codes();
    Vocabulary vocabulary = vocabulary(samples, errorCodes);
    // Operations are inferred independently from the collection-wide vocabulary, so in parallel;
    // each reports into its own diagnostics, added in collection order (deterministic output).
    List<Diagnostics> reports = new ArrayList<>();
    for (int i = 0; i < samples.operations().size(); i++) {
      reports.add(new Diagnostics());
    }
    // The requests to one endpoint share one request model, read once from all their bodies;
    // what reading it finds is reported once, with the first request's findings.
    List<List<BodySample>> requestBodies = EndpointBodies.of(samples.operations());
    Map<List<BodySample>, Integer> firstUse = new IdentityHashMap<>();
    for (int i = 0; i < requestBodies.size(); i++) {
      if (requestBodies.get(i).size() > 1) {
        firstUse.putIfAbsent(requestBodies.get(i), i);
      }
    }
    Map<List<BodySample>, BodyModel> shared = new IdentityHashMap<>();
    firstUse.entrySet().parallelStream()
        .map(e -> Map.entry(e.getKey(), model(e.getKey(), reports.get(e.getValue()),
            e.getKey().get(0).location(), vocabulary)))
        .toList()
        .forEach(e -> shared.put(e.getKey(), e.getValue()));
    List<OperationShapes> operations = IntStream.range(0, samples.operations().size())
        .parallel()
        .mapToObj(i -> operation(samples.operations().get(i), shared.get(requestBodies.get(i)),
            vocabulary, reports.get(i)))
        .toList();
    reports.forEach(diagnostics::addAll);
    return new ShapeGraph(operations, errorCodes, codes.places());
  }

  /**
   * The shapes of one request; {@code endpointRequest} is the request model its endpoint's
   * requests share ({@link EndpointBodies}), or null when it reads its own body alone.
   */
  private static OperationShapes operation(OperationSamples op, BodyModel endpointRequest,
      Vocabulary vocabulary, Diagnostics diagnostics) {
    SourceLocation at = op.location();
    BodyModel request = op.requestBody() == null ? null
        : endpointRequest != null ? endpointRequest
        : model(List.of(op.requestBody()), diagnostics, op.requestBody().location(), vocabulary);
    // A request body holding placeholders where its model has no string ("<integer>" from an
    // OpenAPI import) is a template too: the manifest says so, so nobody reads it as the type.
    boolean requestTemplate = request != null && request.kind() == BodyModel.Kind.JSON
        && op.requestBody().json() != null
        && !ExampleFit.fits(op.requestBody().json(), request.shape());
    List<BodySample> success = new ArrayList<>();
    TreeMap<Integer, List<BodySample>> successByStatus = new TreeMap<>();
    TreeMap<Integer, List<ExampleSample>> errors = new TreeMap<>();
    for (ExampleSample ex : op.examples()) {
      if (ex.isSuccess()) {
        success.add(ex.body());
        successByStatus.computeIfAbsent(ex.status(), k -> new ArrayList<>()).add(ex.body());
      } else if (ex.statusClass() >= 4) {
        errors.computeIfAbsent(Math.min(ex.statusClass(), 5), k -> new ArrayList<>()).add(ex);
      }
    }
    List<ErrorModel> errorModels = new ArrayList<>();
    java.util.Set<BodySample> templates = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    errors.forEach((statusClass, examples) -> {
      List<BodySample> bodies = examples.stream().map(ExampleSample::body).toList();
      BodyModel model = model(bodies, diagnostics, at, vocabulary);
      errorModels.add(new ErrorModel(statusClass,
          examples.stream().map(ExampleSample::status).sorted().distinct().toList(), model));
      markTemplates(bodies, model, templates);
    });
    // Probing each status reports nothing: the bodies' findings come from the models kept.
    List<StatusModel> others = new ArrayList<>();
    List<BodySample> main = StatusSplit.mainBodies(success, successByStatus, others,
        bodies -> model(bodies, new Diagnostics(), at, vocabulary));
    others.replaceAll(o -> new StatusModel(o.statuses(), model(successByStatus.get(
        o.statuses().get(0)), diagnostics, at, vocabulary)));
    BodyModel successModel = model(main, diagnostics, at, vocabulary);
    markTemplates(main, successModel, templates);
    for (StatusModel other : others) {
      markTemplates(successByStatus.get(other.statuses().get(0)), other.body(), templates);
    }
    return new OperationShapes(strip(op, templates, requestTemplate), request,
        successModel, errorModels, others);
  }

  /** Notes the bodies whose placeholders sit where the model cannot read them. */
  private static void markTemplates(List<BodySample> bodies, BodyModel model,
      java.util.Set<BodySample> templates) {
    if (model.kind() != BodyModel.Kind.JSON) {
      return;
    }
    for (BodySample b : bodies) {
      if (b.json() != null && !ExampleFit.fits(b.json(), model.shape())) {
        templates.add(b);
      }
    }
  }

  /** The samples without JSON trees, templates marked (see {@link ExampleFit}). */
  private static OperationSamples strip(OperationSamples op, java.util.Set<BodySample> templates,
      boolean requestTemplate) {
    OperationSamples stripped = op.withoutJson();
    List<ExampleSample> examples = new ArrayList<>();
    for (int i = 0; i < op.examples().size(); i++) {
      ExampleSample ex = stripped.examples().get(i);
      examples.add(templates.contains(op.examples().get(i).body())
          ? ex.withBody(ex.body().asTemplate()) : ex);
    }
    return stripped.withExamples(requestTemplate ? stripped.requestBody().asTemplate()
        : stripped.requestBody(), examples);
  }

  /** Merges bodies: JSON wins over text, text over empty; no bodies → UNKNOWN. */
  /** Every JSON body of the collection, in file order: what each member name holds. */
  static Vocabulary vocabulary(SampleSet samples) {
    ErrorCodeCollector codes = new ErrorCodeCollector();
    for (OperationSamples op : samples.operations()) {
      op.examples().forEach(codes::add);
    }
    return vocabulary(samples, codes.codes());
  }

  /** Every JSON body of the collection, in file order, and the collection's error codes. */
  private static Vocabulary vocabulary(SampleSet samples, List<ErrorCode> errorCodes) {
    Vocabulary vocabulary = new Vocabulary(errorCodes.stream().map(ErrorCode::value).toList());
    for (OperationSamples op : samples.operations()) {
      if (op.requestBody() != null && op.requestBody().json() != null) {
        vocabulary.add(op.requestBody().json());
      }
      for (ExampleSample ex : op.examples()) {
        if (ex.body().json() != null) {
          vocabulary.add(ex.body().json());
        }
      }
    }
    return vocabulary;
  }

  private static BodyModel model(List<BodySample> bodies, Diagnostics diagnostics,
      SourceLocation at, Vocabulary vocabulary) {
    if (bodies.isEmpty()) {
      return BodyModel.UNKNOWN;
    }
    Evidence evidence = new Evidence();
    boolean text = false;
    SourceLocation where = at;
    int sample = 0;
    for (BodySample b : bodies) {
      switch (b.kind()) {
        case JSON -> {
          EvidenceCollector.add(evidence, b.json(), sample++);
          where = b.location();
        }
        case TEXT -> text = true;
        default -> { }
      }
    }
    if (evidence.seen > 0) {
      Shape shape = new ShapeResolver(diagnostics, where, vocabulary).resolve(evidence, null, "$");
      return new BodyModel(BodyModel.Kind.JSON, shape);
    }
    return new BodyModel(text ? BodyModel.Kind.TEXT : BodyModel.Kind.EMPTY, null);
  }
}
