package io.github.postman2java.it.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postman2java.diag.GenerationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round-trip gate over any directory of JSON documents ({@code -Dp2j.documents=DIR}, every
 * {@code *.json} in it), for the kind of check an outsider runs with documents nobody here has
 * seen: each document becomes a one-folder collection holding it as a saved example response
 * and as a raw JSON request body, which must generate (no crash; a coded diagnostic counts as
 * not generated), compile with {@code -Xlint:all -Werror} and pass {@link CollectionGate}'s
 * strict, mutated and explicit-null checks, scalar and {@code null} documents included.
 * {@code -Dp2j.documents.jackson=2,3} also checks the Jackson 3 output (default {@code 2}).
 *
 * <p>Skipped, with the reason in the report, without the property: the documents are never part
 * of the repository, so CI does not run it. Prints a summary and, per failure, the document and
 * the JSON pointer of the first difference or the diagnostic.
 */
class DocumentsGateTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Outcome> OUTCOMES = new ArrayList<>();

  @TempDir static Path temp;
  /** Where collections and generated sources go: {@code -Dp2j.documents.work=DIR} keeps them. */
  private static Path work;

  /** What one document (for one Jackson) came to. */
  record Outcome(String document, boolean generated, boolean compiled, boolean strict,
      boolean mutated, boolean nulls, int bodies, int nullFields, String failure) {}

  @TestFactory
  Stream<DynamicTest> everyDocumentRoundTripsLosslessly() throws IOException {
    String dir = System.getProperty("p2j.documents");
    if (dir == null || dir.isBlank()) {
      // One skipped test with the reason, so the report shows why nothing was checked.
      return Stream.of(DynamicTest.dynamicTest("documents", () -> Assumptions.abort(
          "-Dp2j.documents=DIR is not set: no documents to check (they are not in the"
              + " repository)")));
    }
    String keep = System.getProperty("p2j.documents.work", "");
    work = keep.isBlank() ? temp : Files.createDirectories(Path.of(keep));
    List<Path> documents;
    try (Stream<Path> files = Files.list(Path.of(dir))) {
      documents = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
          .toList();
    }
    List<Integer> jacksons = Arrays.stream(System.getProperty("p2j.documents.jackson", "2")
        .split(",")).map(String::trim).map(Integer::valueOf).toList();
    return documents.stream().flatMap(d -> jacksons.stream().map(jackson ->
        DynamicTest.dynamicTest(CollectionGate.rowName(stem(d), jackson), () -> {
          Outcome outcome = check(d, jackson);
          synchronized (OUTCOMES) {
            OUTCOMES.add(outcome);
          }
          assertThat(outcome.failure()).as(outcome.document()).isEmpty();
        })));
  }

  private static Outcome check(Path document, int jackson) throws IOException {
    String name = CollectionGate.rowName(stem(document), jackson);
    Path collection = work.resolve(name + ".postman_collection.json");
    Files.writeString(collection, wrap(stem(document),
        Files.readString(document, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    RoundTripReport r;
    try {
      r = CollectionGate.check(collection, jackson, "d" + stem(document), work, true);
    } catch (GenerationException e) {
      return new Outcome(name, false, false, false, false, false, 0, 0,
          "diagnostic: " + firstLine(e.getMessage()));
    } catch (Exception | Error e) {
      return new Outcome(name, false, false, false, false, false, 0, 0,
          "crash: " + e.getClass().getName() + ": " + firstLine(String.valueOf(e.getMessage())));
    }
    if (!r.compiled) {
      return new Outcome(name, true, false, false, false, false, 0, 0,
          "compile: " + r.compileError);
    }
    boolean strict = r.jsonBodies > 0 && r.roundTripped == r.jsonBodies && r.templates == 0;
    boolean mutated = r.jsonBodies > 0 && r.mutatedOk == r.jsonBodies && r.templates == 0;
    boolean nulls = r.nullOk == r.nullFields;
    String failure = strict && mutated && nulls ? ""
        : "bodies " + r.jsonBodies + " strict " + r.roundTripped + " mutated " + r.mutatedOk
            + " templates " + r.templates + " nulls " + r.nullOk + "/" + r.nullFields + " "
            + r.firstFailure + (r.warnings.isEmpty() ? "" : " warnings " + r.warnings);
    return new Outcome(name, true, true, strict, mutated, nulls, r.jsonBodies, r.nullFields,
        failure);
  }

  /**
   * A Postman v2.1 collection holding {@code document} as the saved 200 response of a GET and
   * as the raw JSON body of a POST (whose 201 response holds it too).
   */
  static String wrap(String name, String document) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("info").put("name", "Documents " + name)
        .put("schema", "https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
    ArrayNode items = root.putArray("item");
    ObjectNode get = items.addObject().put("name", "Get document");
    ObjectNode getRequest = request(get, "GET");
    example(get, getRequest, "ok", 200, document);
    ObjectNode post = items.addObject().put("name", "Send document");
    ObjectNode postRequest = request(post, "POST");
    postRequest.putArray("header").addObject().put("key", "Content-Type")
        .put("value", "application/json");
    ObjectNode body = postRequest.putObject("body").put("mode", "raw").put("raw", document);
    body.putObject("options").putObject("raw").put("language", "json");
    example(post, postRequest, "created", 201, document);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static ObjectNode request(ObjectNode item, String method) {
    ObjectNode request = item.putObject("request").put("method", method);
    ObjectNode url = request.putObject("url").put("raw", "https://api.example.com/documents");
    url.put("protocol", "https");
    url.putArray("host").add("api").add("example").add("com");
    url.putArray("path").add("documents");
    return request;
  }

  private static void example(ObjectNode item, ObjectNode request, String name, int code,
      String body) {
    ObjectNode response = item.withArray("response").addObject().put("name", name);
    response.set("originalRequest", request.deepCopy());
    response.put("status", code == 200 ? "OK" : "Created").put("code", code)
        .put("_postman_previewlanguage", "json");
    response.putArray("header").addObject().put("key", "Content-Type")
        .put("value", "application/json");
    response.put("body", body);
  }

  @AfterAll
  static void printSummary() {
    if (OUTCOMES.isEmpty()) {
      return;
    }
    List<Outcome> sorted = OUTCOMES.stream()
        .sorted(java.util.Comparator.comparing(Outcome::document)).toList();
    StringBuilder out = new StringBuilder(String.format(
        "%nDocumentsGateTest: %d documents, %d generated, %d compiled, %d strict, %d mutated,"
        + " %d explicit-null (%d bodies read and written back, %d request properties sent as"
        + " null)%n", sorted.size(),
        sorted.stream().filter(Outcome::generated).count(),
        sorted.stream().filter(Outcome::compiled).count(),
        sorted.stream().filter(Outcome::strict).count(),
        sorted.stream().filter(Outcome::mutated).count(),
        sorted.stream().filter(Outcome::nulls).count(),
        sorted.stream().mapToInt(Outcome::bodies).sum(),
        sorted.stream().mapToInt(Outcome::nullFields).sum()));
    sorted.stream().filter(o -> !o.failure().isEmpty()).forEach(o -> out.append("  FAIL ")
        .append(o.document()).append(": ").append(o.failure()).append('\n'));
    System.out.println(out);
  }

  private static String stem(Path document) {
    return document.getFileName().toString().replaceAll("\\.json$", "");
  }

  private static String firstLine(String s) {
    return s.lines().findFirst().orElse("");
  }
}
