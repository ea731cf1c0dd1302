package io.github.postman2java.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.jackson3.Jackson3CompilesTest;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles the generated output of every golden case with {@code -Xlint:all -Werror} against
 * Jackson alone (databind, annotations, core, jsr310): the only dependencies generated code has;
 * a case generated for Jackson 3 ({@code jackson=3}) against Jackson 3 alone.
 */
public class GoldenCompilesTest {
  static List<GoldenCase> cases() {
    return GoldenCase.generating();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void generatedSourcesCompileWithoutWarnings(GoldenCase c) {
    List<JavaFileObject> sources = GoldenCase.everyFile(c.generate()).stream()
        .filter(f -> f.relativePath().endsWith(".java"))
        .map(GoldenCompilesTest::source)
        .toList();
    Compilation compilation = (c.jackson() == 3 ? Jackson3CompilesTest.javacWithJackson3Only()
        : javacWithJacksonOnly()).compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
  }

  /** Returns javac with -Xlint:all -Werror and only Jackson on the class path. */
  public static Compiler javacWithJacksonOnly() {
    return Compiler.javac()
        .withOptions("-Xlint:all", "-Werror", "--release", "17")
        .withClasspath(List.of(jarOf(JsonProperty.class), jarOf(JsonParser.class),
            jarOf(ObjectMapper.class), jarOf(JavaTimeModule.class)));
  }

  static JavaFileObject source(GeneratedFile f) {
    String binary = f.relativePath().replace('/', '.').replaceAll("\\.java$", "");
    return JavaFileObjects.forSourceString(binary, f.content());
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
