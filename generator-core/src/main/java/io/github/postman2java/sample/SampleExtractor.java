package io.github.postman2java.sample;

import io.github.postman2java.collection.PostmanBody;
import io.github.postman2java.collection.PostmanCollection;
import io.github.postman2java.collection.PostmanFolder;
import io.github.postman2java.collection.PostmanItem;
import io.github.postman2java.collection.PostmanRequestItem;
import io.github.postman2java.collection.PostmanResponse;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.diag.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Extract stage: collection → {@link SampleSet}.
 *
 * <ol>
 *   <li>Walk the folder tree (iteratively) and collect every request item with its folder path.
 *   <li>Read the request's raw body and each saved response body with {@link LenientJson}.
 *   <li>Classify each body as JSON, TEXT (warning P2J010) or EMPTY; an unreadable JSON-looking
 *       body is skipped with warning P2J011, never failing the run.
 *   <li>Sort examples by (status, name, body) so example order in the file cannot change output.
 * </ol>
 *
 * <p>Example: a saved response with body {@code "{\"id\": {{id}}}"} becomes a JSON sample
 * {@code {"id": <placeholder>}}.
 */
public final class SampleExtractor {
  private SampleExtractor() {}

  /** Extracts the samples of every request in {@code collection}. */
  public static SampleSet extract(PostmanCollection collection, Diagnostics diagnostics) {
    record Frame(PostmanItem item, List<String> folders) {}
    List<Frame> requests = new ArrayList<>();
    Deque<Frame> work = new ArrayDeque<>();
    for (int i = collection.items().size() - 1; i >= 0; i--) {
      work.push(new Frame(collection.items().get(i), List.of()));
    }
    while (!work.isEmpty()) {
      Frame f = work.pop();
      if (f.item() instanceof PostmanFolder folder) {
        List<String> path = new ArrayList<>(f.folders());
        path.add(folder.name());
        for (int i = folder.items().size() - 1; i >= 0; i--) {
          work.push(new Frame(folder.items().get(i), path));
        }
      } else if (f.item() instanceof PostmanRequestItem) {
        requests.add(f);
      }
    }
    // Bodies are parsed in parallel (each request on its own, with its own diagnostics);
    // results and diagnostics are then taken in file order, so output never depends on timing.
    record Done(OperationSamples samples, Diagnostics diagnostics) {}
    // Collections save the same body under many requests (GitHub: 328 large bodies, 203
    // distinct): each distinct text is parsed once and its tree shared, which nothing changes.
    Map<String, LenientJson.Result> parsed = new ConcurrentHashMap<>();
    List<Done> done = requests.parallelStream().map(f -> {
      Diagnostics local = new Diagnostics();
      return new Done(operation((PostmanRequestItem) f.item(), f.folders(), parsed, local),
          local);
    }).toList();
    List<OperationSamples> out = new ArrayList<>();
    for (Done d : done) {
      out.add(d.samples());
      diagnostics.addAll(d.diagnostics());
    }
    return new SampleSet(out);
  }

  private static OperationSamples operation(PostmanRequestItem item, List<String> folders,
      Map<String, LenientJson.Result> parsed, Diagnostics diagnostics) {
    BodySample request = requestBody(item, parsed, diagnostics);
    List<ExampleSample> examples = new ArrayList<>();
    List<String> sortKeys = new ArrayList<>();
    for (int index = 0; index < item.responses().size(); index++) {
      PostmanResponse r = item.responses().get(index);
      String contentType = r.header("Content-Type");
      BodySample body = body(r.body(), contentType, r.previewLanguage(), r.bodyLocation(),
          parsed, diagnostics);
      examples.add(new ExampleSample(r.name(), r.code(), body, r.location(), index));
      sortKeys.add(r.code() + "\u0000" + r.name() + "\u0000" + (r.body() == null ? "" : r.body()));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> examples.get(i).status())
        .thenComparing(i -> sortKeys.get(i)));
    List<ExampleSample> sorted = order.stream().map(examples::get).toList();
    PostmanBody body = item.request().body();
    List<GraphqlVariable> variables = body != null && !body.disabled()
        && body.mode() == PostmanBody.Mode.GRAPHQL
        ? GraphqlVariable.read(body.graphqlVariables(),
            item.request().location().child("body"), diagnostics)
        : List.of();
    return new OperationSamples(item.location(), item.name(), folders, request, sorted,
        variables, item.request().url().path(),
        Endpoints.of(item.request(), request == null ? null : request.json()));
  }

  private static BodySample requestBody(PostmanRequestItem item,
      Map<String, LenientJson.Result> parsed, Diagnostics diagnostics) {
    PostmanBody body = item.request().body();
    SourceLocation at = item.request().location().child("body");
    if (body == null || body.disabled() || body.mode() != PostmanBody.Mode.RAW) {
      return null;
    }
    String language = body.language();
    String contentType = "json".equals(language) ? "application/json" : null;
    return body(body.raw(), contentType, language, at, parsed, diagnostics);
  }

  /** Classifies one body; reports why a body is not typed. */
  static BodySample body(String text, String contentType, String language, SourceLocation at,
      Map<String, LenientJson.Result> parsed, Diagnostics diagnostics) {
    if (text == null || text.isBlank()) {
      return new BodySample(BodySample.Kind.EMPTY, null, contentType, at);
    }
    boolean declaredJson = isJson(contentType) || "json".equalsIgnoreCase(language);
    LenientJson.Result result = parsed.get(text);
    if (result == null) {
      result = LenientJson.read(text);
      parsed.putIfAbsent(text, result);
    }
    switch (result.status()) {
      case JSON:
        return new BodySample(BodySample.Kind.JSON, result.node(),
            contentType == null ? "application/json" : contentType, at);
      case TOO_LARGE:
        diagnostics.warn(DiagnosticCode.P2J011_SAMPLE_UNREADABLE, at,
            "JSON body exceeds a parser limit (depth " + LenientJson.MAX_DEPTH
                + ", number length " + LenientJson.MAX_NUMBER_LENGTH + "); sample skipped");
        return new BodySample(BodySample.Kind.EMPTY, null, contentType, at);
      default:
        if (declaredJson) {
          diagnostics.warn(DiagnosticCode.P2J011_SAMPLE_UNREADABLE, at,
              "body is declared as JSON but cannot be read; sample skipped");
          return new BodySample(BodySample.Kind.EMPTY, null, contentType, at);
        }
        diagnostics.warn(DiagnosticCode.P2J010_BODY_NOT_JSON, at,
            "body is not JSON (" + describe(contentType, language) + "); typed as String");
        return new BodySample(BodySample.Kind.TEXT, null, contentType, at);
    }
  }

  private static boolean isJson(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
  }

  private static String describe(String contentType, String language) {
    if (contentType != null && !contentType.isBlank()) {
      String ct = contentType.toLowerCase(Locale.ROOT);
      for (String kind : List.of("xml", "html", "text", "javascript", "csv")) {
        if (ct.contains(kind)) {
          return kind;
        }
      }
    }
    return language == null || language.isBlank() ? "text" : language.toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z]", "");
  }
}
