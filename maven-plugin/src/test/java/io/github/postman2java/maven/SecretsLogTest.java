package io.github.postman2java.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11 in the plugin: credentials never reach the build log, the generated sources or the
 * plugin's state; a warning repeated on many requests is logged once with its count, while
 * {@code failOnWarnings} still fails on it.
 */
class SecretsLogTest {
  private static final String TOKEN = "ghp_C4n4ryPlug1nKw9RmT3vLpNs7YhBcD2fGjQ";
  private static final String PLAIN = "Qz7pLug1nmV4tR9pWc2Lh";

  @TempDir Path basedir;
  private Path output;
  private RecordingLog log;

  @BeforeEach
  void setUp() throws IOException {
    Path collection = basedir.resolve("src/main/postman/hostile.postman_collection.json");
    Files.createDirectories(collection.getParent());
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      items.append(i == 0 ? "" : ",").append("""
          {"name": "Get %s %d", "description": "the token is %s",
           "request": {"method": "GET", "auth": {"type": "awsv4"},
             "header": [{"key": "X-Api-Key", "value": "%s"}, {"key": "X-Note", "value": "%s"}],
             "url": {"raw": "https://api.example.com/v1/me?api_key=%s",
               "host": ["api", "example", "com"], "path": ["v1", "me?api_key=%s"]}},
           "response": [{"name": "ok", "code": 200, "body": "{\\"id\\": 1}"}]}
          """.formatted(TOKEN, i, PLAIN, PLAIN, TOKEN, PLAIN, PLAIN));
    }
    Files.writeString(collection, """
        {"info": {"name": "Hostile %s", "schema":
          "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [%s]}
        """.formatted(TOKEN, items), StandardCharsets.UTF_8);
    output = basedir.resolve("target/generated-sources/postman2java");
  }

  private GenerateMojo mojo() {
    MavenProject project = new MavenProject();
    project.setFile(basedir.resolve("pom.xml").toFile());
    project.getBuild().setDirectory(basedir.resolve("target").toString());
    project.getBuild().setSourceDirectory(basedir.resolve("src/main/java").toString());
    GenerateMojo mojo = new GenerateMojo();
    mojo.project = project;
    mojo.packageName = "com.example.hostile";
    mojo.collectionDirectory = basedir.resolve("src/main/postman").toFile();
    mojo.outputDirectory = new File(output.toString());
    log = new RecordingLog();
    mojo.setLog(log);
    return mojo;
  }

  private static void assertNoCanary(String what, String text) {
    String folded = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    for (String canary : new String[] {TOKEN, PLAIN}) {
      assertThat(text).as(what).doesNotContain(canary);
      assertThat(folded).as(what + " (re-cased)")
          .doesNotContain(canary.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }
    assertThat(text.toLowerCase(java.util.Locale.ROOT)).as(what).doesNotContain("c4n4ry");
  }

  private String everythingWritten() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(basedir.resolve("target"))) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        all.append(p).append('\n').append(new String(Files.readAllBytes(p),
            StandardCharsets.ISO_8859_1)).append('\n');
      }
    }
    return all.toString();
  }

  @Test
  void noCredentialInTheLogTheSourcesOrTheStateAndRepeatsAreLoggedOnce() throws Exception {
    mojo().execute();
    assertNoCanary("plugin log", log.text());
    assertNoCanary("generated sources and plugin state", everythingWritten());
    assertThat(log.lines).filteredOn(l -> l.contains("warning[P2J050]")).isNotEmpty();
    // awsv4 on five requests: one line with the count, not five.
    assertThat(log.lines).filteredOn(l -> l.contains("[P2J020]")).singleElement()
        .satisfies(l -> assertThat(l).contains("[5 times; also at ").contains("and 1 more]"));
  }

  @Test
  void failOnWarningsStillCountsEachAndLeaksNothing() {
    GenerateMojo mojo = mojo();
    mojo.failOnWarnings = true;
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .satisfies(e -> assertNoCanary("failure message", e.getMessage()))
        .hasMessageContaining("error[P2J020]");
    assertNoCanary("plugin log", log.text());
    assertThat(log.lines).filteredOn(l -> l.contains("[P2J020]")).singleElement()
        .satisfies(l -> assertThat(l).contains("[5 times;"));
  }
}
