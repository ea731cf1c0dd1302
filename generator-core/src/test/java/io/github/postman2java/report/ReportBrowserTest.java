package io.github.postman2java.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.naming.TypeDecl;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the evidence report of the Leads sample in a real headless Chromium from {@code file://}:
 * its script runs without errors (the page records {@code window.onerror} in {@code data-errors}
 * and marks {@code data-script="ok"} when done), it lists every generated type, and the filter
 * finds a field by name. Skips with the reason when Chromium is not installed; fails in CI.
 */
class ReportBrowserTest {
  static final Path LEADS = Path.of("..", "sample-collections",
      "zoho-crm-leads.postman_collection.json");

  @TempDir static Path dir;
  static GenerationResult result;
  static Path page;

  @BeforeAll
  static void writeReport() {
    result = CodegenRun.execute(GeneratorOptions.builder(LEADS, "com.example.zoho")
        .outputDirectory(dir.resolve("src")).reportDirectory(dir.resolve("report")).build());
    page = dir.resolve("report").resolve(EvidenceReport.HTML);
  }

  static String chromium() {
    String env = System.getenv("CHROMIUM");
    List<String> candidates = new ArrayList<>();
    if (env != null && !env.isBlank()) {
      candidates.add(env);
    }
    for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        candidates.add(Path.of(dirName, name).toString());
      }
    }
    for (String c : candidates) {
      if (Files.isExecutable(Path.of(c))) {
        return c;
      }
    }
    String reason = "Chromium not found (apt-get install chromium, or set CHROMIUM)";
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError(reason + "; .ci/run installs it in CI");
    }
    Assumptions.abort(reason);
    return null;
  }

  /** Loads the page (with an optional {@code #fragment}) and returns the DOM after scripts ran. */
  static String dumpDom(String fragment) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command = List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--virtual-time-budget=2000", "--dump-dom",
        page.toUri() + (fragment == null ? "" : "#" + fragment));
    Path out = dir.resolve("dom-" + System.nanoTime() + ".html");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 120 s");
    }
    assertThat(p.exitValue()).as("chromium exit code").isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void loadsFromFileWithoutScriptErrorsAndListsEveryType() throws Exception {
    String dom = dumpDom(null);
    assertThat(dom).contains("<body data-script=\"ok\">").doesNotContain(" data-errors=\"");
    for (TypeDecl t : result.model().modelTypes()) {
      assertThat(dom).contains("id=\"type-" + t.simpleName() + "\"");
      if (t instanceof TypeDecl.RecordDecl r) {
        for (TypeDecl n : r.nested()) {
          assertThat(dom).contains("id=\"type-" + t.simpleName() + "." + n.simpleName() + "\"");
        }
      }
    }
    JsonNode manifest = new ObjectMapper().readTree(result.manifestJson());
    for (JsonNode op : manifest.get("operations")) {
      for (String field : List.of("requestBodyType", "responseBodyType")) {
        String type = op.get(field).asText().replaceAll(".*<|>.*", "");
        assertThat(dom).contains(type);
      }
    }
  }

  @Test
  void filterFindsAFieldByName() throws Exception {
    String dom = dumpDom("filter=over_write");
    assertThat(dom).contains("<body data-script=\"ok\">").doesNotContain(" data-errors=\"");
    assertThat(section(dom, "type-MassUpdateLeadsRequest")).doesNotContain(" hidden");
    assertThat(section(dom, "type-MassUpdateLeadsResponse")).contains(" hidden");
    assertThat(section(dom, "type-ErrorResponse")).contains(" hidden");
  }

  /** The opening tag of the section with {@code id}. */
  private static String section(String dom, String id) {
    int at = dom.indexOf("id=\"" + id + "\"");
    assertThat(at).as("section " + id).isPositive();
    int start = dom.lastIndexOf('<', at);
    return dom.substring(start, dom.indexOf('>', at) + 1);
  }
}
