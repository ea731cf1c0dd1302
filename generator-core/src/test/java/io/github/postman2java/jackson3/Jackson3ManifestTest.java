package io.github.postman2java.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest names the types the generated code uses: a body of mixed kinds is any JSON, a
 * {@code tools.jackson.databind.JsonNode} in Jackson 3 code (a {@code com.fasterxml} one there
 * would not even load beside Jackson 3 alone).
 */
class Jackson3ManifestTest {
  private static final String COLLECTION = """
      {"info": {"name": "Mixed", "schema":
        "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
       "item": [{"name": "Get mixed", "request": {"method": "GET", "url": "https://api.test/m"},
         "response": [{"name": "ok", "code": 200, "body": "[1, \\"a\\", {\\"b\\": 1}]"}]}]}
      """;

  @TempDir Path tmp;

  @Test
  void anyJsonIsNamedInTheDialectTheCodeUses() throws Exception {
    Path file = Files.writeString(tmp.resolve("c.postman_collection.json"), COLLECTION,
        StandardCharsets.UTF_8);
    for (int jackson : new int[] {2, 3}) {
      GenerationResult result = CodegenRun.execute(GeneratorOptions.builder(file, "com.acme.m")
          .jackson(jackson).build());
      String node = (jackson == 2 ? "com.fasterxml.jackson" : "tools.jackson")
          + ".databind.JsonNode";
      assertThat(result.manifestJson()).contains("\"java.util.List<" + node + ">\"");
      assertThat(String.join("\n", result.files().stream()
          .filter(f -> f.relativePath().endsWith("Client.java")).map(f -> f.content()).toList()))
          .contains("import " + node + ";");
    }
  }
}
