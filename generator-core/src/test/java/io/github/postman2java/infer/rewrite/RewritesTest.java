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

  private static String at(String name, String method, String path, int status, String body) {
    return """
        {"name": "%s", "request": {"method": "%s", "url": "https://api.example.com/%s"},
         "response": [{"name": "ok", "code": %d, "body": %s}]}
        """.formatted(name, method, path, status, quoted(body));
  }

  /** Every model class of the model files, as {@code Name[json names...]}. */
  private static List<String> records(List<GeneratedFile> files) {
    List<String> out = new java.util.ArrayList<>();
    String all = String.join("\n", files.stream()
        .filter(f -> f.relativePath().contains("/model/")).map(GeneratedFile::content).toList());
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("class (\\w+) extends JsonObject").matcher(all);
    List<Integer> starts = new java.util.ArrayList<>();
    List<String> names = new java.util.ArrayList<>();
    while (m.find()) {
      starts.add(m.end());
      names.add(m.group(1));
    }
    for (int i = 0; i < starts.size(); i++) {
      String chunk = all.substring(starts.get(i),
          i + 1 < starts.size() ? starts.get(i + 1) : all.length());
      int builder = chunk.indexOf("class Builder");
      chunk = builder < 0 ? chunk : chunk.substring(0, builder);
      java.util.LinkedHashSet<String> props = new java.util.LinkedHashSet<>();
      java.util.regex.Matcher p = java.util.regex.Pattern
          .compile("return get\\(\"([^\"]*)\"\\)").matcher(chunk);
      while (p.find()) {
        props.add(p.group(1));
      }
      out.add(names.get(i) + new java.util.ArrayList<>(props));
    }
    return out;
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

    String response = file(files, "/model/Tree.java");
    assertThat(response).contains("public List<Tree> children()")
        .contains("public Boolean leaf()")
        .doesNotContain("class Child");
  }

  @Test
  void aPropertyThatHoldsAnObjectAndThenAnArrayIsNoTree() {
    // Found by the property test: level 1 holds an object under "default", level 2 an array.
    String body = "{\"default\": {\"x\": -183, \"default\": [261, true]}, \"x\": null}";
    var files = generate(v21(item("Odd", quoted(body))), new Diagnostics()).files();

    assertThat(file(files, "/model/Odd.java"))
        .doesNotContain("Odd default");
  }

  @Test
  void objectsWithTheSameFieldsInDifferentResponsesBecomeOneType() {
    String a = "{\"owner\": {\"login\": \"a\", \"id\": 1, \"email\": null}, \"size\": 3}";
    String b = "{\"user\": {\"login\": \"b\", \"id\": 2, \"email\": \"b@example.com\"}}";
    var files = generate(v21(item("Repo", quoted(a)) + "," + item("Me", quoted(b))),
        new Diagnostics()).files();

    String me = file(files, "/model/Me.java");
    String repo = file(files, "/model/Repo.java");
    assertThat(me).contains("Repo.Owner user()");
    assertThat(repo).contains("class Owner extends JsonObject")
        .contains("public String email()");
  }

  @Test
  void anErrorBodyNeverMergesWithASuccessBody() {
    // Three of four properties shared: in one family these two would merge.
    String ok = "{\"code\": \"OK\", \"message\": \"m\", \"id\": 1, \"name\": \"n\"}";
    String bad = "{\"code\": \"X\", \"message\": \"m\", \"id\": 1, \"trace\": \"t\"}";
    String items = """
        {"name": "Call", "request": {"method": "GET", "url": "https://api.example.com/calls"},
         "response": [{"name": "ok", "code": 200, "body": %s},
                      {"name": "bad", "code": 400, "body": %s}]}
        """.formatted(quoted(ok), quoted(bad));
    var files = generate(v21(items), new Diagnostics()).files();

    assertThat(file(files, "/model/Call.java")).doesNotContain("\"trace\"");
    assertThat(file(files, "/model/ErrorResponse.java")).doesNotContain("\"name\"");
  }

  @Test
  void listEnvelopesOfDifferentResourcesKeepTheirOwnElements() {
    // GitHub's /search/* pages: one envelope shape, a different resource in each.
    String code = "{\"total_count\": 1, \"incomplete_results\": false, \"items\": [{\"name\":"
        + " \"a.java\", \"path\": \"src/a.java\", \"sha\": \"abc\", \"score\": 1.0}]}";
    String users = "{\"total_count\": 1, \"incomplete_results\": false, \"items\": [{\"login\":"
        + " \"octocat\", \"id\": 1, \"type\": \"User\", \"score\": 1.0}]}";
    String issues = "{\"total_count\": 1, \"incomplete_results\": false, \"items\": [{\"number\":"
        + " 5, \"title\": \"Bug\", \"state\": \"open\", \"score\": 1.0}]}";
    var files = generate(v21(at("Search code", "GET", "search/code", 200, code) + ","
        + at("Search users", "GET", "search/users", 200, users) + ","
        + at("Search issues", "GET", "search/issues", 200, issues)), new Diagnostics()).files();

    List<String> records = records(files);
    assertThat(records).noneMatch(r -> r.contains("path") && r.contains("login"))
        .noneMatch(r -> r.contains("login") && r.contains("title"));
    assertThat(records).anyMatch(r -> r.equals("Code[name, path, sha, score]"))
        .anyMatch(r -> r.equals("User[login, id, type, score]"))
        .anyMatch(r -> r.equals("Issue[number, title, state, score]"));
  }

  @Test
  void overlappingObjectsOfDifferentResourcesStayApart() {
    // An inventory API: racks and VLANs share most bookkeeping fields, yet are different things.
    String common = "\"id\": 1, \"url\": \"u\", \"display\": \"d\", \"name\": \"n\","
        + " \"slug\": \"s\", \"created\": \"c\"";
    String rack = "{\"count\": 1, \"next\": null, \"previous\": null, \"results\": [{" + common
        + ", \"u_height\": 42}]}";
    String vlan = "{\"count\": 1, \"next\": null, \"previous\": null, \"results\": [{" + common
        + ", \"vid\": 100}]}";
    var files = generate(v21(at("List racks", "GET", "dcim/racks", 200, rack) + ","
        + at("List VLANs", "GET", "ipam/vlans", 200, vlan)), new Diagnostics()).files();

    assertThat(records(files)).noneMatch(r -> r.contains("u_height") && r.contains("vid"))
        .anyMatch(r -> r.startsWith("Rack[")).anyMatch(r -> r.startsWith("Vlan["));
  }

  @Test
  void oneResourceSeenWithMoreOrFewerFieldsIsOneType() {
    // Two manufacturers of one API, one example with an extra count: the same resource.
    String cisco = "{\"id\": 1, \"name\": \"Cisco\", \"slug\": \"cisco\", \"url\": \"u\"}";
    String dell = "{\"id\": 2, \"name\": \"Dell\", \"slug\": \"dell\", \"url\": \"u\","
        + " \"devicetype_count\": 3}";
    var files = generate(v21(at("Create Cisco manufacturer", "POST", "dcim/manufacturers", 201,
        cisco) + "," + at("Create Dell manufacturer", "POST", "dcim/manufacturers", 201, dell)),
        new Diagnostics()).files();

    String client = file(files, "/TestClient.java");
    assertThat(client).contains("public Manufacturer createCiscoManufacturer(")
        .contains("public Manufacturer createDellManufacturer(")
        .doesNotContain("CreateCiscoManufacturerResponse");
    assertThat(records(files)).contains("Manufacturer[id, name, slug, url, devicetype_count]");
  }

  @Test
  void aTreeTwentyThreeLevelsDeepStaysCheap() {
    // Each level differs (an extra field every third level, a string at the bottom) so the
    // levels do not fold: structural keys that embedded their subtrees grew without bound.
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (int level = 0; level < 23; level++) {
      open.append("{\"id\": ").append(level).append(", \"name\": \"n\", ")
          .append(level % 3 == 0 ? "\"meta\": {\"a\": 1}, " : "")
          .append("\"sibling\": {\"id\": 0, \"children\": []}, \"children\": [");
      close.append("]}");
    }
    String tree = open + "{\"id\": 99, \"children\": \"none\"}" + close;
    long start = System.nanoTime();
    var files = generate(v21(item("Tree", quoted(tree))), new Diagnostics()).files();
    assertThat(files).isNotEmpty();
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(20_000);
  }
}
