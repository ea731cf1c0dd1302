package io.github.postman2java.it.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.it.SharedCorpus;
import io.github.postman2java.naming.FieldDecl;
import io.github.postman2java.naming.TypeDecl;
import io.github.postman2java.naming.TypeRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate of issue 3: every collection of {@code ../shared/corpus} and {@code sample-collections}
 * generates, compiles with {@code -Xlint:all -Werror}, and every saved example and request body
 * whose JSON parses deserializes into the type the manifest names and serializes back to
 * equivalent JSON. Prints a table; fails when a collection stops compiling or its round-trip count
 * falls below the committed baseline ({@code -Droundtrip.updateBaseline=true} rewrites it).
 */
class RoundTripGateTest {
  static final Path CORPUS = SharedCorpus.DIR;
  static final Path SAMPLES = Path.of("..", "sample-collections");
  static final Path BASELINE = Path.of("src", "test", "resources", "roundtrip-baseline.tsv");
  private static final List<RoundTripReport> REPORTS = new ArrayList<>();

  @TempDir static Path work;

  @TestFactory
  Stream<DynamicTest> everyCollectionCompilesAndRoundTrips() throws IOException {
    List<Path> collections = new ArrayList<>(list(SAMPLES));
    if (SharedCorpus.present("", "RoundTripGateTest")) {
      collections.addAll(list(CORPUS));
    }
    Map<String, Integer> baseline = readBaseline();
    return collections.stream().map(c -> DynamicTest.dynamicTest(name(c), () -> {
      RoundTripReport report = check(c);
      synchronized (REPORTS) {
        REPORTS.add(report);
      }
      assertThat(report.compiled).as("%s compiles: %s", report.collection, report.compileError)
          .isTrue();
      int floor = baseline.getOrDefault(report.collection, 0);
      assertThat(report.roundTripped)
          .as("%s round-tripped examples (baseline %d); first failures %s", report.collection,
              floor, report.firstFailure)
          .isGreaterThanOrEqualTo(floor);
    }));
  }

  @AfterAll
  static void printTableAndMaybeUpdateBaseline() throws IOException {
    List<RoundTripReport> sorted = REPORTS.stream()
        .sorted(java.util.Comparator.comparing(r -> r.collection)).toList();
    StringBuilder table = new StringBuilder("\n").append(RoundTripReport.header()).append('\n');
    int json = 0;
    int ok = 0;
    int compiled = 0;
    for (RoundTripReport r : sorted) {
      table.append(r.row()).append('\n');
      json += r.jsonBodies;
      ok += r.roundTripped;
      compiled += r.compiled ? 1 : 0;
      r.firstFailure.forEach((reason, detail) -> table.append("    ").append(reason)
          .append(": ").append(detail).append('\n'));
    }
    table.append(String.format("TOTAL: %d/%d collections compile; %d/%d JSON bodies round-trip"
        + " (%.1f%%)%n", compiled, sorted.size(), ok, json, json == 0 ? 100.0 : 100.0 * ok / json));
    System.out.println(table);
    if (Boolean.getBoolean("roundtrip.updateBaseline")) {
      StringBuilder tsv = new StringBuilder("# collection\tround-tripped JSON bodies (floor)\n");
      sorted.forEach(r -> tsv.append(r.collection).append('\t').append(r.roundTripped)
          .append('\n'));
      Files.writeString(BASELINE, tsv.toString(), StandardCharsets.UTF_8);
      System.out.println("Updated " + BASELINE);
    }
  }

  private RoundTripReport check(Path collection) throws IOException {
    String name = name(collection);
    RoundTripReport report = new RoundTripReport(name);
    String pkg = "gate." + name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    GenerationResult result = CodegenRun.generate(collection, pkg);
    countUntyped(result, report);
    InMemoryCompiler.Result compiled = InMemoryCompiler.compile(result.files(),
        work.resolve(name));
    report.compiled = compiled.succeeded();
    if (!compiled.succeeded()) {
      report.compileError = compiled.diagnostics().lines().limit(6).toList().toString();
      return report;
    }
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    mapper.setTypeFactory(mapper.getTypeFactory().withClassLoader(compiled.loader()));
    JsonNode doc = new ObjectMapper().readTree(collection.toFile());
    JsonNode manifest = mapper.readTree(result.manifestJson());
    for (JsonNode op : manifest.get("operations")) {
      report.requests++;
      String pointer = op.get("pointer").asText();
      roundTrip(mapper, report, doc.at(pointer + "/request/body/raw"),
          op.get("requestBodyType"), pointer + "/request/body");
      for (JsonNode ex : op.get("examples")) {
        report.examples++;
        roundTrip(mapper, report, doc.at(ex.get("pointer").asText() + "/body"),
            ex.get("bodyType"), ex.get("pointer").asText());
      }
    }
    return report;
  }

  private static void roundTrip(ObjectMapper mapper, RoundTripReport report, JsonNode bodyText,
      JsonNode type, String where) {
    if (bodyText == null || !bodyText.isTextual() || bodyText.asText().isBlank()) {
      return;
    }
    JsonNode expected;
    try {
      expected = new ObjectMapper().readTree(bodyText.asText());
    } catch (IOException e) {
      return; // not JSON as written (placeholders, comments): outside the gate
    }
    if (expected == null || !expected.isContainerNode()) {
      return;
    }
    report.jsonBodies++;
    if (type == null || type.isNull()) {
      report.fail("no type", where);
      return;
    }
    try {
      JavaType javaType = mapper.getTypeFactory().constructFromCanonical(type.asText());
      Object value = mapper.readerFor(javaType).readValue(expected);
      JsonNode back = mapper.readTree(mapper.writerFor(javaType).writeValueAsString(value));
      String difference = JsonEquivalence.firstDifference(expected, back, "");
      if (difference == null) {
        report.roundTripped++;
      } else {
        report.fail("differs", where + " at " + difference);
      }
    } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
      report.fail(e.getClass().getSimpleName(), where + " at " + e.getPathReference() + ": "
          + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException | RuntimeException e) {
      report.fail(e.getClass().getSimpleName(), where + ": " + String.valueOf(e.getMessage())
          .lines().findFirst().orElse(""));
    }
  }

  private static void countUntyped(GenerationResult result, RoundTripReport report) {
    Deque<TypeDecl> types = new ArrayDeque<>(result.model().modelTypes());
    while (!types.isEmpty()) {
      TypeDecl t = types.poll();
      if (t instanceof TypeDecl.RecordDecl r) {
        types.addAll(r.nested());
        for (FieldDecl f : r.fields()) {
          report.fields++;
          if (isUntyped(f.type())) {
            report.untypedFields++;
          }
        }
      }
    }
  }

  private static boolean isUntyped(TypeRef ref) {
    if (ref instanceof TypeRef.ListOf l) {
      return isUntyped(l.item());
    }
    if (ref instanceof TypeRef.MapOf m) {
      return isUntyped(m.value());
    }
    return ref instanceof TypeRef.Any;
  }

  private static Map<String, Integer> readBaseline() throws IOException {
    Map<String, Integer> out = new TreeMap<>();
    if (Files.exists(BASELINE)) {
      for (String line : Files.readAllLines(BASELINE, StandardCharsets.UTF_8)) {
        if (!line.startsWith("#") && line.contains("\t")) {
          String[] parts = line.split("\t");
          out.put(parts[0], Integer.parseInt(parts[1].trim()));
        }
      }
    }
    return out;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  private static String name(Path collection) {
    return collection.getFileName().toString().replace(".postman_collection.json", "")
        .replace(".json", "");
  }
}
