package io.github.postman2java.it.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One model of a small collection, generated for Jackson 2 or 3 and compiled in memory. */
final class OneModel {
  private OneModel() {}

  /** Generates {@code collection} into {@code pkg} and loads its model {@code simpleName}. */
  static Class<?> compile(Path work, String collection, String pkg, int jackson,
      String simpleName) throws Exception {
    Path file = work.resolve(pkg + ".postman_collection.json");
    Files.writeString(file, collection, StandardCharsets.UTF_8);
    GenerationResult result = CodegenRun.execute(
        GeneratorOptions.builder(file, pkg).jackson(jackson).build());
    InMemoryCompiler.Result compiled = InMemoryCompiler.compile(result.files(),
        work.resolve(pkg));
    assertThat(compiled.succeeded()).as(compiled.diagnostics()).isTrue();
    return Class.forName(pkg + ".model." + simpleName, true, compiled.loader());
  }

  /** The client's own mapper ({@code ClientConfig.defaultObjectMapper()}) of {@code model}. */
  static Object clientMapper(Class<?> model) throws Exception {
    String pkg = model.getPackageName().replaceAll("\\.model$", "");
    return Class.forName(pkg + ".ClientConfig", true, model.getClassLoader())
        .getMethod("defaultObjectMapper").invoke(null);
  }
}
