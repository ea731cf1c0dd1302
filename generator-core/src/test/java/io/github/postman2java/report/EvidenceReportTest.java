package io.github.postman2java.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.codegen.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's content on the Leads sample: evidence and reasons per member, and override
 * snippets that are real addresses (pasting them all changes nothing, since each restates the
 * current decision).
 */
class EvidenceReportTest {
  static final Path LEADS = ReportBrowserTest.LEADS;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private GenerationResult run(Path overrides) {
    return CodegenRun.execute(GeneratorOptions.builder(LEADS, "com.x").overrides(overrides)
        .reportDirectory(dir.resolve("r")).build());
  }

  private static JsonNode json(GenerationResult r) throws Exception {
    GeneratedFile f = r.report().stream()
        .filter(x -> x.relativePath().equals(EvidenceReport.JSON)).findFirst().orElseThrow();
    return MAPPER.readTree(f.content());
  }

  @Test
  void explainsAnEnumWithItsValuesAndCounts() throws Exception {
    JsonNode report = json(run(null));
    JsonNode data = null;
    for (JsonNode t : report.get("types")) {
      if (t.get("key").asText().equals("MassUpdateLeadsResponse.Data")) {
        data = t;
      }
    }
    assertThat(data).isNotNull();
    JsonNode status = null;
    for (JsonNode f : data.get("fields")) {
      if (f.get("jsonName").asText().equals("status")) {
        status = f;
      }
    }
    assertThat(status.get("address").asText())
        .isEqualTo("Mass Update/Leads response $.data[*].status");
    assertThat(status.get("evidence").get("values").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("success", "error");
    assertThat(status.get("reasons").toString()).contains("enum:", "at a vocabulary name (status)");
    assertThat(status.get("snippets").toString()).contains("{\\\"enum\\\": false}");
  }

  @Test
  void saysWhyAFewRecurringValuesAreNotAnEnum() throws Exception {
    Path enumRule = Path.of("src/test/resources/golden/cases/good/enum-rule/collection.json");
    JsonNode report = json(CodegenRun.execute(GeneratorOptions.builder(enumRule, "com.x")
        .reportDirectory(dir.resolve("r")).build()));
    String warehouse = null;
    String shipment = null;
    for (JsonNode t : report.get("types")) {
      for (JsonNode f : t.get("fields")) {
        String key = t.get("key").asText() + "." + f.get("jsonName").asText();
        if (key.equals("Warehouse.status")) {
          warehouse = f.get("reasons").toString();
        } else if (key.equals("Shipment.mode")) {
          shipment = f.get("reasons").toString();
        }
      }
    }
    // The warehouse body is pasted into two requests: one object, so one value is no set.
    assertThat(warehouse).contains("String: one value from a single example");
    assertThat(shipment).contains("enum: ", "at a vocabulary name (mode)");
  }

  @Test
  void everySnippetIsAnAddressThatMatches() throws Exception {
    GenerationResult plain = run(null);
    JsonNode report = json(plain);
    ObjectNode overrides = MAPPER.createObjectNode();
    for (JsonNode t : report.get("types")) {
      paste(overrides, t.get("snippets").get(0).asText());
      for (JsonNode f : t.get("fields")) {
        paste(overrides, f.get("snippets").get(0).asText()); // {"type": <current type>}
      }
    }
    for (JsonNode op : report.get("operations")) {
      paste(overrides, op.get("snippet").asText());
    }
    Path file = dir.resolve("all.postman2java.json");
    MAPPER.writeValue(file.toFile(), overrides);
    GenerationResult again = run(file);
    assertThat(again.files()).isEqualTo(plain.files());
    assertThat(overrides.get("fields").size()).isGreaterThan(10);
  }

  @Test
  void aSharedTypeOffersTheDistinctTypesEntryThatSplitsIt() throws Exception {
    String snippet = null;
    for (JsonNode t : json(run(null)).get("types")) {
      if (t.get("key").asText().equals("MassUpdateLeadsResponse.ModifiedBy")) {
        for (JsonNode s : t.get("snippets")) {
          snippet = s.asText().startsWith("\"distinctTypes\"") ? s.asText() : snippet;
        }
      }
    }
    assertThat(snippet).isNotNull();
    Path file = dir.resolve("split.postman2java.json");
    Files.writeString(file, "{" + snippet + "}");
    String model = run(file).files().stream()
        .filter(f -> f.relativePath().endsWith("/MassUpdateLeadsResponse.java")).findFirst()
        .orElseThrow().content();
    assertThat(model).contains("ModifiedBy modifiedBy()", "CreatedBy createdBy()");
  }

  /** Adds one {@code "section": {"key": {...}}} snippet to the overrides document. */
  private static void paste(ObjectNode overrides, String snippet) throws Exception {
    JsonNode s = MAPPER.readTree("{" + snippet + "}");
    String section = s.fieldNames().next();
    ObjectNode into = overrides.has(section) ? (ObjectNode) overrides.get(section)
        : overrides.putObject(section);
    s.get(section).fields().forEachRemaining(e -> into.set(e.getKey(), e.getValue()));
  }

  @Test
  void requestsWithTheSameNameAreAddressedByMethodAndPath() throws Exception {
    ObjectNode c = (ObjectNode) MAPPER.readTree(LEADS.toFile());
    com.fasterxml.jackson.databind.node.ArrayNode folder =
        (com.fasterxml.jackson.databind.node.ArrayNode) c.get("item").get(0).get("item");
    ObjectNode twin = folder.get(0).deepCopy();
    ObjectNode request = (ObjectNode) twin.get("request");
    request.put("method", "PUT");
    ObjectNode url = (ObjectNode) request.get("url");
    url.put("raw", "{{api-domain}}/crm/v2/Leads/upsert");
    url.putArray("path").add("crm").add("v2").add("Leads").add("upsert");
    folder.add(twin);
    Path twins = dir.resolve("twins.postman_collection.json");
    MAPPER.writeValue(twins.toFile(), c);
    GenerationResult r = CodegenRun.execute(GeneratorOptions.builder(twins, "com.x")
        .reportDirectory(dir.resolve("r")).build());
    ObjectNode overrides = MAPPER.createObjectNode();
    List<String> addresses = new java.util.ArrayList<>();
    for (JsonNode op : json(r).get("operations")) {
      addresses.add(op.get("address").asText());
      paste(overrides, op.get("snippet").asText());
    }
    assertThat(addresses).containsExactly("POST /crm/v2/Leads/actions/mass_update",
        "PUT /crm/v2/Leads/upsert");
    Path file = dir.resolve("twins.postman2java.json");
    MAPPER.writeValue(file.toFile(), overrides);
    assertThat(CodegenRun.execute(GeneratorOptions.builder(twins, "com.x").overrides(file)
        .build()).files()).isEqualTo(r.files());
  }

  @Test
  void htmlIsStaticAndLoadsNothingFromOutside() throws Exception {
    String html = run(null).report().get(0).content();
    assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("http://", "https://",
        "<link", "src=");
    List<String> files = run(null).report().stream().map(GeneratedFile::relativePath).toList();
    assertThat(files).containsExactly(EvidenceReport.HTML, EvidenceReport.JSON);
    assertThat(Files.exists(dir.resolve("r"))).isFalse(); // no output directory: nothing written
  }
}
