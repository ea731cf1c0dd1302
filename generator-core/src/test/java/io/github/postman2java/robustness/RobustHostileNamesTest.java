package io.github.postman2java.robustness;

import static io.github.postman2java.robustness.Robust.F;
import static io.github.postman2java.robustness.Robust.collection;
import static io.github.postman2java.robustness.Robust.example;
import static io.github.postman2java.robustness.Robust.folder;
import static io.github.postman2java.robustness.Robust.get;
import static io.github.postman2java.robustness.Robust.header;
import static io.github.postman2java.robustness.Robust.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.diag.DiagnosticCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile names (ROBUSTNESS.md §7 B7–B16): every name is used as a folder, request, JSON key,
 * header and variable name at once; the output must compile with -Xlint:all -Werror, round-trip
 * the examples through the compiled records, keep wire names, and stay inside the output root.
 */
class RobustHostileNamesTest {
  @TempDir Path tmp;

  static final List<String> KEYWORDS = List.of("class", "enum", "default", "_", "var", "record",
      "yield", "sealed", "permits", "true", "null", "goto", "const", "int", "new", "this",
      "package", "import", "non-sealed", "when", "module", "exports", "assert", "strictfp");
  static final List<String> OBJECT_METHODS = List.of("getClass", "hashCode", "equals",
      "toString", "wait", "notify", "notifyAll", "finalize", "clone", "builder", "build",
      "value", "fromValue", "class_", "get_class", "hash_code", "to_string");
  static final List<String> SHADOWING = List.of("String", "Object", "Override", "Integer",
      "Record", "Test", "JsonProperty", "HttpClient", "URI", "java", "List", "Map", "Optional",
      "ApiException", "ClientConfig", "System", "Long", "Boolean", "javax", "com");
  static final List<String> ODD = List.of(" ", "_", "__", "123", "1abc", "#", "$", "@id",
      "-", ".", "..", "😀", "😀😀", "$ref", "a-b", "a.b.c", "café", "ŝtrange", "中文", "٣",
      "\u0000", "\t", "%s", "{{x}}", "null\u0000byte");
  static final List<String> COLLIDING = List.of("t", "T", "id", "_id", "Id", "ID",
      "start_date", "startDate", "StartDate", "start-date", "replyTo", "replyto", "REPLYTO");
  static final List<String> PATHS = List.of("../../evil", "a/../../b", "/abs", "C:\\x",
      "\\\\srv\\share", "a.b.c", "con", "CON", "aux.txt", "LPT1", "nul", "com1", "trailing.",
      "trailing ", "..", ".", "~", "a\u0000b");

  static List<String> allNames() {
    List<String> all = new ArrayList<>();
    all.addAll(KEYWORDS);
    all.addAll(OBJECT_METHODS);
    all.addAll(SHADOWING);
    all.addAll(ODD);
    all.addAll(COLLIDING);
    all.addAll(PATHS);
    return all;
  }

  /** A body object whose keys are {@code names} (values alternate kinds). */
  static String body(List<String> names) {
    ObjectNode o = F.objectNode();
    for (int i = 0; i < names.size(); i++) {
      switch (i % 4) {
        case 0 -> o.put(names.get(i), "s" + i);
        case 1 -> o.put(names.get(i), i);
        case 2 -> o.put(names.get(i), i % 3 == 0);
        default -> o.set(names.get(i), F.objectNode().put(names.get(i), 1.5));
      }
    }
    return o.toString();
  }

