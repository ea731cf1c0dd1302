package io.github.postman2java.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.collection.TestCollections;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: options mapping, exit codes, what goes to stdout and stderr. */
class MainTest {
  @TempDir Path tmp;

  /** One CLI run's exit code and captured streams. */
  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  private Path collection() throws IOException {
    return Files.writeString(tmp.resolve("shop.postman_collection.json"), TestCollections.v21("""
        {"name": "Get user", "request": {"method": "GET", "url": "https://api.test/users/1"},
         "response": [{"name": "ok", "code": 200, "body": "{\\"id\\": 1}"}]}
        """));
  }

  @Test
  void optionDefaults() {
    assertThat(Main.parseOptions("generate", "c.json", "--package", "com.acme", "--output", "out"))
        .isEqualTo(new GeneratorOptions(Path.of("c.json"), "com.acme", Path.of("out"), null, false,
            false, false, 2, java.util.List.of()));
  }

  @Test
  void allFlags() {
    assertThat(Main.parseOptions("generate", "--fail-on-secrets", "c.json", "--package=com.acme",
        "--output", "out", "--manifest", "m.json", "--fail-on-warnings", "--force",
        "--jackson", "3", "-e", "e.json", "--fixtures", "fx"))
        .isEqualTo(new GeneratorOptions(Path.of("c.json"), "com.acme", Path.of("out"),
            Path.of("m.json"), true, true, true, 3, java.util.List.of(Path.of("e.json")), null,
            null, true, Path.of("fx")));
  }

  @Test
  void jacksonOtherThanTwoOrThreeIsAUsageError() {
    Run bad = run("generate", "c.json", "--package", "com.acme", "--output", "out",
        "--jackson", "4");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--jackson").contains("must be 2 or 3");
  }

