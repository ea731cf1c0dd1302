package io.github.postman2java.architecture.violation;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import io.github.postman2java.codegen.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Breaks every rule on purpose, for {@code ArchitectureTest}: a stage that reaches a later stage,
 * uses JavaPoet and JsonNode, and writes a file. Test sources only; never loaded at run time.
 */
public final class BadStage {
  private BadStage() {}

  /** Does everything a stage must not. */
  public static String everything(JsonNode node, GeneratedFile file, Path out) throws IOException {
    Files.writeString(out, file.content());
    return ClassName.get("a", "B") + node.asText();
  }
}
