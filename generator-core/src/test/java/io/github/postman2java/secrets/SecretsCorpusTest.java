package io.github.postman2java.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postman2java.collection.PostmanCollection;
import io.github.postman2java.collection.PostmanCollectionParser;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.DiagnosticGroups;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Credential reports on real collections: the Leads sample (a new user's first run) has none;
 * over the public corpus the known real credentials are still found, and the printed lines
 * (one per cause) stay few. Counts are printed for the record.
 */
class SecretsCorpusTest {
  private static final Path SAMPLE =
      Path.of("..", "sample-collections", "zoho-crm-leads.postman_collection.json");

  private static List<Diagnostic> findings(Path file) {
    Diagnostics d = new Diagnostics();
    PostmanCollection c = PostmanCollectionParser.parse(file, d);
    assertThat(c).as(file.toString()).isNotNull();
    SecretsStage.redact(c, false, d);
    return d.warnings().stream()
        .filter(x -> x.code() == DiagnosticCode.P2J050_SECRET_IN_COLLECTION).toList();
  }

  @Test
  void theLeadsSampleHasNoCredentialWarning() {
    // Zoho's X-ACCESSTOKEN-RESET response header holds a timestamp, not a token.
    assertThat(findings(SAMPLE)).isEmpty();
  }

  @Test
  void corpusCredentialsAreFoundAndReportedOncePerCause() throws IOException {
    Path corpus = SharedCorpus.requireDir();
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    int total = 0;
    int lines = 0;
    for (Path f : files) {
      List<Diagnostic> found = findings(f);
      int printed = DiagnosticGroups.of(found).size();
      total += found.size();
      lines += printed;
      System.out.printf("P2J050 %-50s %4d places, %4d lines%n", f.getFileName(), found.size(),
          printed);
      String name = f.getFileName().toString();
      if (name.startsWith("salesforce-api") || name.startsWith("wise-cards")) {
        assertThat(found).as(name + ": the JWTs in it").isNotEmpty();
      }
      if (name.startsWith("zoho-crm") || name.startsWith("stripe-api")
          || name.startsWith("adobe-cja") || name.startsWith("onlyoffice")) {
        assertThat(found).as(name + ": placeholders, timestamps and ids only").isEmpty();
      }
    }
    System.out.printf("P2J050 total %d places, %d lines%n", total, lines);
  }
}
