package io.github.postman2java.infer.rewrite;

import static io.github.postman2java.collection.TestCollections.generate;
import static io.github.postman2java.collection.TestCollections.v21;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rewrite passes, seen through the code users get. */
class RewritesTest {

  private static String item(String name, String body) {
    return """
        {"name": "%s", "request": {"method": "GET", "url": "https://api.example.com/%s"},
         "response": [{"name": "ok", "code": 200, "body": %s}]}
        """.formatted(name, name, body);
  }

  private static String quoted(String json) {
    return "\"" + json.replace("\"", "\\\"") + "\"";
  }

  private static String file(List<GeneratedFile> files, String suffix) {
    return files.stream().filter(f -> f.relativePath().endsWith(suffix)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + suffix)).content();
  }

  @Test
  void treeLevelsFoldIntoOneRecursiveType() {
    String tree = "{\"id\": 1, \"name\": \"root\", \"children\": [{\"id\": 2, \"name\": \"a\","
        + " \"children\": [{\"id\": 3, \"name\": \"b\", \"children\": [], \"leaf\": true}]}]}";
    var files = generate(v21(item("Tree", quoted(tree))), new Diagnostics()).files();

    String response = file(files, "/model/TreeResponse.java");
    assertThat(response).contains("public List<TreeResponse> children()")
        .contains("public Boolean leaf()")
        .doesNotContain("class Child");
  }

  @Test
  void aPropertyThatHoldsAnObjectAndThenAnArrayIsNoTree() {
    // Found by the property test: level 1 holds an object under "default", level 2 an array.
    String body = "{\"default\": {\"x\": -183, \"default\": [261, true]}, \"x\": null}";
    var files = generate(v21(item("Odd", quoted(body))), new Diagnostics()).files();

    assertThat(file(files, "/model/OddResponse.java"))
        .doesNotContain("OddResponse default");
  }

  @Test
  void objectsWithTheSameFieldsInDifferentResponsesBecomeOneType() {
    String a = "{\"owner\": {\"login\": \"a\", \"id\": 1, \"email\": null}, \"size\": 3}";
    String b = "{\"user\": {\"login\": \"b\", \"id\": 2, \"email\": \"b@example.com\"}}";
    var files = generate(v21(item("Repo", quoted(a)) + "," + item("Me", quoted(b))),
        new Diagnostics()).files();

    String me = file(files, "/model/MeResponse.java");
    String repo = file(files, "/model/RepoResponse.java");
    assertThat(me).contains("RepoResponse.Owner user()");
    assertThat(repo).contains("class Owner extends JsonObject")
        .contains("public String email()");
  }

  @Test
  void anErrorBodyNeverMergesWithASuccessBody() {
    // Three of four properties shared: in one family these two would merge.
    String ok = "{\"code\": \"OK\", \"message\": \"m\", \"id\": 1, \"name\": \"n\"}";
    String bad = "{\"code\": \"X\", \"message\": \"m\", \"id\": 1, \"trace\": \"t\"}";
    String items = """
        {"name": "Call", "request": {"method": "GET", "url": "https://api.example.com/c"},
         "response": [{"name": "ok", "code": 200, "body": %s},
                      {"name": "bad", "code": 400, "body": %s}]}
        """.formatted(quoted(ok), quoted(bad));
    var files = generate(v21(items), new Diagnostics()).files();

    assertThat(file(files, "/model/CallResponse.java")).doesNotContain("\"trace\"");
    assertThat(file(files, "/model/ErrorResponse.java")).doesNotContain("\"name\"");
  }
}
