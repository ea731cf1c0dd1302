package io.github.postman2java.overrides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.diag.GenerationException;
import io.github.postman2java.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overrides file on the Leads sample: each capability changes exactly what it addresses,
 * bad files are coded diagnostics at file:line:col with nothing generated, and overrides keep
 * applying when a request is added.
 */
class OverridesTest {
  static final Path LEADS = Path.of("..", "sample-collections",
      "zoho-crm-leads.postman_collection.json");
  private static final String RESPONSE = "Mass Update/Leads response ";

  @TempDir Path dir;

  private Map<String, String> generate(Path collection, String overrides) throws IOException {
    Path file = dir.resolve("leads.postman2java.json");
    Files.writeString(file, overrides);
    GenerationResult r = CodegenRun.execute(GeneratorOptions.builder(collection, "com.x")
        .overrides(file).build());
    return r.files().stream().collect(Collectors.toMap(GeneratedFile::relativePath,
        GeneratedFile::content, (a, b) -> a, TreeMap::new));
  }

  private Map<String, String> generate(String overrides) throws IOException {
    return generate(LEADS, overrides);
  }

  private static String model(Map<String, String> files, String type) {
    return files.get("com/x/model/" + type + ".java");
  }

  private List<String> errors(String overrides) throws IOException {
    return errors(LEADS, overrides);
  }

  private List<String> errors(Path collection, String overrides) throws IOException {
    try {
      generate(collection, overrides);
    } catch (GenerationException e) {
      return e.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
          .map(Diagnostic::render).toList();
    }
    throw new AssertionError("expected errors");
  }

  @Test
  void withoutRulesTheOutputIsUnchanged() throws IOException {
    Map<String, String> plain = CodegenRun.generate(LEADS, "com.x").files().stream()
        .collect(Collectors.toMap(GeneratedFile::relativePath, GeneratedFile::content,
            (a, b) -> a, TreeMap::new));
    assertThat(generate("{\"types\": {}}")).isEqualTo(plain);
  }

  @Test
  void renamesASharedTypeWhereverItIsUsed() throws IOException {
    String src = model(generate("{\"types\": {\"" + RESPONSE
        + "$.data[*].details.Created_By\": {\"name\": \"UserRef\"}}}"), "MassUpdateLeadsResponse");
    assertThat(src).contains("class UserRef extends JsonObject", "UserRef createdBy()", "UserRef modifiedBy()")
        .doesNotContain("ModifiedBy modifiedBy()");
  }

  @Test
  void renamesATopLevelTypeByItsGeneratedNameAndKeepsReferencesCompiling() throws IOException {
    Map<String, String> files = generate("{\"types\": {\"ErrorResponse\": {\"name\": \"ApiError\"}}}");
    assertThat(files).containsKey("com/x/model/ApiError.java")
        .doesNotContainKey("com/x/model/ErrorResponse.java");
    assertThat(files.get("com/x/MassUpdateClient.java")).contains("ApiError")
        .doesNotContain("ErrorResponse");
  }

  @Test
  void forcesAFieldType() throws IOException {
    String src = model(generate("{\"fields\": {\"" + RESPONSE
        + "$.data[*].details.id\": {\"type\": \"Long\"},"
        + "\"" + RESPONSE + "$.data[*].message\": {\"type\": \"com.acme.Message\"}}}"),
        "MassUpdateLeadsResponse");
    assertThat(src).contains("public Long id()", "import com.acme.Message;",
        "Message message()");
  }

  @Test
  void stopsAnEnumAndDropsTheUnusedEnumType() throws IOException {
    String src = model(generate("{\"fields\": {\"" + RESPONSE
        + "$.data[*].status\": {\"enum\": false}}}"), "MassUpdateLeadsResponse");
    assertThat(src).contains("public String status()")
        .doesNotContain("class Status");
  }

