package io.github.postman2java.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.diag.GenerationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Postman environment and globals files: defaults from their values, secrets never copied. */
class EnvironmentsTest {
  private static final String CANARY = "Zq9CanaryEnvSecret7Xw";

  @TempDir Path dir;

  private Path collection(String variables) throws IOException {
    return write("api.postman_collection.json", """
        {"info": {"name": "Env API",
          "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "variable": [%s],
         "item": [{"name": "Get user", "request": {"method": "GET",
           "header": [{"key": "X-Api-Key", "value": "{{apiKey}}"}],
           "url": "{{baseUrl}}/users/1"},
           "response": [{"name": "ok", "code": 200, "body": "{\\"id\\": 1}"}]}]}
        """.formatted(variables));
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String environment(String scope, String values) {
    return """
        {"id": "e1", "name": "Staging", "_postman_variable_scope": "%s", "values": [%s]}
        """.formatted(scope, values);
  }

  private static String rootClient(GenerationResult result) {
    return result.files().stream().filter(f -> f.relativePath().endsWith("Client.java"))
        .filter(f -> f.content().contains(" builder() {"))
        .map(GeneratedFile::content).findFirst().orElseThrow();
  }

  private GenerationResult generate(Path collection, Path... environments) {
    GeneratorOptions.Builder options = GeneratorOptions.builder(collection, "com.example.env");
    for (Path e : environments) {
      options.environment(e);
    }
    return CodegenRun.execute(options.build());
  }

  @Test
  void theBaseUrlOfAnEnvironmentBecomesTheBuildersDefault() throws IOException {
    Path env = write("staging.postman_environment.json", environment("environment",
        "{\"key\": \"baseUrl\", \"value\": \"https://staging.example.com\", \"enabled\": true}"));

    String withEnv = rootClient(generate(collection(""), env));
    String without = rootClient(generate(collection("")));

    assertThat(withEnv).contains("config.baseUrl(URI.create(\"https://staging.example.com\"))")
        .contains("{@code baseUrl} defaults to the value of the {@code baseUrl} variable");
    assertThat(without).doesNotContain("URI.create(").contains("{@code baseUrl} is required");
  }

  @Test
  void environmentsWinOverTheCollectionAndGlobalsRankBelowIt() throws IOException {
    Path collection = collection(
        "{\"key\": \"baseUrl\", \"value\": \"https://collection.example.com\"}");
    Path globals = write("g.postman_globals.json", environment("globals",
        "{\"key\": \"baseUrl\", \"value\": \"https://globals.example.com\"}"));
    Path first = write("a.postman_environment.json", environment("environment",
        "{\"key\": \"baseUrl\", \"value\": \"https://first.example.com\"}"));
    Path second = write("b.postman_environment.json", environment("environment",
        "{\"key\": \"baseUrl\", \"value\": \"https://second.example.com\"},"
            + "{\"key\": \"unused\", \"value\": \"x\", \"enabled\": false}"));
    Path disabled = write("c.postman_environment.json", environment("environment",
        "{\"key\": \"baseUrl\", \"value\": \"https://disabled.example.com\", \"enabled\": false}"));

    assertThat(rootClient(generate(collection, globals)))
        .contains("https://collection.example.com");
    assertThat(rootClient(generate(collection, first, second, disabled, globals)))
        .contains("https://second.example.com").doesNotContain("first.example.com");
  }

  @Test
  void aSecretTypedOrCredentialLookingValueIsNeverCopied() throws IOException {
    Path env = write("prod.postman_environment.json", environment("environment",
        "{\"key\": \"baseUrl\", \"value\": \"https://" + CANARY + ".example.com\","
            + " \"type\": \"secret\"},"
            + "{\"key\": \"apiKey\", \"value\": \"sk_live_" + CANARY + "\", \"type\": \"default\"},"
            + "{\"key\": \"note\", \"value\": \"" + CANARY + "\", \"type\": \"secret\"}"));
    Path manifest = dir.resolve("manifest.json");
    GenerationResult result = CodegenRun.execute(GeneratorOptions.builder(collection(""),
        "com.example.env").environment(env).outputDirectory(dir.resolve("out"))
        .manifest(manifest).build());

    for (GeneratedFile f : result.files()) {
      assertThat(f.content()).as(f.relativePath()).doesNotContain(CANARY);
    }
    assertThat(Files.readString(manifest)).doesNotContain(CANARY);
    assertThat(result.warnings().stream().map(Diagnostic::render).collect(Collectors.joining()))
        .doesNotContain(CANARY);
    assertThat(rootClient(result)).contains("{@code baseUrl} is required");
  }

  @Test
  void aMalformedEnvironmentIsACodedErrorAtItsPosition() throws IOException {
    Path collection = collection("");
    Path notJson = write("broken.postman_environment.json", "{\"values\": [\n  {\"key\": }\n]}");
    Path noValues = write("novalues.postman_environment.json", "{\n  \"name\": \"x\"\n}");
    Path badValue = write("badvalue.postman_environment.json",
        "{\"values\": [\n  {\"key\": \"a\", \"value\": \"1\"},\n  {\"value\": \"2\"}\n]}");
    Path out = dir.resolve("out");

    assertThatThrownBy(() -> CodegenRun.execute(GeneratorOptions.builder(collection,
        "com.example.env").environment(notJson).outputDirectory(out).build()))
        .isInstanceOfSatisfying(GenerationException.class, e -> assertThat(rendered(e))
            .contains("broken.postman_environment.json:2:").contains("error[P2J002]"));
    assertThatThrownBy(() -> generate(collection, noValues))
        .isInstanceOfSatisfying(GenerationException.class, e -> assertThat(rendered(e))
            .contains("novalues.postman_environment.json:1:1: error[P2J009]")
            .contains("\"values\" must be an array"));
    assertThatThrownBy(() -> generate(collection, badValue))
        .isInstanceOfSatisfying(GenerationException.class, e -> assertThat(rendered(e))
            .contains("badvalue.postman_environment.json:3:3: error[P2J009]")
            .contains("(at #/values/1)"));
    assertThat(out).doesNotExist();
  }

  @Test
  void aSecretInAnEnvironmentIsReportedInThatFile() throws IOException {
    Path env = write("prod.postman_environment.json", "{\"name\": \"Prod\", \"values\": [\n"
        + "  {\"key\": \"baseUrl\", \"value\": \"https://api.example.com\"},\n"
        + "  {\"key\": \"apiKey\", \"value\": \"sk_live_" + CANARY + "\"}\n]}");
    GenerationResult result = generate(collection(
        "{\"key\": \"region\", \"value\": \"eu\"}"), env);

    assertThat(result.warnings()).filteredOn(d -> d.code().name().startsWith("P2J050"))
        .singleElement().satisfies(d -> assertThat(d.render())
            .startsWith("prod.postman_environment.json:3:3: warning[P2J050]")
            .endsWith("(at #/values/1)").doesNotContain(CANARY));
  }

  @Test
  void aGlobalsExportThatIsABareArrayIsRead() throws IOException {
    Path globals = write("workspace.postman_globals.json",
        "[\n  {\"key\": \"baseUrl\", \"value\": \"https://globals.example.com\", \"enabled\": true},"
            + "\n  {\"key\": \"token\", \"value\": \"" + CANARY + "\", \"type\": \"secret\"}\n]");
    Path env = write("staging.postman_environment.json", environment("environment",
        "{\"key\": \"baseUrl\", \"value\": \"https://staging.example.com\"}"));

    assertThat(rootClient(generate(collection(""), globals)))
        .contains("config.baseUrl(URI.create(\"https://globals.example.com\"))")
        .doesNotContain(CANARY);
    // Globals rank below environments, whatever the order given.
    assertThat(rootClient(generate(collection(""), globals, env)))
        .contains("config.baseUrl(URI.create(\"https://staging.example.com\"))");
    Path badGlobals = write("bad.postman_globals.json", "[\n  {\"key\": \"a\"},\n  42\n]");
    assertThatThrownBy(() -> generate(collection(""), badGlobals))
        .isInstanceOfSatisfying(GenerationException.class, e -> assertThat(rendered(e))
            .contains("bad.postman_globals.json:1:1: error[P2J009]").contains("(at #/1)"));
  }

  private static String rendered(GenerationException e) {
    return e.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
  }
}
