package io.github.postman2java.golden;

import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.codegen.JavaGenerator;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.diag.GenerationException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One golden case: an input collection and the files it must produce, kept under {@code
 * src/test/resources/golden/} (layout in {@code golden/README.md}).
 *
 * <ul>
 *   <li>{@link Kind#WHOLE}: a collection of {@code sample-collections/}; {@code <name>/expected/**}
 *       and {@code <name>/manifest.json}.
 *   <li>{@link Kind#RUNTIME}: {@code runtime/}; only the runtime support classes,
 *       which every other case leaves out because they never depend on the collection.
 *   <li>{@link Kind#GOOD}: {@code cases/good/<feature>/collection.json}; {@code expected/**} and,
 *       when the run warns, {@code diagnostics.txt}.
 *   <li>{@link Kind#BAD}: {@code cases/bad/<problem>/collection.json}; {@code diagnostics.txt}
 *       holds every diagnostic the rejected input gets, one per line, as the CLI prints them.
 * </ul>
 *
 * <p>An optional {@code options.properties} sets {@code package}, {@code failOnWarnings}, {@code
 * failOnSecrets}, {@code fixtures} (also generate the test fixtures; always on for the whole
 * collections and the runtime), {@code jackson} ({@code 2} or {@code 3}), {@code runtime} (a good
 * case that also checks the runtime support classes) and {@code collection} (another input,
 * relative to {@code generator-core/}). An {@code overrides.json} beside the collection is the
 * case's overrides file.
 */
record GoldenCase(String name, Kind kind, Path collection, Path dir, Properties options) {
  static final Path SAMPLES = Path.of("..", "sample-collections");
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  static final String SUFFIX = ".postman_collection.json";
  static final String EXPECTED = "expected/";
  static final String MANIFEST = "manifest.json";
  static final String DIAGNOSTICS = "diagnostics.txt";
  /** The case's overrides file, when it has one. */
  static final String OVERRIDES = "overrides.json";

  /** What a case checks. */
  enum Kind { WHOLE, RUNTIME, GOOD, BAD }

  /** Every case that produces sources (all but {@link Kind#BAD}). */
  static List<GoldenCase> generating() {
    return all().stream().filter(c -> c.kind != Kind.BAD).toList();
  }

  /** Every case, whole collections first, then the runtime, the good and the bad cases. */
  static List<GoldenCase> all() {
    List<GoldenCase> cases = new ArrayList<>();
    for (Path sample : list(SAMPLES)) {
      String file = sample.getFileName().toString();
      if (file.endsWith(SUFFIX)) {
        String name = file.substring(0, file.length() - SUFFIX.length());
        cases.add(of(name, Kind.WHOLE, sample, GOLDEN.resolve(name)));
      }
    }
    Path runtime = GOLDEN.resolve("runtime");
    cases.add(of("runtime", Kind.RUNTIME, runtime.resolve("collection.json"), runtime));
    for (Kind kind : List.of(Kind.GOOD, Kind.BAD)) {
      Path root = GOLDEN.resolve("cases").resolve(kind.name().toLowerCase(Locale.ROOT));
      for (Path dir : list(root)) {
        String name = kind.name().toLowerCase(Locale.ROOT) + "/" + dir.getFileName();
        cases.add(of(name, kind, dir.resolve("collection.json"), dir));
      }
    }
    return cases;
  }

  private static GoldenCase of(String name, Kind kind, Path collection, Path dir) {
    Properties p = new Properties();
    Path options = dir.resolve("options.properties");
    if (Files.exists(options)) {
      try (Reader r = Files.newBufferedReader(options)) {
        p.load(r);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String input = p.getProperty("collection");
    return new GoldenCase(name, kind, input == null ? collection : Path.of(input), dir, p);
  }

  String packageName() {
    String last = dir.getFileName().toString().replaceAll("[^A-Za-z0-9]", "")
        .toLowerCase(Locale.ROOT);
    return options.getProperty("package", "com.example." + last);
  }

  /** Runs the generator; the whole output, runtime classes included (to compile it). */
  GenerationResult generate() {
    Path overrides = dir.resolve(OVERRIDES);
    return CodegenRun.execute(GeneratorOptions.builder(collection, packageName())
        .overrides(Files.exists(overrides) ? overrides : null)
        .failOnWarnings(Boolean.parseBoolean(options.getProperty("failOnWarnings")))
        .failOnSecrets(Boolean.parseBoolean(options.getProperty("failOnSecrets")))
        .fixtures(kind == Kind.WHOLE || kind == Kind.RUNTIME
            || Boolean.parseBoolean(options.getProperty("fixtures")))
        .jackson(jackson())
        .build());
  }

  /** The Jackson major version the case generates for ({@code jackson}, default 2). */
  int jackson() {
    return Integer.parseInt(options.getProperty("jackson", "2"));
  }

  /**
   * What this case checks, by path relative to {@link #dir}: generated files under {@code
   * expected/}, plus {@code manifest.json} and {@code diagnostics.txt} where the kind has them.
   */
  TreeMap<String, String> actual() {
    TreeMap<String, String> files = new TreeMap<>();
    if (kind == Kind.BAD) {
      try {
        generate();
        throw new AssertionError(name + " must be rejected but generated sources");
      } catch (GenerationException e) {
        files.put(DIAGNOSTICS, render(e.diagnostics()));
      }
      return files;
    }
    GenerationResult result = generate();
    boolean withRuntime = Boolean.parseBoolean(options.getProperty("runtime"));
    for (GeneratedFile f : everyFile(result)) {
      boolean runtime = JavaGenerator.isRuntimeSupport(f, packageName());
      if (runtime == (kind == Kind.RUNTIME) || (runtime && withRuntime)) {
        files.put(EXPECTED + f.relativePath(), f.content());
      }
    }
    if (kind == Kind.WHOLE) {
      files.put(MANIFEST, result.manifestJson());
    }
    if (kind != Kind.RUNTIME && !(result.warnings().isEmpty() && result.infos().isEmpty())) {
      List<Diagnostic> shown = new ArrayList<>(result.warnings());
      shown.addAll(result.infos());
      files.put(DIAGNOSTICS, render(shown));
    }
    return files;
  }

  /** The client and its fixtures (test sources and resources), sorted by path. */
  static List<GeneratedFile> everyFile(GenerationResult result) {
    List<GeneratedFile> all = new ArrayList<>(result.files());
    all.addAll(result.fixtures());
    all.sort(java.util.Comparator.comparing(GeneratedFile::relativePath));
    return all;
  }

  /** The checked-in files of this case, keyed like {@link #actual()}. */
  TreeMap<String, String> expected() throws IOException {
    TreeMap<String, String> files = new TreeMap<>();
    for (Path p : checkedIn()) {
      files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
    }
    return files;
  }

  /** Replaces the checked-in files with {@code actual}. */
  void update(TreeMap<String, String> actual) throws IOException {
    for (Path p : checkedIn()) {
      Files.delete(p);
    }
    for (var e : actual.entrySet()) {
      Path target = dir.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, e.getValue());
      System.out.println("Updated " + target);
    }
  }

  private List<Path> checkedIn() throws IOException {
    List<Path> files = new ArrayList<>();
    Path expected = dir.resolve(EXPECTED);
    if (Files.isDirectory(expected)) {
      try (Stream<Path> walk = Files.walk(expected)) {
        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    for (String name : List.of(MANIFEST, DIAGNOSTICS)) {
      if (Files.exists(dir.resolve(name))) {
        files.add(dir.resolve(name));
      }
    }
    return files;
  }

  private static String render(List<Diagnostic> diagnostics) {
    StringBuilder text = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      text.append(d.render()).append('\n');
    }
    return text.toString();
  }

  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