  @Test
  void helpAndVersionExitZero() {
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).startsWith("Usage: postman2java [-hV] [COMMAND]\n")
        .contains("Generates a typed Java client from a Postman collection (v2.0/v2.1).")
        .contains("  generate  Generates Java sources for one collection.");
    assertThat(help.err()).isEmpty();
    Run generateHelp = run("generate", "--help");
    assertThat(generateHelp.exit()).isZero();
    assertThat(generateHelp.out()).contains("--package=<pkg>").contains("--output=<dir>")
        .contains("--manifest=<file.json>").contains("--fail-on-warnings")
        .contains("--fail-on-secrets");
    Run version = run("--version");
    assertThat(version).isEqualTo(new Run(0, "postman2java development build\n", ""));
  }

  @Test
  void missingArgumentsAreUsageErrors() {
    Run none = run();
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).startsWith("Usage: postman2java [-hV] [COMMAND]\n");

    Run noOptions = run("generate", "c.json");
    assertThat(noOptions.exit()).isEqualTo(2);
    assertThat(noOptions.out()).isEmpty();
    assertThat(noOptions.err()).startsWith(
        "Missing required options: '--package=<pkg>', '--output=<dir>'\n");

    Run unknown = run("generate", "c.json", "--package", "a", "--output", "o", "--frobnicate");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("Unknown option: '--frobnicate'\n");
  }

  @Test
  void badCollectionExitsOneWithLocatedDiagnosticAndNoStackTrace() throws IOException {
    Path broken = Files.writeString(tmp.resolve("broken.json"),
        "{\n  \"info\": {\"name\": \"x\"},\n  \"item\": [ {\"auth\": SECRET_VALUE} ]\n}");
    Path out = tmp.resolve("out");
    Run r = run("generate", broken.toString(), "--package", "com.acme", "--output",
        out.toString());
    assertThat(r).isEqualTo(new Run(1, "",
        "broken.json:3:22: error[P2J002]: the file is not valid JSON: unrecognized token\n"));
    assertThat(out).doesNotExist();
  }

  @Test
  void missingFileAndBadPackageExitOne() throws IOException {
    assertThat(run("generate", tmp.resolve("absent.json").toString(), "--package", "com.acme",
        "--output", tmp.resolve("out").toString()))
        .isEqualTo(new Run(1, "", "absent.json: error[P2J001]: cannot read file\n"));
    assertThat(run("generate", collection().toString(), "--package", "com.class",
        "--output", tmp.resolve("out").toString()))
        .isEqualTo(new Run(1, "",
            "options: error[P2J040]: the package name is not a valid Java package name\n"));
  }

  @Test
  void successWritesSourcesManifestAndSummary() throws IOException {
    Path out = tmp.resolve("out");
    Path manifest = tmp.resolve("meta/manifest.json");
    String[] args = {"generate", collection().toString(), "--package", "com.acme", "--output",
        out.toString(), "--manifest", manifest.toString()};

    Run first = run(args);

    long javaFiles;
    try (Stream<Path> s = Files.walk(out)) {
      javaFiles = s.filter(p -> p.toString().endsWith(".java")).count();
    }
    assertThat(first.err()).isEmpty();
    assertThat(first.exit()).isZero();
    assertThat(first.out()).isEqualTo("""
        postman2java: shop.postman_collection.json
          operations   1 in 1 client class(es); entry point com.acme.TestClient
          model types  1 records, 0 enums; no error codes (no error-code enum)
          files        %d generated, %d written (others unchanged)
          warnings     0
        """.formatted(javaFiles, javaFiles));
    assertThat(out.resolve("com/acme/model/User.java")).isRegularFile();
    JsonNode m = new ObjectMapper().readTree(manifest.toFile());
    assertThat(m.get("collection").asText()).isEqualTo("shop.postman_collection.json");
    assertThat(m.get("package").asText()).isEqualTo("com.acme");
    JsonNode op = m.get("operations").get(0);
    assertThat(op.get("pointer").asText()).isEqualTo("/item/0");
    assertThat(op.get("httpMethod").asText()).isEqualTo("GET");
    assertThat(op.get("responseBodyType").asText()).isEqualTo("com.acme.model.User");
    assertThat(op.get("requestBodyType").isNull()).isTrue();
    assertThat(op.get("examples").get(0).get("pointer").asText()).isEqualTo("/item/0/response/0");

    Run second = run(args);
    assertThat(second.exit()).isZero();
    assertThat(second.out()).contains("  files        %d generated, 0 written (others unchanged)\n"
        .formatted(javaFiles));
  }

  @Test
  void fixturesGoToTheirOwnDirectoryWithTheirTextResources() throws IOException {
    Path out = tmp.resolve("out");
    Path fixtures = tmp.resolve("test-fixtures");
    Run r = run("generate", collection().toString(), "--package", "com.acme", "--output",
        out.toString(), "--fixtures", fixtures.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("  fixtures     ");
    assertThat(fixtures.resolve("com/acme/fixtures/TestExamples.java")).isRegularFile();
    assertThat(fixtures.resolve("com/acme/fixtures/RecordedExample.java")).isRegularFile();
    assertThat(Files.readString(fixtures.resolve("com/acme/fixtures/getUser/ok.txt")))
        .startsWith("// Code generated by postman2java.").endsWith("\n{\"id\": 1}");
    try (Stream<Path> s = Files.walk(out)) {
      assertThat(s.filter(p -> p.toString().contains("fixtures"))).isEmpty();
    }
  }

  @Test
  void failOnWarningsTurnsWarningsIntoExitOne() throws IOException {
    Path c = Files.writeString(tmp.resolve("warn.json"), TestCollections.v21("""
        {"name": "Page", "request": {"method": "GET", "url": "https://api.test/p"},
         "response": [{"name": "html", "code": 200, "header": [{"key": "Content-Type", "value": "text/html"}],
                       "body": "<html></html>"}]}
        """));
    Run r = run("generate", c.toString(), "--package", "com.acme", "--output",
        tmp.resolve("out").toString(), "--fail-on-warnings");
    assertThat(r).isEqualTo(new Run(1, "", "warn.json:4:15: error[P2J010]: body is not JSON (html);"
        + " typed as String (at #/item/0/response/0/body)\n"));
  }
}
