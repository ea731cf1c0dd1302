package io.github.postman2java.it.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.it.quality.TypeQualityReport.Metric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 12's measure: the generated types of collections that come with an OpenAPI description
 * compared with that description (the test's oracle; the generator never reads a spec). Cases:
 * the corpus collections whose vendor spec is in {@code ../shared/specs}, and every {@code
 * sample-collections/<name>.postman_collection.json} with a {@code <name>.openapi.yaml} (or
 * {@code .json}) beside it. Prints the figures and the first misses of each kind, and fails when
 * a figure is worse than in the committed baseline ({@code -Dtypequality.updateBaseline=true}
 * rewrites it: do that on purpose, when figures improve). {@code ../shared} is found relative to
 * the repository root like the corpus tests; {@code -Dp2j.shared=<dir>} points elsewhere (a
 * worktree), and with {@code CI=true} a missing folder fails instead of skipping.
 */
class TypeQualityTest {
  static final Path SHARED = Path.of(System.getProperty("p2j.shared",
      Path.of("..", "..", "shared").toString()));
  static final Path SAMPLES = Path.of("..", "sample-collections");
  static final Path BASELINE = Path.of("src", "test", "resources", "type-quality-baseline.tsv");
  /** Tolerance for figures printed with one decimal. */
  private static final double EPSILON = 0.05;
  private static final List<TypeQualityReport> REPORTS = new ArrayList<>();

  /** A collection and its OpenAPI description. */
  record Case(String name, Path collection, Path spec) {}

  @TestFactory
  Stream<DynamicTest> generatedTypesMatchTheVendorSchema() throws IOException {
    List<Case> cases = new ArrayList<>(sampleCases());
    Path corpus = SHARED.resolve("corpus");
    Path specs = SHARED.resolve("specs");
    if (Files.isDirectory(corpus) && Files.isDirectory(specs)) {
      cases.add(new Case("github-v3-rest", corpus.resolve("github-v3-rest.postman_collection.json"),
          specs.resolve("github-api.github.com-0.0.4.json")));
      cases.add(new Case("plaid-api", corpus.resolve("plaid-api.postman_collection.json"),
          specs.resolve("plaid-2020-09-14.yml")));
    } else {
      String why = SHARED.toAbsolutePath().normalize() + "/{corpus,specs} is absent";
      assertThat("true".equalsIgnoreCase(System.getenv("CI")))
          .as("CI=true but %s: the vendor specs must be checked in CI", why).isFalse();
      System.out.println("TypeQualityTest: " + why
          + " (a clone without ../shared; -Dp2j.shared=<dir> points to it): only"
          + " sample-collections are scored");
    }
    Map<String, Map<Metric, Double>> baseline = readBaseline();
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      TypeQualityReport report = score(c);
      synchronized (REPORTS) {
        REPORTS.add(report);
      }
      assertThat(report.comparedOperations).as("%s: operations compared with the spec", c.name())
          .isPositive();
      List<String> regressions = regressions(report, baseline.get(c.name()));
      assertThat(regressions).as("%s: figures worse than %s (if intended, rerun with"
          + " -Dtypequality.updateBaseline=true and commit the file)%n%s%s", c.name(), BASELINE,
          TypeQualityReport.header() + "\n" + report.row() + "\n", report.details()).isEmpty();
    }));
  }

  static TypeQualityReport score(Case c) throws IOException {
    String pkg = "quality." + c.name().replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    GenerationResult result = CodegenRun.generate(c.collection(), pkg);
    JsonNode doc = new ObjectMapper().readTree(c.collection().toFile());
    TypeQualityReport report = new TypeQualityReport(c.name());
    new TypeQualityScorer(OpenApiSpec.read(c.spec()), result.model(), doc, report).score();
    return report;
  }

  private static List<String> regressions(TypeQualityReport report, Map<Metric, Double> floor) {
    List<String> out = new ArrayList<>();
    if (floor == null) {
      return out;
    }
    report.figures().forEach((metric, value) -> {
      Double before = floor.get(metric);
      if (before == null) {
        return;
      }
      if (value == null) {
        out.add(metric.label + ": was " + before + ", now not measured");
      } else if (metric.higherIsBetter ? value < before - EPSILON : value > before + EPSILON) {
        out.add(metric.label + ": was " + before + ", now " + value);
      }
    });
    return out;
  }

  @AfterAll
  static void printAndMaybeUpdateBaseline() throws IOException {
    List<TypeQualityReport> sorted = REPORTS.stream()
        .sorted(Comparator.comparing((TypeQualityReport r) -> r.collection)).toList();
    StringBuilder table = new StringBuilder("\nType quality against the vendor schema\n")
        .append(TypeQualityReport.header()).append('\n');
    sorted.forEach(r -> table.append(r.row()).append('\n').append(r.details()));
    System.out.println(table);
    if (Boolean.getBoolean("typequality.updateBaseline")) {
      Map<String, Map<Metric, Double>> merged = new TreeMap<>(readBaseline());
      sorted.forEach(r -> merged.put(r.collection, r.figures()));
      StringBuilder tsv = new StringBuilder("# collection");
      for (Metric m : Metric.values()) {
        tsv.append('\t').append(m.label);
      }
      tsv.append("\n# floors of TypeQualityTest (\"-\": not measured); rewrite with"
          + " -Dtypequality.updateBaseline=true\n");
      merged.forEach((name, figures) -> {
        tsv.append(name);
        for (Metric m : Metric.values()) {
          Double v = figures.get(m);
          tsv.append('\t').append(v == null ? "-" : String.format(Locale.ROOT, "%.1f", v));
        }
        tsv.append('\n');
      });
      Files.writeString(BASELINE, tsv.toString(), StandardCharsets.UTF_8);
      System.out.println("Updated " + BASELINE.toAbsolutePath().normalize());
    }
  }

  private static Map<String, Map<Metric, Double>> readBaseline() throws IOException {
    Map<String, Map<Metric, Double>> out = new TreeMap<>();
    if (!Files.exists(BASELINE)) {
      return out;
    }
    for (String line : Files.readAllLines(BASELINE, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\t");
      Map<Metric, Double> figures = new LinkedHashMap<>();
      for (int i = 0; i < Metric.values().length && i + 1 < parts.length; i++) {
        String v = parts[i + 1].trim();
        figures.put(Metric.values()[i], v.equals("-") ? null : Double.parseDouble(v));
      }
      out.put(parts[0], figures);
    }
    return out;
  }

  private static List<Case> sampleCases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path p : files.sorted().toList()) {
        String file = p.getFileName().toString();
        if (!file.endsWith(".postman_collection.json")) {
          continue;
        }
        String name = file.substring(0, file.length() - ".postman_collection.json".length());
        for (String ext : List.of(".openapi.yaml", ".openapi.json")) {
          Path spec = SAMPLES.resolve(name + ext);
          if (Files.exists(spec)) {
            out.add(new Case(name, p, spec));
          }
        }
      }
    }
    return out;
  }
}