  /** Names used at every level: folders, requests, keys, headers, variables, query keys. */
  static ObjectNode everywhere(List<String> names) {
    String body = body(names);
    List<ObjectNode> folders = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      ObjectNode r = request(n, i % 2 == 0 ? "GET" : "POST",
          "{{baseUrl}}/v1/items/{{" + (n.isBlank() || n.contains("}") || n.contains("{")
              ? "p" : n.replace('/', '_')) + "}}", i % 2 == 0 ? null : body,
          example(n, 200, body), example(n + " error", 404, "{\"code\":\"" + n.replace("\"", "")
              + "\",\"message\":\"m\"}"));
      header(r, "X-" + n.replaceAll("[^A-Za-z0-9]", "") + "-h", "{{" + "h" + i + "}}");
      ObjectNode f = folder(n, r);
      f.putArray("variable").addObject().put("key", n).put("value", "v");
      folders.add(f);
    }
    ObjectNode c = collection("Names");
    folders.forEach(((ArrayNode) c.get("item"))::add);
    // Two folders with the same name, and same-named requests in one folder.
    c.withArray("item").add(folder("Users", get("List", "https://api.example.com/u",
        example("ok", 200, "{\"a\":1}")), get("List", "https://api.example.com/u2",
        example("ok", 200, "{\"b\":1}"))));
    c.withArray("item").add(folder("Users", get("List", "https://api.example.com/u3",
        example("ok", 200, "{\"c\":1}"))));
    c.withArray("item").add(folder("users", get("list", "https://api.example.com/u4")));
    return c;
  }

  GenerationResult generateCompileRoundTrip(ObjectNode c) throws Exception {
    GenerationResult r = Robust.run(tmp.resolve("g" + System.nanoTime()), c).success();
    Compilation comp = Robust.compile(r);
    Robust.assertInert(r);
    assertThat(Robust.roundTrip(c, r, comp)).as("examples round-tripped").isPositive();
    assertSafePaths(r);
    return r;
  }

  static void assertSafePaths(GenerationResult r) {
    Set<String> lower = new HashSet<>();
    for (GeneratedFile f : r.files()) {
      String p = f.relativePath();
      assertThat(p).matches("[A-Za-z0-9_$/]+\\.java").doesNotContain("..").doesNotStartWith("/");
      assertThat(lower.add(p.toLowerCase(Locale.ROOT)))
          .as("case-insensitive collision on %s", p).isTrue();
      for (String seg : p.split("/")) {
        String base = seg.replaceAll("\\.java$", "").toUpperCase(Locale.ROOT);
        assertThat(base).as("Windows device name %s", seg)
            .doesNotMatch("CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]");
      }
      assertThat(p.length()).as("path length of %s", p).isLessThan(240);
    }
  }

  @Test
  @DisplayName("B7 Java keywords and contextual keywords as every kind of name")
  void b7_keywords() throws Exception {
    GenerationResult r = generateCompileRoundTrip(everywhere(KEYWORDS));
    assertThat(r.files().stream().map(GeneratedFile::content))
        .anyMatch(c -> c.contains("@JsonProperty(\"class\")"));
  }

  @Test
  @DisplayName("B8 names that would produce getClass(), hashCode(), equals(), toString(), wait()")
  void b8_objectMethodNames() throws Exception {
    generateCompileRoundTrip(everywhere(OBJECT_METHODS));
  }

  @Test
  @DisplayName("B9 names shadowing java.lang, our own types and imports, and a field named java")
  void b9_shadowing() throws Exception {
    generateCompileRoundTrip(everywhere(SHADOWING));
  }

  @Test
  @DisplayName("B10 empty, _, digits, punctuation, emoji-only names")
  void b10_oddNames() throws Exception {
    generateCompileRoundTrip(everywhere(ODD));
  }

  @Test
  @DisplayName("B10 the empty string as a JSON property name round-trips")
  void b10_emptyPropertyName() throws Exception {
    generateCompileRoundTrip(collection("Empty", get("Get", "https://api.example.com/x",
        example("ok", 200, "{\"\":\"s0\",\"a\":1}"))));
  }

  @Test
  @DisplayName("B11 normalisation collisions: t/T, id/_id/Id, start_date/startDate, two Users")
  void b11_collisions() throws Exception {
    GenerationResult r = generateCompileRoundTrip(everywhere(COLLIDING));
    Set<String> paths = new HashSet<>();
    r.files().forEach(f -> assertThat(paths.add(f.relativePath())).isTrue());
  }

  @Test
  @DisplayName("B12 traversal and device names as folder, collection and request names")
  void b12_pathNames() throws Exception {
    ObjectNode c = everywhere(PATHS);
    ((ObjectNode) c.get("info")).put("name", "../../../etc/evil");
    Path out = tmp.resolve("root").resolve("out");
    Robust.run(GeneratorOptions.builder(Robust.write(tmp, "p.json",
        c.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), Robust.PKG)
        .outputDirectory(out).build()).success();
    try (Stream<Path> s = Files.walk(tmp)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        assertThat(p.startsWith(out) || p.getFileName().toString().equals("p.json"))
            .as("written outside the output root: %s", p).isTrue();
      }
    }
    generateCompileRoundTrip(c);
  }

  @Test
  @DisplayName("B13 5,000-character names: truncated with a stable hash, paths < 240 chars")
  void b13_longNames() throws Exception {
    List<String> names = List.of("a".repeat(5000), "a".repeat(4999) + "b", "Ab".repeat(2500),
        "x y ".repeat(1250));
    GenerationResult r = generateCompileRoundTrip(everywhere(names));
    GenerationResult again = Robust.run(tmp.resolve("again"), everywhere(names)).success();
    assertThat(again.files()).isEqualTo(r.files());
  }

  @Test
  @DisplayName("B14 naughty strings (BLNS-style) as keys and values: compile and round-trip")
  void b14_naughtyStrings() throws Exception {
    List<String> blns = RobustNaughtyStrings.load();
    // As keys of one body and as values of another, in chunks to keep each type readable.
    for (int from = 0; from < blns.size(); from += 120) {
      List<String> chunk = blns.subList(from, Math.min(blns.size(), from + 120));
      ObjectNode values = F.objectNode();
      for (int i = 0; i < chunk.size(); i++) {
        values.put("k" + i, chunk.get(i));
      }
      ObjectNode c = collection("Naughty " + from,
          request("Keys", "POST", "https://api.example.com/keys", body(chunk),
              example("ok", 200, body(chunk))),
          get("Values", "https://api.example.com/values", example("ok", 200, values.toString()),
              example("ok2", 200, values.toString())));
      generateCompileRoundTrip(c);
    }
    // And as folder/request names, header names and values, descriptions: compiles and inert.
    List<String> some = blns.subList(0, Math.min(blns.size(), 150));
    GenerationResult r = Robust.run(tmp.resolve("names"), everywhere(some)).success();
    Robust.compile(r);
    Robust.assertInert(r);
    assertSafePaths(r);
  }

  static ObjectNode badHeaders() {
    ObjectNode r = get("Get", "https://api.example.com/x", example("ok", 200, "{\"a\":1}"));
    header(r, "X-Evil\r\nInjected: yes", "1");
    header(r, "X-Colon:Name", "1");
    header(r, "X-Value", "a\r\nInjected: yes");
    header(r, "X Space", "1");
    header(r, "X-Good", "fine");
    return collection("Headers", r);
  }

  @Test
  @DisplayName("B15 header names and values with CR/LF or ':' compile and stay inert")
  void b15_badHeadersAreInert() {
    GenerationResult g = Robust.run(tmp, badHeaders()).success();
    Robust.compile(g);
    Robust.assertInert(g);
    assertThat(Robust.codeOnly(g)).doesNotContain("Injected");
  }

  @Test
  @DisplayName("B15 invalid header names and CR/LF values are dropped with a warning")
  void b15_invalidHeadersDropped() {
    GenerationResult g = Robust.run(tmp, badHeaders()).success();
    String all = g.files().stream().map(GeneratedFile::content).toList().toString();
    assertThat(all).doesNotContain("Injected").doesNotContain("X-Colon:Name")
        .doesNotContain("X Space").contains("X-Good");
    assertThat(g.warnings()).isNotEmpty();
  }

  @Test
  @DisplayName("B16 restricted headers Host, Content-Length, Connection, Expect, Upgrade dropped")
  void b16_restrictedHeaders() {
    ObjectNode r = get("Get", "https://api.example.com/x", example("ok", 200, "{\"a\":1}"));
    for (String h : List.of("Host", "Content-Length", "Connection", "Expect", "Upgrade",
        "host", "CONTENT-LENGTH")) {
      header(r, h, "1");
    }
    GenerationResult g = Robust.run(tmp, collection("Restricted", r)).success();
    Robust.compile(g);
    assertThat(g.warnings()).anyMatch(d -> d.code() == DiagnosticCode.P2J021_RESTRICTED_HEADER);
    String client = g.files().stream().filter(f -> f.relativePath().endsWith("Client.java"))
        .map(GeneratedFile::content).reduce("", String::concat);
    for (String h : List.of("\"Host\"", "\"Content-Length\"", "\"Connection\"", "\"Expect\"",
        "\"Upgrade\"", "\"host\"", "\"CONTENT-LENGTH\"")) {
      assertThat(client).doesNotContain(".header(" + h);
    }
  }
}
