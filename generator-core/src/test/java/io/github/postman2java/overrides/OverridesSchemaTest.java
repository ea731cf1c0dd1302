package io.github.postman2java.overrides;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postman2java.diag.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema shipped in the jar (for IDE completion and validation) says exactly what
 * {@link OverridesReader} accepts: the same keys at the top and in every section, nothing else
 * allowed, and the schema's own example of each section reads without a diagnostic.
 */
class OverridesSchemaTest {
  private static JsonNode schema() throws IOException {
    try (InputStream in = OverridesReader.class.getResourceAsStream(
        OverridesReader.SCHEMA_RESOURCE)) {
      assertThat(in).as("schema resource beside OverridesReader").isNotNull();
      return new ObjectMapper().readTree(in);
    }
  }

  private static Set<String> keys(JsonNode object) {
    Set<String> out = new TreeSet<>();
    object.get("properties").fieldNames().forEachRemaining(out::add);
    assertThat(object.get("additionalProperties").asBoolean(true))
        .as("additionalProperties of %s", out).isFalse();
    return out;
  }

  @Test
  void schemaKeysAreTheKeysTheReaderAccepts() throws IOException {
    JsonNode s = schema();
    JsonNode top = s.get("properties");
    assertThat(keys(s)).isEqualTo(new TreeSet<>(OverridesReader.TOP));
    Map<String, Set<String>> sections = Map.of("types", OverridesReader.TYPE_KEYS,
        "fields", OverridesReader.FIELD_KEYS, "operations", OverridesReader.OPERATION_KEYS,
        "folders", OverridesReader.FOLDER_KEYS);
    sections.forEach((section, accepted) ->
        assertThat(keys(top.get(section).get("additionalProperties")))
            .as("keys of an entry of \"%s\"", section).isEqualTo(new TreeSet<>(accepted)));
  }

  @Test
  void aFileUsingEverySchemaKeyReadsWithoutDiagnostics() {
    String file = """
        {"$schema": "postman2java-overrides.schema.json",
         "types": {"LeadsResponse": {"name": "Lead", "constants": {"a": "A"}}},
         "fields": {"Leads/Get response $.data[*].id": {"name": "leadId", "type": "Long",
           "enum": false, "required": true, "nullable": false, "constants": {"x": "X"}}},
         "operations": {"Leads/Get": {"method": "getLead", "exclude": false}},
         "folders": {"Leads": {"client": "LeadClient", "package": "crm.leads",
           "exclude": false}},
         "sameTypes": [["A", "B"]],
         "distinctTypes": [["Leads/Get response $.a", "Leads/Get response $.b"]],
         "errorCode": "err_code"}
        """;
    Diagnostics d = new Diagnostics();
    Overrides o = OverridesReader.read("o.json", file.getBytes(StandardCharsets.UTF_8), d);
    assertThat(d.all()).isEmpty();
    assertThat(o.isEmpty()).isFalse();
  }
}