  @Test
  void declaresAnEnumWithListedValues() throws IOException {
    String src = model(generate("{\"fields\": {\"" + RESPONSE
        + "$.data[*].message\": {\"enum\": [\"record updated\", \"other\"]}}}"),
        "MassUpdateLeadsResponse");
    assertThat(src).contains("Message message()", "class Message",
        "RECORD_UPDATED = new Message(\"record updated\"");
  }

  @Test
  void renamesMembersConstantsMethodsAndClients() throws IOException {
    Map<String, String> files = generate("""
        {"fields": {"Mass Update/Leads request $.over_write": {"name": "overwrite"},
                    "Mass Update/Leads response $.data[*].code": {"constants": {"SUCCESS": "OK"}}},
         "operations": {"Mass Update/Leads": {"method": "massUpdate"}},
         "folders": {"Mass Update": {"client": "BulkClient"}}}
        """);
    assertThat(model(files, "MassUpdateLeadsRequest")).contains("Boolean overwrite()");
    assertThat(model(files, "MassUpdateLeadsResponse")).contains("OK = new Code(\"SUCCESS\"");
    assertThat(files).containsKey("com/x/BulkClient.java")
        .doesNotContainKey("com/x/MassUpdateClient.java");
    assertThat(files.get("com/x/BulkClient.java")).contains("massUpdate(", "massUpdateAsync(");
  }

  @Test
  void marksFieldsRequiredOptionalNullable() throws IOException {
    String src = model(generate("{\"fields\": {\"" + RESPONSE
        + "$.data[*].message\": {\"required\": false, \"nullable\": true}}}"),
        "MassUpdateLeadsResponse");
    assertThat(src).contains("JSON {@code message}; absent in some examples,"
        + " may be {@code null}", "public boolean hasMessage()");
  }

  @Test
  void excludesARequestAndItsTypes() throws IOException {
    Map<String, String> files = generate("{\"operations\": {\"Mass Update/Leads\":"
        + " {\"exclude\": true}}}");
    assertThat(files.keySet()).filteredOn(p -> p.contains("/model/")).isEmpty();
    assertThat(files).doesNotContainKey("com/x/MassUpdateClient.java");
  }

  @Test
  void joinsTypesTheUserSaysAreTheSame() throws IOException {
    Map<String, String> files = generate("{\"sameTypes\": [[\"" + RESPONSE
        + "$.data[*].code\", \"Mass Update/Leads error[4xx] $.code\"]]}");
    assertThat(model(files, "ErrorResponse")).contains("MassUpdateLeadsResponse.Code code()")
        .doesNotContain("class Code");
    assertThat(model(files, "MassUpdateLeadsResponse"))
        .contains("SUCCESS = new Code(\"SUCCESS\"",
            "AUTHENTICATION_FAILURE = new Code(\"AUTHENTICATION_FAILURE\"");
  }

  @Test
  void joiningTypesWithDifferentMembersIsAConflict() throws IOException {
    assertThat(errors("{\"sameTypes\": [[\"MassUpdateLeadsResponse.Data\","
        + " \"ErrorResponse\"]]}")).singleElement().asString()
        .contains("error[P2J062]", "\"details\"", "Map<String, JsonNode>");
  }

  @Test
  void keepsTypesApartThatInferenceShares() throws IOException {
    String shared = model(generate("{}"), "MassUpdateLeadsResponse");
    assertThat(shared).contains("ModifiedBy createdBy()");
    String src = model(generate("{\"distinctTypes\": [[\"" + RESPONSE
        + "$.data[*].details.Created_By\", \"" + RESPONSE
        + "$.data[*].details.Modified_By\"]]}"), "MassUpdateLeadsResponse");
    assertThat(src).contains("CreatedBy createdBy()", "ModifiedBy modifiedBy()",
        "class CreatedBy extends JsonObject", "class ModifiedBy extends JsonObject");
  }

