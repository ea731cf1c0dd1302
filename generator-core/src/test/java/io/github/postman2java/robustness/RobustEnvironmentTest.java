package io.github.postman2java.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.cli.Main;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.GenerationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Postman environments (issue #17 item 3): a non-secret value becomes the default like a
 * collection variable (the builder's base URL); a secret one (Postman's {@code secret} type or a
 * credential name) is never copied and stays a required setting; malformed files are coded
 * errors with {@code file:line:col}.
 */
class RobustEnvironmentTest {
  private static final String SECRET_TYPED = "Qz7EnvS3cr3tmV4tR9pWc2Lh";
  private static final String NAMED_TOKEN = "ghp_C4n4ryEnvKw9RmT3vLpNs7YhBcD2fGjQ";
  private static final String COLLECTION = """
      {"info": {"name": "Env API", "schema":
        "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
       "item": [{"name": "List items", "request": {"method": "GET",
         "header": [{"key": "X-Api-Key", "value": "{{apiKey}}"},
                    {"key": "X-Session", "value": "{{session}}"}],
         "url": {"raw": "{{baseUrl}}/v1/items", "host": ["{{baseUrl}}"], "path": ["v1", "items"]}},
         "response": [{"name": "ok", "code": 200, "body": "{\\"id\\": 1}"}]}]}
      """;
  private static final String ENVIRONMENT = """
      {"id": "5d1f", "name": "Staging",
       "values": [
         {"key": "baseUrl", "value": "https://staging.example.com/", "type": "default",
          "enabled": true},
         {"key": "apiKey", "value": "%s", "type": "secret", "enabled": true},
         {"key": "session", "value": "%s", "type": "default", "enabled": true},
         {"key": "unused", "value": "x", "enabled": false}],
       "_postman_variable_scope": "environment"}
      """.formatted(SECRET_TYPED, NAMED_TOKEN);

  @TempDir Path tmp;

  private Path file(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private record Cli(int exit, String out, String err) {}

  private Cli cli(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int exit = Main.run(args, new PrintWriter(o), new PrintWriter(e));
    return new Cli(exit, o.toString(), e.toString());
  }

  @Test
  void nonSecretValuesBecomeDefaultsAndSecretOnesLeakNothing() throws IOException {
    Path collection = file("env.postman_collection.json", COLLECTION);
    Path env = file("staging.postman_environment.json", ENVIRONMENT);
    Path out = tmp.resolve("out");
    Cli run = cli("generate", collection.toString(), "--package", Robust.PKG, "--output",
        out.toString(), "--manifest", tmp.resolve("m.json").toString(), "--environment",
        env.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    String files = RobustSecretsTest.tree(out) + Files.readString(tmp.resolve("m.json"));
    assertThat(files).contains("URI.create(\"https://staging.example.com");
    for (String leak : new String[] {SECRET_TYPED, NAMED_TOKEN, "C4n4ry", "S3cr3t"}) {
      assertThat(files + run.out() + run.err()).doesNotContain(leak);
    }
    // The secret-typed and the credential-named values stay settings the caller supplies.
    assertThat(files).contains("header {@code X-Api-Key}").contains("header {@code X-Session}");
    // The credential-looking value is reported, without its value.
    assertThat(run.out()).contains("warning[P2J050]");

    GenerationResult r = Robust.run(GeneratorOptions.builder(collection, Robust.PKG)
        .environment(env).build()).success();
    Robust.compile(r);
    assertThat(r.warnings()).anyMatch(d -> d.code() == DiagnosticCode.P2J050_SECRET_IN_COLLECTION);
    for (Diagnostic d : r.warnings()) {
      assertThat(d.render()).doesNotContain(SECRET_TYPED).doesNotContain(NAMED_TOKEN);
    }
  }

  @Test
  void withoutAnEnvironmentTheBaseUrlIsRequired() throws IOException {
    GenerationResult r = Robust.run(GeneratorOptions.builder(
        file("env.postman_collection.json", COLLECTION), Robust.PKG).build()).success();
    assertThat(Robust.allOutput(r)).doesNotContain("URI.create(\"https://staging");
  }

  @Test
  void globalsExportsAreReadAndAnEnvironmentWinsOverThem() throws IOException {
    Path collection = file("env.postman_collection.json", COLLECTION);
    Path env = file("staging.postman_environment.json", ENVIRONMENT);
    Path globals = file("workspace.postman_globals.json", """
        {"name": "Globals", "_postman_variable_scope": "globals", "values": [
          {"key": "baseUrl", "value": "https://prod.example.com", "enabled": true}]}
        """);
    GenerationResult alone = Robust.run(GeneratorOptions.builder(collection, Robust.PKG)
        .environment(globals).build()).success();
    assertThat(Robust.allOutput(alone)).contains("URI.create(\"https://prod.example.com\")");
    GenerationResult both = Robust.run(GeneratorOptions.builder(collection, Robust.PKG)
        .environment(globals).environment(env).build()).success();
    assertThat(Robust.allOutput(both)).contains("URI.create(\"https://staging.example.com")
        .doesNotContain(SECRET_TYPED).doesNotContain(NAMED_TOKEN);
  }

  @Test
  void aMalformedEnvironmentIsACodedErrorWithItsPosition() throws IOException {
    Path collection = file("env.postman_collection.json", COLLECTION);
    Path broken = file("broken.postman_environment.json",
        "{\"name\": \"x\",\n  \"values\": [{\"key\": \"a\", \"value\": \"" + NAMED_TOKEN
            + "\"} \"oops\"]}");
    GenerationException e = Robust.run(GeneratorOptions.builder(collection, Robust.PKG)
        .environment(broken).build()).failure();
    assertThat(e.getMessage()).containsPattern("broken\\.postman_environment\\.json:2:\\d+: "
        + "error\\[P2J002]").doesNotContain(NAMED_TOKEN);

    Path notEnv = file("other.json", "{\"foo\": 1}");
    GenerationException e2 = Robust.run(GeneratorOptions.builder(collection, Robust.PKG)
        .environment(notEnv).build()).failure();
    assertThat(e2.getMessage()).containsPattern("other\\.json:1:1: error\\[P2J009]");

    Cli run = cli("generate", collection.toString(), "--package", Robust.PKG, "--output",
        tmp.resolve("o").toString(), "--environment", tmp.resolve("missing.json").toString());
    assertThat(run.exit()).isEqualTo(Main.INPUT_ERROR);
    assertThat(run.err()).contains("missing.json: error[P2J001]");
  }
}
