package io.github.postman2java.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.postman2java.GenerationResult;
import io.github.postman2java.codegen.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the generator's output for every sample collection with the checked-in golden files,
 * byte for byte. Run with {@code -Dgolden.update=true} to rewrite them (the run then fails, so CI
 * can never pass in update mode); read the diff like a code review.
 */
class GoldenFilesTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static List<GoldenCase> cases() throws IOException {
    return GoldenCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outputMatchesGoldenFiles(GoldenCase c) throws IOException {
    GenerationResult result = c.generate();
    TreeMap<String, String> actual = new TreeMap<>();
    for (GeneratedFile f : result.files()) {
      actual.put(f.relativePath(), f.content());
    }
    actual.put("../manifest.json", result.manifestJson());
    if (UPDATE) {
      update(c, actual);
      fail("Golden files of " + c.name() + " rewritten; review the diff and run again without"
          + " -Dgolden.update=true");
    }
    TreeMap<String, String> expected = read(c);
    assertThat(expected.keySet())
        .as("generated file paths of %s (run with -Dgolden.update=true to accept)", c.name())
        .containsExactlyElementsOf(actual.keySet());
    for (String path : actual.keySet()) {
      assertThat(actual.get(path))
          .as("%s/%s (run with -Dgolden.update=true to accept)", c.name(), path)
          .isEqualTo(expected.get(path));
    }
  }

  private static TreeMap<String, String> read(GoldenCase c) throws IOException {
    TreeMap<String, String> files = new TreeMap<>();
    Path expected = c.expected();
    if (Files.isDirectory(expected)) {
      try (Stream<Path> walk = Files.walk(expected)) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          files.put(expected.relativize(p).toString().replace('\\', '/'),
              Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    Path manifest = c.dir().resolve("manifest.json");
    if (Files.exists(manifest)) {
      files.put("../manifest.json", Files.readString(manifest, StandardCharsets.UTF_8));
    }
    return files;
  }

  private static void update(GoldenCase c, TreeMap<String, String> actual) throws IOException {
    Path expected = c.expected();
    if (Files.isDirectory(expected)) {
      List<Path> old = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(expected)) {
        walk.sorted((a, b) -> b.compareTo(a)).forEach(old::add);
      }
      for (Path p : old) {
        Files.delete(p);
      }
    }
    for (var e : actual.entrySet()) {
      Path target = expected.resolve(e.getKey()).normalize();
      Files.createDirectories(target.getParent());
      Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
      System.out.println("Updated " + target);
    }
  }
}
