package io.github.postman2java.it.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postman2java.it.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
  /** The exact reader of the gate ({@link CollectionGate#EXACT}). */
  static final ObjectMapper EXACT = CollectionGate.EXACT;
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
          RoundTripReport report = CollectionGate.check(c, jackson, name(c), work, false);
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

  private static String rowName(String collection, int jackson) {
    return CollectionGate.rowName(collection, jackson);
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
