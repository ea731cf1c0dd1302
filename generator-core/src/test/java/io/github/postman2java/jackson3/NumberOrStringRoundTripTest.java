package io.github.postman2java.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.postman2java.CodegenRun;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.golden.GoldenCompilesTest;
import io.github.postman2java.testing.CompiledClasses;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code NumberOrString} reads a number or a string and writes it back as it was,
 * digits as written, with a plain {@code ObjectMapper} of Jackson 2 and of Jackson 3.
 */
class NumberOrStringRoundTripTest {
  private static final Path CASE = Path.of("src", "test", "resources", "golden", "cases",
      "good", "number-or-string", "collection.json");
  private static final String PKG = "com.example.union";
  private static final String PARCELS = "[{\"id\":1,\"amount\":1.50,\"labels\":[7,\"fragile\"]},"
      + "{\"id\":\"A-1\",\"amount\":\"n/a\",\"labels\":[\"7\",12345678901234567890,-0.0]}]";
  /** The same, members in name order: Jackson 3 writes properties sorted by default. */
  private static final String SORTED = "[{\"amount\":1.50,\"id\":1,\"labels\":[7,\"fragile\"]},"
      + "{\"amount\":\"n/a\",\"id\":\"A-1\",\"labels\":[\"7\",12345678901234567890,-0.0]}]";

  @Test
  void jackson2KeepsKindAndDigits() throws Throwable {
    ClassLoader loader = compile(2);
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
    Class<?> parcel = loader.loadClass(PKG + ".model.Parcel");
    var type = mapper.getTypeFactory().constructCollectionType(List.class, parcel);
    List<?> read = mapper.readValue(PARCELS, type);
    assertThat(mapper.writeValueAsString(read)).isEqualTo(PARCELS);
    Object id = parcel.getMethod("id").invoke(read.get(0));
    assertThat(call(id, "isNumber")).isEqualTo(true);
    assertThat(call(id, "asLong")).isEqualTo(1L);
    Object text = parcel.getMethod("id").invoke(read.get(1));
    assertThat(call(text, "isString")).isEqualTo(true);
    assertThat(call(text, "asString")).isEqualTo("A-1");
    assertThatThrownBy(() -> call(text, "asLong")).isInstanceOf(NumberFormatException.class);
    // Equal only when kind and text are: 1 is not "1".
    Class<?> union = loader.loadClass(PKG + ".NumberOrString");
    assertThat(union.getMethod("of", long.class).invoke(null, 1L))
        .isEqualTo(id)
        .isNotEqualTo(union.getMethod("of", String.class).invoke(null, "1"));
  }

  @Test
  void jackson3KeepsKindAndDigits() throws Exception {
    ClassLoader loader = compile(3);
    var mapper = new tools.jackson.databind.ObjectMapper();
    Class<?> parcel = loader.loadClass(PKG + ".model.Parcel");
    var type = mapper.getTypeFactory().constructCollectionType(List.class, parcel);
    List<?> read = mapper.readValue(SORTED, type);
    assertThat(mapper.writeValueAsString(read)).isEqualTo(SORTED);
  }

  private static ClassLoader compile(int jackson) {
    var result = CodegenRun.execute(GeneratorOptions.builder(CASE, PKG).jackson(jackson).build());
    List<JavaFileObject> sources = result.files().stream()
        .filter(f -> f.relativePath().endsWith(".java"))
        .map(NumberOrStringRoundTripTest::source)
        .toList();
    Compilation compiled = (jackson == 2 ? GoldenCompilesTest.javacWithJacksonOnly()
        : Jackson3CompilesTest.javacWithJackson3Only()).compile(sources);
    assertThat(compiled.status()).isEqualTo(Compilation.Status.SUCCESS);
    return CompiledClasses.loader(compiled);
  }

  private static JavaFileObject source(GeneratedFile f) {
    return JavaFileObjects.forSourceString(
        f.relativePath().replace('/', '.').replaceAll("\\.java$", ""), f.content());
  }

  private static Object call(Object target, String method) throws Throwable {
    try {
      return target.getClass().getMethod(method).invoke(target);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
