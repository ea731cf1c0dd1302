package io.github.postman2java.golden;

import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One golden case: a collection of {@code sample-collections/} and its expected output under
 * {@code src/test/resources/golden/<case>/} ({@code expected/**} and {@code manifest.json}).
 */
record GoldenCase(String name, Path collection, Path dir, String packageName) {
  static final Path SAMPLES = Path.of("..", "sample-collections");
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  static final String SUFFIX = ".postman_collection.json";

  static List<GoldenCase> all() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
          .sorted()
          .map(GoldenCase::of)
          .toList();
    }
  }

  static GoldenCase of(Path collection) {
    String file = collection.getFileName().toString();
    String name = file.substring(0, file.length() - SUFFIX.length());
    Path dir = GOLDEN.resolve(name);
    String pkg = "com.example." + name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    Path options = dir.resolve("options.properties");
    if (Files.exists(options)) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(options)) {
        p.load(r);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      pkg = p.getProperty("package", pkg);
    }
    return new GoldenCase(name, collection, dir, pkg);
  }

  Path expected() {
    return dir.resolve("expected");
  }

  GenerationResult generate() {
    return CodegenRun.generate(collection, packageName);
  }

  @Override
  public String toString() {
    return name;
  }
}
