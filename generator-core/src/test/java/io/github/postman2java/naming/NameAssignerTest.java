package io.github.postman2java.naming;

import static io.github.postman2java.collection.TestCollections.generate;
import static io.github.postman2java.collection.TestCollections.v21;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.postman2java.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Client, method and type names for whole collections. */
class NameAssignerTest {
  private final Diagnostics diagnostics = new Diagnostics();

  /** Lists every operation as {@code Client.method <- METHOD item}, depth first. */
  private static List<String> operations(NamedModel model) {
    List<String> out = new ArrayList<>();
    walk(model.root(), out);
    return out;
  }

  private static void walk(ClientGroup g, List<String> out) {
    for (OperationDecl op : g.operations()) {
      out.add(g.className() + "." + op.javaMethod() + " <- " + op.httpMethod() + " "
          + op.itemName());
    }
    g.children().forEach(c -> walk(c, out));
  }

  @Test
  void clientBaseDropsNoiseWordsAndVersions() {
    assertThat(List.of(NameAssigner.clientBase("Zoho CRM REST APIs"),
        NameAssigner.clientBase("GitHub v3 REST API"), NameAssigner.clientBase("Postman Echo"),
        NameAssigner.clientBase("API"), NameAssigner.clientBase("123 Shop")))
        .containsExactly("ZohoCrm", "GitHub", "PostmanEcho", "Api", "Api123Shop");
  }

  @Test
  void clientNamesDropVersionStrings() {
    assertThat(List.of(NameAssigner.clientBase("Dashboard v1.54.0"),
        NameAssigner.clientBase("Payments API 2.0"), NameAssigner.clientBase("Web3 Gateway")))
        .containsExactly("Dashboard", "Payments", "Web3Gateway");
  }

  @Test
  void aSharedResponseIsNamedAfterItsResourceNotTheFirstRequest() {
    String org = "{\\\"id\\\": 1, \\\"name\\\": \\\"Acme\\\", \\\"url\\\": \\\"u\\\"}";
    String items = """
        {"name": "Configure clone organization", "request": {"method": "PUT",
          "url": "https://api.example.com/organizations/{{id}}"},
         "response": [{"name": "ok", "code": 200, "body": "%s"}]},
        {"name": "Get organizations", "request": {"method": "GET",
          "url": "https://api.example.com/organizations"},
         "response": [{"name": "ok", "code": 200, "body": "[%s]"}]}
        """.formatted(org, org);
    var files = generate(v21(items), diagnostics).files();
    String client = files.stream().filter(f -> f.relativePath().endsWith("/TestClient.java"))
        .findFirst().orElseThrow().content();

    assertThat(client).contains("public List<Organization> getOrganizations(")
        .contains("public Organization configureCloneOrganization(")
        .doesNotContain("ConfigureCloneOrganizationResponse");
  }

  @Test
  void longRequestNamesGiveShortTypeNames() {
    String items = """
        {"name": "Get or create an authorization for a specific app and fingerprint",
         "request": {"method": "PUT", "url": "https://api.example.com/authorizations/clients/{{c}}",
          "body": {"mode": "raw", "raw": "{\\"scopes\\": [\\"repo\\"]}"}}}
        """;
    var files = generate(v21(items), diagnostics).files();

    assertThat(files).anyMatch(f -> f.relativePath().endsWith("/ClientRequest.java"));
    assertThat(files).allMatch(f -> f.relativePath().replaceAll(".*/", "").length() <= 45);
  }

  @Test
  void aRequestBodyIsNamedAfterItsResourceAndSharedOnlyWithinIt() {
    String body = "\"body\": {\"mode\": \"raw\", \"raw\": \"{\\\"body\\\": \\\"hi\\\"}\"}";
    String items = """
        {"name": "Update a gist comment", "request": {"method": "PATCH",
          "url": "https://api.example.com/gists/{{g}}/comments/{{c}}", %s}},
        {"name": "Create an issue comment", "request": {"method": "POST",
          "url": "https://api.example.com/issues/{{n}}/comments", %s}},
        {"name": "Update a review", "request": {"method": "PUT",
          "url": "https://api.example.com/pulls/{{n}}/reviews/{{r}}", %s}}
        """.formatted(body, body, body);
    var files = generate(v21(items), diagnostics).files();
    String client = files.stream().filter(f -> f.relativePath().endsWith("/TestClient.java"))
        .findFirst().orElseThrow().content();

    // One {body} sent to comments, another (same shape) sent to a review: two types, neither
    // named after the request that came first.
    assertThat(client).contains("updateAGistComment(String g, String c, CommentRequest body)")
        .contains("createAnIssueComment(String n, CommentRequest body)")
        .contains("updateAReview(String n, String r, ReviewRequest body)")
        .doesNotContain("UpdateAGistCommentRequest");
  }

  @Test
  void sameNamedItemsDifferingByMethodGetDistinctReadableNames() {
    // First come, first served: the first keeps the plain name, so appending an item never
    // renames the methods before it.
    NamedModel model = generate("""
        {"info": {"name": "Zoho CRM REST APIs",
                  "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [{"name": "Notes", "item": [
           {"name": "Notes", "request": {"method": "GET", "url": "{{api-domain}}/crm/v2/Notes"}},
           {"name": "Notes", "request": {"method": "POST", "url": "{{api-domain}}/crm/v2/Notes"}},
           {"name": "Notes", "request": {"method": "PUT", "url": "{{api-domain}}/crm/v2/Notes"}},
           {"name": "Notes", "request": {"method": "DELETE", "url": "{{api-domain}}/crm/v2/Notes?ids={{ids}}"}},
           {"name": "Specific Note", "request": {"method": "GET", "url": "{{api-domain}}/crm/v2/Notes/{{note-id}}"}}
         ]}, {"name": "Records", "item": [
           {"name": "Records", "request": {"method": "GET", "url": "{{api-domain}}/crm/v2/{{module}}"}},
           {"name": "Records", "request": {"method": "POST", "url": "{{api-domain}}/crm/v2/{{module}}"}}
         ]}]}
        """, diagnostics).model();
    assertThat(model.clientClass()).isEqualTo("ZohoCrmClient");
    List<String> ops = operations(model);
    assertThat(ops).containsExactly(
        "NotesClient.notes <- GET Notes",
        "NotesClient.createNotes <- POST Notes",
        "NotesClient.updateNotes <- PUT Notes",
        "NotesClient.deleteNotes <- DELETE Notes",
        "NotesClient.specificNote <- GET Specific Note",
        "RecordsClient.records <- GET Records",
        "RecordsClient.createRecords <- POST Records");
  }

  @Test
  void sameNameAndMethodWithDifferentPathsAreQualifiedByPath() {
    NamedModel model = generate(v21("""
        {"name": "Records", "request": {"method": "GET", "url": "{{api-domain}}/crm/v2/{{module}}"}},
        {"name": "Records", "request": {"method": "GET",
          "url": "{{api-domain}}/crm/v2/{{module}}/{{record-id}}"}}
        """), diagnostics).model();
    // Exactly two methods, neither numbered: the second is told apart by its verb (the
    // first keeps the plain name, so appending never renames it).
    assertThat(operations(model)).containsExactly(
        "TestClient.records <- GET Records",
        "TestClient.getRecords <- GET Records");
  }
}
