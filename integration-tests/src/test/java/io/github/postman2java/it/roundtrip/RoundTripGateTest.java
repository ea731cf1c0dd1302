package io.github.postman2java.it.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.it.SharedCorpus;
import io.github.postman2java.naming.FieldDecl;
import io.github.postman2java.naming.TypeDecl;
import io.github.postman2java.naming.TypeRef;
import io.github.postman2java.sample.Placeholders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
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
 * The lossless gate (issues 3 and 13): every collection of {@code ../shared/corpus} and {@code
 * sample-collections} generates and compiles with {@code -Xlint:all -Werror}, and every saved
 * example and request body whose JSON parses is read into the type the manifest names and
 * written back, with a plain {@code new ObjectMapper().findAndRegisterModules()} and with the
 * client's own mapper, giving the same JSON ({@link JsonEquivalence}: explicit nulls stay, absent
 * stays absent, numbers keep kind and digits, date-times keep instant and offset):
 *
 * <ul>
 *   <li><b>strict</b>: the body as saved;
 *   <li><b>mutated</b>: the body with unknown members added to every object a model reads (odd
 *       keys, exact numbers), its first scalar property given a value of another JSON kind, and
 *       every enum value replaced by one no example has ({@link Mutations});
 *   <li><b>nulls</b>: every property of every request model, set to {@code null} through the
 *       builder, is written as a present {@code null} ({@link ExplicitNulls}).
 * </ul>
 *
 * <p>A body holding a template value ({@code "<boolean>"} from an OpenAPI import, a {@code
 * "{{variable}}"}) is checked like any other: a model keeps a value that does not fit its
 * property. Only one the manifest lists without a body type (a placeholder outside every object,
 * which no model can hold) is counted apart ("templates"), never as a pass.
 *
 * <p>Every collection is generated twice, for Jackson 2 (plain {@code ObjectMapper} and the
 * client's) and for Jackson 3 (a plain {@code tools.jackson} {@code ObjectMapper} and the
 * client's); the Jackson 3 rows are named {@code collection@jackson3}.
 *
 * <p>Fails when a collection stops compiling or a count falls below the committed baseline,
 * naming the JSON pointer of the first difference; {@code -Droundtrip.updateBaseline=true}
 * rewrites the baseline. Without the corpus, fails when {@code CI=true}, else skips it visibly.
 */
class RoundTripGateTest {
  static final Path CORPUS = SharedCorpus.DIR;
  static final Path SAMPLES = Path.of("..", "sample-collections");
  static final Path BASELINE = Path.of("src", "test", "resources", "roundtrip-baseline.tsv");
  /**
   * Reads numbers exactly, so the comparison sees every digit and each number's kind ({@code 2.0}
   * stays a decimal: Jackson would strip its zero by default).
   */
  static final ObjectMapper EXACT = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
  private static final List<RoundTripReport> REPORTS = new ArrayList<>();

  @TempDir static Path work;

  @TestFactory
  Stream<DynamicTest> everyCollectionRoundTripsLosslessly() throws IOException {
    List<Path> collections = new ArrayList<>(list(SAMPLES));
    boolean corpus = Files.isDirectory(CORPUS);
    if (corpus) {
      collections.addAll(list(CORPUS));
    }
    Map<String, int[]> baseline = readBaseline();
    // Fails in CI without the corpus; elsewhere shows as skipped (sample collections still run).
    Stream<DynamicTest> corpusPresent = Stream.of(DynamicTest.dynamicTest("corpus present",
        SharedCorpus::requireDir));
    Stream<DynamicTest> gates = collections.stream().flatMap(c -> Stream.of(2, 3).map(jackson ->
        DynamicTest.dynamicTest(rowName(name(c), jackson), () -> {
          RoundTripReport report = check(c, jackson);
          synchronized (REPORTS) {
            REPORTS.add(report);
          }
          assertThat(report.compiled).as("%s compiles: %s", report.collection,
              report.compileError).isTrue();
          int[] floor = baseline.getOrDefault(report.collection, new int[3]);
          assertThat(new int[] {report.roundTripped, report.mutatedOk, report.nullOk})
              .as("%s strict/mutated/explicit-null counts (baseline %d/%d/%d); first failures %s",
                  report.collection, floor[0], floor[1], floor[2], report.firstFailure)
              .satisfies(counts -> {
                for (int i = 0; i < 3; i++) {
                  assertThat(counts[i]).isGreaterThanOrEqualTo(floor[i]);
                }
              });
        })));
    return Stream.concat(corpusPresent, gates);
  }

  /** The report and baseline row of a collection: Jackson 2 output, or "name@jackson3". */
  private static String rowName(String collection, int jackson) {
    return jackson == 2 ? collection : collection + "@jackson3";
  }

  @AfterAll
  static void printTableAndMaybeUpdateBaseline() throws IOException {
    List<RoundTripReport> sorted = REPORTS.stream()
        .sorted(java.util.Comparator.comparing(r -> r.collection)).toList();
    StringBuilder table = new StringBuilder("\n").append(RoundTripReport.header()).append('\n');
    int json = 0;
    int strict = 0;
    int mutated = 0;
    int nulls = 0;
    int nullOk = 0;
    int compiled = 0;
    int templates = 0;
    for (RoundTripReport r : sorted) {
      table.append(r.row()).append('\n');
      json += r.jsonBodies;
      templates += r.templates;
      strict += r.roundTripped;
      mutated += r.mutatedOk;
      nulls += r.nullFields;
      nullOk += r.nullOk;
      compiled += r.compiled ? 1 : 0;
      r.firstFailure.forEach((reason, detail) -> table.append("    ").append(reason)
          .append(": ").append(detail).append('\n'));
    }
    table.append(String.format("TOTAL: %d/%d collections compile; of %d JSON bodies %d strict"
        + " (%.1f%%), %d mutated (%.1f%%); explicit null %d/%d (%.1f%%); %d templates (a"
        + " placeholder outside every object, no body type) left out%n", compiled, sorted.size(),
        json, strict, percent(strict, json), mutated, percent(mutated, json), nullOk, nulls,
        percent(nullOk, nulls), templates));
    System.out.println(table);
    if (Boolean.getBoolean("roundtrip.updateBaseline")) {
      StringBuilder tsv = new StringBuilder(
          "# collection\tstrict\tmutated\texplicit-null (floors: both mappers pass)\n");
      sorted.forEach(r -> tsv.append(r.collection).append('\t').append(r.roundTripped)
          .append('\t').append(r.mutatedOk).append('\t').append(r.nullOk).append('\n'));
      Files.writeString(BASELINE, tsv.toString(), StandardCharsets.UTF_8);
      System.out.println("Updated " + BASELINE);
    }
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 100.0 : 100.0 * part / whole;
  }

  /** Generates {@code collection} for Jackson 2 or 3 and round-trips every body it holds. */
  private RoundTripReport check(Path collection, int jackson) throws Exception {
    String name = name(collection);
    RoundTripReport report = new RoundTripReport(rowName(name, jackson));
    String pkg = "gate.jackson" + jackson + "."
        + name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    GenerationResult result = CodegenRun.execute(
        GeneratorOptions.builder(collection, pkg).jackson(jackson).build());
    countUntyped(result, report);
    InMemoryCompiler.Result compiled = InMemoryCompiler.compile(result.files(),
        work.resolve(report.collection));
    report.compiled = compiled.succeeded();
    if (!compiled.succeeded()) {
      report.compileError = compiled.diagnostics().lines().limit(6).toList().toString();
      return report;
    }
    ClassLoader loader = compiled.loader();
    Object clientMapper = Class.forName(pkg + ".ClientConfig", true, loader)
        .getMethod("defaultObjectMapper").invoke(null);
    Map<String, WireMapper> mappers = new LinkedHashMap<>();
    if (jackson == 2) {
      mappers.put("plain mapper", WireMapper.jackson2(new ObjectMapper().findAndRegisterModules()));
      mappers.put("client mapper", WireMapper.jackson2((ObjectMapper) clientMapper));
    } else {
      mappers.put("plain Jackson 3 mapper",
          WireMapper.jackson3(new tools.jackson.databind.ObjectMapper(), loader));
      mappers.put("client Jackson 3 mapper", WireMapper.jackson3(
          (tools.jackson.databind.ObjectMapper) clientMapper, loader));
    }
    // The gate's own view of the types (Jackson 2, whatever the generated code uses).
    ObjectMapper any = new ObjectMapper();
    any.setTypeFactory(any.getTypeFactory().withClassLoader(loader));
    ModelTypes types = new ModelTypes(loader, pkg, any.getTypeFactory());
    Mutations mutations = new Mutations(types, EXACT);
    ExplicitNulls nulls = new ExplicitNulls(types);
    JsonNode doc = new ObjectMapper().readTree(collection.toFile());
    for (JsonNode op : any.readTree(result.manifestJson()).get("operations")) {
      report.requests++;
      String pointer = op.get("pointer").asText();
      JsonNode requestType = op.get("requestBodyType");
      if (requestType != null && requestType.isTextual()) {
        nulls.addRequestType(any.getTypeFactory().constructFromCanonical(requestType.asText()));
      }
      roundTrip(mappers, any, mutations, report, doc.at(pointer + "/request/body/raw"),
          requestType, pointer + "/request/body/raw");
      for (JsonNode ex : op.get("examples")) {
        report.examples++;
        roundTrip(mappers, any, mutations, report,
            doc.at(ex.get("pointer").asText() + "/body"), ex.get("bodyType"),
            ex.get("pointer").asText() + "/body");
      }
    }
    report.membersAdded = mutations.membersAdded;
    report.enumValuesReplaced = mutations.enumValuesReplaced;
    report.misfitsPlaced = mutations.misfitsPlaced;
    mappers.forEach((mapperName, mapper) -> nulls.check(mapper, mapperName, report));
    return report;
  }

  private static void roundTrip(Map<String, WireMapper> mappers, ObjectMapper types,
      Mutations mutations, RoundTripReport report, JsonNode bodyText, JsonNode type,
      String where) {
    if (bodyText == null || !bodyText.isTextual() || bodyText.asText().isBlank()) {
      return;
    }
    JsonNode expected;
    try {
      expected = EXACT.readTree(bodyText.asText());
    } catch (IOException e) {
      return; // not JSON as written (placeholders, comments): outside the gate
    }
    if (expected == null || !expected.isContainerNode()) {
      return;
    }
    if (type == null || type.isNull()) {
      if (holdsTemplateValue(expected)) {
        report.templates++; // a placeholder outside every object: listed without a body type
      } else {
        report.jsonBodies++;
        report.fail("no type", where);
      }
      return;
    }
    JavaType javaType = types.getTypeFactory().constructFromCanonical(type.asText());
    JsonNode mutated = mutations.mutate(expected, javaType);
    Map<String, String> failures = new LinkedHashMap<>();
    for (Map.Entry<String, WireMapper> m : mappers.entrySet()) {
      String at = m.getKey() + ": " + where;
      sameBack(m.getValue(), javaType, expected, "strict", at, failures);
      sameBack(m.getValue(), javaType, mutated, "mutated", at, failures);
    }
    report.jsonBodies++;
    failures.forEach(report::fail);
    report.roundTripped += failures.keySet().stream().anyMatch(k -> k.startsWith("strict"))
        ? 0 : 1;
    report.mutatedOk += failures.keySet().stream().anyMatch(k -> k.startsWith("mutated"))
        ? 0 : 1;
  }

  /**
   * Whether {@code json} holds a template value: a type placeholder such as {@code "<integer>"}
   * (collections imported from OpenAPI) or a {@code "{{variable}}"}, which stands for a value of
   * the type the model has and cannot be read as it.
   */
  private static boolean holdsTemplateValue(JsonNode json) {
    if (json.isTextual()) {
      return Placeholders.isTemplateValue(json.textValue());
    }
    for (JsonNode child : json) {
      if (holdsTemplateValue(child)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads {@code json} as {@code type}, writes it back and compares; a difference goes into
   * {@code failures} (reason → where, the first per reason).
   */
  private static void sameBack(WireMapper mapper, JavaType type, JsonNode json, String kind,
      String where, Map<String, String> failures) {
    try {
      Object value = mapper.read(EXACT.writeValueAsString(json), type);
      JsonNode back = EXACT.readTree(mapper.write(value, type));
      String difference = JsonEquivalence.firstDifference(json, back, "");
      if (difference != null) {
        failures.putIfAbsent(kind + " differs", where + " at " + difference);
      }
    } catch (Exception e) {
      failures.putIfAbsent(kind + " " + e.getClass().getSimpleName(), where + " "
          + WireMapper.describe(e));
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

  /** Floors per collection: strict, mutated, explicit-null. */
  private static Map<String, int[]> readBaseline() throws IOException {
    Map<String, int[]> out = new TreeMap<>();
    if (Files.exists(BASELINE)) {
      for (String line : Files.readAllLines(BASELINE, StandardCharsets.UTF_8)) {
        if (!line.startsWith("#") && line.contains("\t")) {
          String[] parts = line.split("\t");
          int[] floors = new int[3];
          for (int i = 0; i < 3 && i + 1 < parts.length; i++) {
            floors[i] = Integer.parseInt(parts[i + 1].trim());
          }
          out.put(parts[0], floors);
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
