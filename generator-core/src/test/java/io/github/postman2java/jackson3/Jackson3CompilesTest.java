package io.github.postman2java.jackson3;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.postman2java.CodegenRun;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.codegen.GeneratedFile;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Code generated with {@code jackson=3} compiles with {@code -Xlint:all -Werror} against Jackson 3
 * alone (tools.jackson databind and core, plus the 2.x annotations Jackson 3 keeps), for every
 * sample collection: no {@code com.fasterxml.jackson} type but the annotations may remain.
 */
public class Jackson3CompilesTest {
  static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "sample-collections"))) {
      return files.filter(p -> p.toString().endsWith(".postman_collection.json")).sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void generatedSourcesCompileAgainstJackson3Only(Path collection) {
    var result = CodegenRun.execute(GeneratorOptions.builder(collection, "com.example.jackson3")
        .jackson(3).fixtures(true).build());
    List<GeneratedFile> files = new java.util.ArrayList<>(result.files());
    files.addAll(result.fixtures());
    for (GeneratedFile f : files) {
      assertThat(f.content().replace("com.fasterxml.jackson.annotation.", ""))
          .as(f.relativePath()).doesNotContain("com.fasterxml.jackson");
    }
    List<JavaFileObject> sources = files.stream()
        .filter(f -> f.relativePath().endsWith(".java"))
        .map(f -> JavaFileObjects.forSourceString(
            f.relativePath().replace('/', '.').replaceAll("\\.java$", ""), f.content()))
        .toList();
    Compilation compilation = javacWithJackson3Only().compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
  }

  /** Returns javac with -Xlint:all -Werror and only Jackson 3 on the class path. */
  public static Compiler javacWithJackson3Only() {
    return Compiler.javac()
        .withOptions("-Xlint:all", "-Werror", "--release", "17")
        .withClasspath(List.of(jarOf(JsonProperty.class),
            jarOf(tools.jackson.core.JsonParser.class),
            jarOf(tools.jackson.databind.ObjectMapper.class)));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