  @Test
  void keepingTypesApartNeedsPositionsOfObjectTypes() throws IOException {
    assertThat(errors("{\"distinctTypes\": [\n  [\"MassUpdateLeadsResponse.ModifiedBy\", \""
        + RESPONSE + "$.data[*].details.Modified_By\"]]}"))
        .singleElement().asString()
        .startsWith("leads.postman2java.json:2:3: error[P2J060]")
        .contains("not generated names", "write where it occurs",
            RESPONSE + "$.data[*].details.Created_By");
    assertThat(errors("{\"distinctTypes\": [[\"" + RESPONSE + "$.data[*].status\", \""
        + RESPONSE + "$.data[*].code\"]]}"))
        .allSatisfy(e -> assertThat(e).contains("error[P2J062]", "is an enum"));
    assertThat(errors("{\"distinctTypes\": [[\"" + RESPONSE + "$.data[*].detail\", \""
        + RESPONSE + "$.data[*].details\"]]}"))
        .singleElement().asString().contains("error[P2J061]", "did you mean \"details\"");
    assertThat(errors("{\"distinctTypes\": [[\"" + RESPONSE
        + "$.data[*].details.Created_By\", \"" + RESPONSE
        + "$.data[*].details.Modified_By\"]], \"sameTypes\": [[\"" + RESPONSE
        + "$.data[*].details.Created_By\", \"" + RESPONSE
        + "$.data[*].details.Modified_By\"]]}"))
        .singleElement().asString().contains("error[P2J062]", "still one type");
  }

  @Test
  void namesTheErrorCodeMember() throws IOException {
    Path collection = dir.resolve("codes.postman_collection.json");
    Files.writeString(collection, """
        {"info": {"name": "Codes", "schema":
          "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [{"name": "Get thing", "request": {"method": "GET", "url": "https://x.test/t"},
           "response": [{"name": "limited", "code": 429,
             "body": "{\\"fault\\": \\"RATE_LIMITED\\", \\"text\\": \\"slow down\\"}"}]}]}
        """);
    assertThat(generate(collection, "{\"errorCode\": \"fault\"}").get("com/x/CodesErrorCode.java"))
        .contains("RATE_LIMITED(\"RATE_LIMITED\")");
    assertThat(errors(collection, "{\"errorCode\": \"faultCode\"}")).singleElement().asString()
        .contains("error[P2J061]", "\"faultCode\"");
  }

  @Test
  void unknownKeyIsACodedErrorAtTheKey() throws IOException {
    assertThat(errors("{\n  \"fields\": {\n    \"" + RESPONSE + "$.data[*].status\": {\"enmu\": false}}}"))
        .singleElement().asString()
        .startsWith("leads.postman2java.json:3:")
        .contains("error[P2J060]", "unknown key \"enmu\"", "did you mean \"enum\"");
  }

  @Test
  void unknownTypeIsACodedErrorWithDidYouMean() throws IOException {
    assertThat(errors("{\"fields\": {\n\"" + RESPONSE + "$.data[*].details.id\": {\"type\": \"Strng\"}}}"))
        .singleElement().asString()
        .startsWith("leads.postman2java.json:2:1: error[P2J063]")
        .contains("unknown type \"Strng\"", "did you mean \"String\"");
  }

  @Test
  void syntaxErrorIsACodedErrorWithPosition() throws IOException {
    assertThat(errors("{\"types\": {\n  \"x\": {\"name\": \"A\",}\n}}")).singleElement().asString()
        .startsWith("leads.postman2java.json:2:").contains("error[P2J002]");
  }

  @Test
  void unmatchedAddressesSuggestTheNearestOne() throws IOException {
    assertThat(errors("{\"fields\": {\"Mass Update/Lead response $.data[*].status\":"
        + " {\"enum\": false}, \"" + RESPONSE + "$.data[*].stats\": {\"enum\": false}}}"))
        .satisfiesExactly(
            a -> assertThat(a).contains("error[P2J061]", "no request \"Mass Update/Lead\"",
                "did you mean \"Mass Update/Leads\""),
            b -> assertThat(b).contains("error[P2J061]", "no member \"stats\"",
                "did you mean \"status\""));
  }

