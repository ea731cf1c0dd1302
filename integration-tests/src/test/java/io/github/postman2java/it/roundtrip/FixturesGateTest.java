package io.github.postman2java.it.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.codegen.GeneratedFile;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's gate: for every collection of {@code ../shared/corpus} and {@code
 * sample-collections}, the client and its test fixtures compile together with {@code -Xlint:all
 * -Werror}, and every typed fixture reads back as its model from the text kept as a resource.
 * Prints how many also write back to equal JSON (exact round trip).
 */
class FixturesGateTest {
  /** The corpus; {@code -Dcorpus=DIR} points elsewhere (a worktree outside the checkout). */
  static final Path CORPUS = Path.of(System.getProperty("corpus",
      RoundTripGateTest.CORPUS.toString()));

  @TempDir static Path work;

  @TestFactory
  Stream<DynamicTest> everyFixtureReadsBackAsItsModel() throws IOException {
    List<Path> collections = new ArrayList<>(list(RoundTripGateTest.SAMPLES));
    if (Files.isDirectory(CORPUS)) {
      collections.addAll(list(CORPUS));
    } else if ("true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true but " + CORPUS.toAbsolutePath()
          + " is missing");
    } else {
      System.out.println("FixturesGateTest: " + CORPUS.toAbsolutePath()
          + " is absent: only sample-collections are checked");
    }
    return collections.stream().map(c -> DynamicTest.dynamicTest(name(c), () -> check(c)));
  }

  private void check(Path collection) throws Exception {
    String name = name(collection);
    String pkg = "fx." + name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    GenerationResult result = CodegenRun.execute(GeneratorOptions.builder(collection, pkg)
        .fixtures(true).build());
    List<GeneratedFile> java = new ArrayList<>(result.files());
    result.fixtures().stream().filter(f -> f.relativePath().endsWith(".java")).forEach(java::add);
    Path dir = work.resolve(name);
    InMemoryCompiler.Result compiled = InMemoryCompiler.compile(java, dir);
    assertThat(compiled.succeeded()).as("%s compiles: %s", name, compiled.diagnostics()).isTrue();
    for (GeneratedFile f : result.fixtures()) {
      if (!f.relativePath().endsWith(".java")) {
        Path target = dir.resolve("classes").resolve(f.relativePath());
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.content(), StandardCharsets.UTF_8);
      }
    }
    Class<?> examples = examplesClass(compiled.loader(), result, pkg);
    Assumptions.assumeTrue(examples != null, name + " has no saved examples");
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    int typed = 0;
    int exact = 0;
    List<String> inexact = new ArrayList<>();
    ErrorCodeReadBack codes = ErrorCodeReadBack.of(compiled.loader(), result.model());
    for (Object example : (List<?>) examples.getMethod("all").invoke(null)) {
      Method body = example.getClass().getMethod("body");
      String raw = (String) example.getClass().getMethod("rawBody").invoke(example);
      if (codes != null) {
        codes.add(example.toString(), (int) example.getClass().getMethod("status")
            .invoke(example), raw);
      }
      Object value = body.invoke(example); // throws when the fixture does not read as its type
      if (value == null || value instanceof String || raw == null) {
        continue;
      }
      typed++;
      JsonNode expected = mapper.readTree(raw);
      JsonNode back = mapper.readTree(mapper.writeValueAsString(value));
      String difference = JsonEquivalence.firstDifference(expected, back, "");
      if (difference == null) {
        exact++;
      } else if (inexact.size() < 3) {
        inexact.add(example + " at " + difference);
      }
    }
    System.out.printf("FixturesGateTest: %-40s %4d typed fixtures read back, %4d exact%s%n",
        name, typed, exact, inexact.isEmpty() ? "" : "; e.g. " + inexact);
    if (codes != null) {
      System.out.printf("FixturesGateTest: %-40s %4d JSON error examples, %4d hold a listed"
          + " code, %4d read as its constant%n", name, codes.errors, codes.holding, codes.known);
      assertThat(codes.missed).as("%s: error examples whose listed code reads as UNKNOWN", name)
          .isEmpty();
    }
  }

  private static Class<?> examplesClass(ClassLoader loader, GenerationResult result, String pkg)
      throws ClassNotFoundException {
    for (GeneratedFile f : result.fixtures()) {
      String path = f.relativePath();
      if (path.endsWith("Examples.java") && path.indexOf('/', (pkg + ".fixtures/").length()) < 0) {
        return Class.forName(path.replace('/', '.').replaceAll("\\.java$", ""), true, loader);
      }
    }
    return null;
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