  @Test
  void conflictingRulesAreErrors() throws IOException {
    assertThat(errors("{\"types\": {\"ErrorResponse\": {\"name\": \"MassUpdateLeadsRequest\"}}}"))
        .anySatisfy(e -> assertThat(e).contains("error[P2J062]", "already taken"));
    assertThat(errors("{\"fields\": {\"" + RESPONSE
        + "$.data[*].details.Created_By.id\": {\"type\": \"Long\"}, \"" + RESPONSE
        + "$.data[*].details.Modified_By.id\": {\"type\": \"String\"}}}"))
        .singleElement().asString().contains("error[P2J062]", "same type");
  }

  @Test
  void renameTargetsAreReservedIgnoringCaseAndSwapsAreFine() throws IOException {
    assertThat(errors("{\"types\": {\n  \"ErrorResponse\": {\"name\": \"massUpdateLeadsRequest\"}}}"))
        .singleElement().asString()
        .startsWith("leads.postman2java.json:2:3: error[P2J062]: the name massUpdateLeadsRequest"
            + " is already taken by the generated type MassUpdateLeadsRequest");
    assertThat(errors("{\"types\": {\"ErrorResponse\": {\"name\": \"JsonObject\"}},"
        + " \"folders\": {\"Mass Update\": {\"client\": \"RequestOptions\"}}}"))
        .hasSize(2).allSatisfy(e -> assertThat(e).contains("error[P2J062]", "is reserved"));
    Map<String, String> swapped = generate("{\"types\": {\"ErrorResponse\": {\"name\":"
        + " \"MassUpdateLeadsRequest\"}, \"MassUpdateLeadsRequest\": {\"name\": \"ErrorResponse\"}}}");
    assertThat(model(swapped, "ErrorResponse")).contains("Boolean overWrite()");
  }

  @Test
  void overridesStillApplyAndNothingElseChangesWhenARequestIsAdded() throws IOException {
    String overrides = "{\"types\": {\"" + RESPONSE
        + "$.data[*].details.Created_By\": {\"name\": \"UserRef\"}},"
        + " \"fields\": {\"" + RESPONSE + "$.data[*].status\": {\"enum\": false},"
        + " \"" + RESPONSE + "$.data[*].details.id\": {\"type\": \"Long\"}}}";
    Map<String, String> before = generate(overrides);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode c = (ObjectNode) mapper.readTree(LEADS.toFile());
    ArrayNode folder = (ArrayNode) c.get("item").get(0).get("item");
    ObjectNode added = folder.get(0).deepCopy();
    added.put("name", "Archive Leads");
    ((ObjectNode) added.get("request")).put("method", "PUT");
    folder.add(added);
    Path grown = dir.resolve("grown.postman_collection.json");
    mapper.writeValue(grown.toFile(), c);
    Map<String, String> after = generate(grown, overrides);
    for (Map.Entry<String, String> e : before.entrySet()) {
      if (e.getKey().contains("/model/")) {
        assertThat(after.get(e.getKey())).as(e.getKey())
            .isEqualTo(e.getValue().replace("zoho-crm-leads.postman_collection.json",
                "grown.postman_collection.json"));
      }
    }
    assertThat(model(after, "MassUpdateLeadsResponse")).contains("UserRef createdBy()",
        "String status()", "Long id()");
  }

  @Test
  void badFileGeneratesNothing() throws IOException {
    Path out = dir.resolve("out");
    Path file = dir.resolve("o.json");
    Files.writeString(file, "{\"typs\": {}}");
    assertThatThrownBy(() -> CodegenRun.execute(GeneratorOptions.builder(LEADS, "com.x")
        .outputDirectory(out).overrides(file).build()))
        .isInstanceOf(GenerationException.class);
    assertThat(out).doesNotExist();
  }
}
