package io.github.postman2java.robustness;

import static io.github.postman2java.robustness.Robust.collection;
import static io.github.postman2java.robustness.Robust.example;
import static io.github.postman2java.robustness.Robust.get;
import static io.github.postman2java.robustness.Robust.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.diag.DiagnosticCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed and hostile input documents: ROBUSTNESS.md §7 A1–A16. */
class RobustMalformedInputTest {
  @TempDir Path tmp;

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static final String MINIMAL = collection("Min", get("Ping", "https://api.example.com/ping",
      example("ok", 200, "{\"ok\":true}"))).toString();

  Robust.Outcome run(byte[] bytes) {
    return Robust.run(tmp.resolve("r" + System.nanoTime()), bytes);
  }

  Robust.Outcome run(ObjectNode c) {
    return Robust.run(tmp.resolve("r" + System.nanoTime()), c);
  }

  static void assertCoded(Robust.Outcome o, DiagnosticCode code) {
    assertThat(o.failure().diagnostics()).as("diagnostics").anyMatch(d -> d.code() == code);
  }

  @Test
  @DisplayName("A1 not JSON, truncated, empty, BOM, UTF-16, invalid UTF-8")
  void a1_unreadableDocuments() {
    assertCoded(run(utf8("this is not json")), DiagnosticCode.P2J002_MALFORMED_JSON);
    assertCoded(run(utf8(MINIMAL.substring(0, MINIMAL.length() / 2))),
        DiagnosticCode.P2J002_MALFORMED_JSON);
    assertCoded(run(new byte[0]), DiagnosticCode.P2J002_MALFORMED_JSON);
    assertCoded(run(utf8("   \n ")), DiagnosticCode.P2J002_MALFORMED_JSON);
    byte[] bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] withBom = concat(bom, utf8(MINIMAL));
    assertThat(run(withBom).success().files()).isNotEmpty(); // BOM accepted
    // UTF-16 (with or without BOM): accepted, or a coded error; never garbled names.
    for (byte[] utf16 : List.of(MINIMAL.getBytes(StandardCharsets.UTF_16),
        MINIMAL.getBytes(StandardCharsets.UTF_16LE), MINIMAL.getBytes(StandardCharsets.UTF_16BE))) {
      Robust.Outcome o = run(utf16);
      if (o.ok()) {
        assertThat(o.result().model().clientClass()).isEqualTo("MinClient");
      } else {
        assertThat(o.error().diagnostics()).allMatch(d -> d.code().id().startsWith("P2J00"));
      }
    }
    byte[] bad = utf8(MINIMAL);
    int at = MINIMAL.indexOf("Ping");
    bad[at] = (byte) 0xC3; // a lead byte followed by ASCII: invalid UTF-8
    Robust.Outcome o = run(bad);
    assertThat(o.ok()).as("invalid UTF-8 is an error").isFalse();
    assertThat(o.error().getMessage()).contains("P2J002");
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  @DisplayName("A2 valid JSON but not a collection: OpenAPI, environment, [], \"x\"")
  void a2_notACollection() {
    for (String doc : List.of("{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"x\"},\"paths\":{}}",
        "{\"id\":\"e\",\"name\":\"env\",\"values\":[{\"key\":\"a\",\"value\":\"b\"}],"
            + "\"_postman_variable_scope\":\"environment\"}",
        "[]", "\"x\"", "42", "null")) {
      Robust.Outcome o = run(utf8(doc));
      assertCoded(o, DiagnosticCode.P2J003_NOT_A_COLLECTION);
      assertThat(o.error().getMessage()).contains("not a").contains("v2.0").contains("v2.1");
    }
    assertThat(run(utf8("[]")).error().getMessage()).contains("array");
  }

  @Test
  @DisplayName("A3 v1, v2.0, v2.1, unknown schema; string URLs; auth array vs object")
  void a3_versions() {
    Robust.Outcome v1 = run(utf8("{\"id\":\"x\",\"name\":\"old\",\"requests\":[]}"));
    assertCoded(v1, DiagnosticCode.P2J004_UNSUPPORTED_V1);
    ObjectNode unknown = (ObjectNode) collection("U");
    ((ObjectNode) unknown.get("info")).put("schema",
        "https://schema.getpostman.com/json/collection/v3.0.0/collection.json");
    Robust.Outcome u = run(unknown);
    assertCoded(u, DiagnosticCode.P2J005_UNSUPPORTED_SCHEMA);
    assertThat(u.error().getMessage()).contains("v2.0").contains("v2.1");
    // v2.0: string URL, auth as an object.
    ObjectNode v20 = collection("Old API");
    ((ObjectNode) v20.get("info")).put("schema", Robust.V20);
    ObjectNode item = ((ArrayNode) v20.get("item")).addObject().put("name", "Get");
    ObjectNode req = item.putObject("request").put("method", "GET")
        .put("url", "https://api.example.com/v1/things/:id?x=1");
    req.putObject("auth").put("type", "bearer").putObject("bearer").put("token", "{{t}}");
    item.putArray("response").add(example("ok", 200, "{\"id\":1}"));
    GenerationResult r20 = run(v20).success();
    Robust.compile(r20);
    // v2.1: URL object, auth as an array.
    ObjectNode v21 = collection("New API", get("Get", "https://api.example.com/v1/things",
        example("ok", 200, "{\"id\":1}")));
    v21.putObject("auth").put("type", "bearer").putArray("bearer").addObject()
        .put("key", "token").put("value", "{{t}}");
    Robust.compile(run(v21).success());
  }

  static String nested(int depth, String open, String close, String inner) {
    return open.repeat(depth) + inner + close.repeat(depth);
  }

  @Test
  @DisplayName("A4 10,000-deep nesting: arrays in the document, folders, and an example body")
  void a4_deepNesting() {
    String deepArray = "{\"info\":{\"name\":\"x\",\"schema\":\"" + Robust.V21
        + "\"},\"item\":[],\"x\":" + nested(10_000, "[", "]", "1") + "}";
    Robust.Outcome o = run(utf8(deepArray));
    assertCoded(o, DiagnosticCode.P2J006_INPUT_TOO_LARGE);
    assertThat(o.error().getMessage()).contains("nested deeper than");
    StringBuilder folders = new StringBuilder("{\"info\":{\"name\":\"x\",\"schema\":\""
        + Robust.V21 + "\"},\"item\":[");
    folders.append("{\"name\":\"f\",\"item\":[".repeat(10_000)).append("]}".repeat(10_000));
    folders.append("]}");
    assertCoded(run(utf8(folders.toString())), DiagnosticCode.P2J006_INPUT_TOO_LARGE);
    // A deep example body is a string: skipped or degraded with a warning, never a crash.
    String body = nested(10_000, "{\"a\":", "}", "1");
    Robust.Outcome deepBody = run(collection("Deep", get("Get", "https://api.example.com/x",
        example("ok", 200, body), example("ok2", 200, nested(300, "{\"a\":", "}", "1")))));
    GenerationResult r = deepBody.success();
    assertThat(r.warnings()).isNotEmpty();
    Robust.compile(r);
  }

  @Test
  @DisplayName("A5 100 MB string, 10,000-digit number, 1 MB property name: limit errors")
  void a5_hugeValues() {
    String head = "{\"info\":{\"name\":\"x\",\"schema\":\"" + Robust.V21 + "\"},\"item\":[],";
    byte[] prefix = utf8(head + "\"big\":\"");
    byte[] big = new byte[prefix.length + 100 * 1024 * 1024 + 2];
    System.arraycopy(prefix, 0, big, 0, prefix.length);
    Arrays.fill(big, prefix.length, big.length - 2, (byte) 'a');
    big[big.length - 2] = '"';
    big[big.length - 1] = '}';
    Robust.Outcome s = run(big);
    big = null;
    assertCoded(s, DiagnosticCode.P2J006_INPUT_TOO_LARGE);
    assertThat(s.error().getMessage()).contains("string is longer than");
    Robust.Outcome n = run(utf8(head + "\"n\":" + "9".repeat(10_000) + "}"));
    assertCoded(n, DiagnosticCode.P2J006_INPUT_TOO_LARGE);
    assertThat(n.error().getMessage()).containsIgnoringCase("number");
    Robust.Outcome name = run(utf8(head + "\"" + "k".repeat(1024 * 1024) + "\":1}"));
    assertCoded(name, DiagnosticCode.P2J006_INPUT_TOO_LARGE);
    // In an example body a 10,000-digit number is data: typed as a big number, not a crash.
    GenerationResult r = run(collection("Num", get("Get", "https://api.example.com/x",
        example("ok", 200, "{\"n\":" + "9".repeat(10_000) + "}")))).success();
    Robust.compile(r);
    // 500 MB / 50 M-token documents are not built here: the same read path is bounded by the
    // string and nesting limits above, and RobustResourcesTest runs the CLI under -Xmx256m.
  }

  @Test
  @DisplayName("A6 duplicate keys in the collection (error) and in example bodies (no crash)")
  void a6_duplicateKeys() {
    String dup = "{\"info\":{\"name\":\"a\",\"name\":\"b\",\"schema\":\"" + Robust.V21
        + "\"},\"item\":[]}";
    Robust.Outcome o = run(utf8(dup));
    assertThat(o.ok()).as("a duplicate key in the collection is an error, never last-wins")
        .isFalse();
    assertThat(o.error().getMessage()).contains("P2J00");
    GenerationResult r = run(collection("Dup", get("Get", "https://api.example.com/x",
        example("ok", 200, "{\"id\":1,\"id\":\"x\",\"name\":\"n\"}")))).success();
    Robust.compile(r);
  }

  @Test
  @DisplayName("A7 trailing garbage after the root value")
  void a7_trailingGarbage() {
    assertCoded(run(utf8(MINIMAL + " {}")), DiagnosticCode.P2J002_MALFORMED_JSON);
    assertCoded(run(utf8(MINIMAL + "x")), DiagnosticCode.P2J002_MALFORMED_JSON);
  }

  @Test
  @DisplayName("A8 a parse error never echoes the content next to it")
  void a8_noEcho() {
    String token = "s3cr3tNEXTtoERROR";
    for (String doc : List.of("{\"a\": " + token + "}", "{\"a\":\"" + token + "\" " + token,
        "{\"" + token + "\" 1}", "{\"a\":\"" + token + "\u0001\"}")) {
      Robust.Outcome o = run(utf8(doc));
      assertThat(o.ok()).isFalse();
      assertThat(o.error().getMessage()).doesNotContain(token);
      o.error().diagnostics().forEach(d -> assertThat(d.render()).doesNotContain(token));
    }
  }

  @Test
  @DisplayName("A9 HTML, XML, text and base64 example bodies; lying Content-Type")
  void a9_nonJsonBodies() {
    ObjectNode c = collection("Bodies",
        get("Html", "https://api.example.com/h", example("ok", 200, "<html><body>hi</body>")),
        get("Xml", "https://api.example.com/x", example("ok", 200, "<?xml version=\"1.0\"?><a/>")),
        get("Text", "https://api.example.com/t", example("ok", 200, "plain text")),
        get("Bin", "https://api.example.com/b", example("ok", 200,
            Base64.getEncoder().encodeToString(new byte[] {0, 1, 2, (byte) 255, 10, 13}))));
    GenerationResult r = run(c).success();
    Robust.compile(r);
  }

  @Test
  @DisplayName("A10 comments, trailing commas, unquoted {{var}} in bodies are read leniently")
  void a10_lenientBodies() {
    String body = "{\n // comment\n \"id\": {{id}}, /* block */\n \"tags\": [\"a\",],\n"
        + " \"name\": \"{{name}}\",\n}";
    GenerationResult r = run(collection("Lenient", request("Create", "POST",
        "https://api.example.com/x", body, example("ok", 200, body)))).success();
    Robust.compile(r);
    assertThat(r.model().modelTypes()).isNotEmpty();
  }

  @Test
  @DisplayName("A11 double- and triple-encoded JSON bodies: strings, never unwrapped")
  void a11_doubleEncoded() throws IOException {
    String once = "{\"id\":1,\"name\":\"x\"}";
    String twice = Robust.JSON.writeValueAsString(once);
    String thrice = Robust.JSON.writeValueAsString(twice);
    GenerationResult r = run(collection("Enc",
        get("Two", "https://api.example.com/2", example("ok", 200, twice)),
        get("Three", "https://api.example.com/3", example("ok", 200, thrice)))).success();
    Robust.compile(r);
  }

  @Test
  @DisplayName("A12 pre-request and test scripts are ignored, never executed or copied")
  void a12_scriptsIgnored() {
    ObjectNode c = collection("Scripts", get("Get", "https://api.example.com/x",
        example("ok", 200, "{\"id\":1}")));
    ObjectNode ev = ((ArrayNode) c.putArray("event")).addObject().put("listen", "prerequest");
    ev.putObject("script").putArray("exec")
        .add("java.lang.Runtime.getRuntime().exec('touch " + tmp.resolve("pwned") + "');")
        .add("pm.environment.set('x', 'SCRIPT_MARKER');");
    GenerationResult r = run(c).success();
    assertThat(tmp.resolve("pwned")).doesNotExist();
    assertThat(Robust.allOutput(r)).doesNotContain("SCRIPT_MARKER").doesNotContain("pwned");
    // There is no INFO severity (only ERROR and WARNING): ignoring scripts is silent by design.
  }

  @Test
  @DisplayName("A13 form-data file src (/etc/passwd, ../../.ssh/id_rsa, arrays) is never read")
  void a13_fileSourcesNeverRead() throws IOException {
    Path secretFile = tmp.resolve("id_rsa");
    Files.writeString(secretFile, "FILE_CONTENT_MARKER");
    ObjectNode item = request("Upload", "POST", "https://api.example.com/upload", null);
    ObjectNode body = ((ObjectNode) item.get("request")).putObject("body").put("mode", "formdata");
    ArrayNode fields = body.putArray("formdata");
    fields.addObject().put("key", "a").put("type", "file").put("src", secretFile.toString());
    fields.addObject().put("key", "b").put("type", "file").put("src", "/etc/passwd");
    fields.addObject().put("key", "c").put("type", "file").put("src", "../../.ssh/id_rsa");
    fields.addObject().put("key", "d").put("type", "file").putArray("src")
        .add(secretFile.toString()).add("/etc/shadow");
    ObjectNode fileBody = ((ObjectNode) request("Raw", "PUT", "https://api.example.com/f", null)
        .get("request"));
    GenerationResult r = run(collection("Files", item)).success();
    Robust.compile(r);
    String out = Robust.allOutput(r);
    assertThat(out).doesNotContain("FILE_CONTENT_MARKER").doesNotContain("root:x:0:0");
    assertThat(fileBody).isNotNull();
  }

  @Test
  @DisplayName("A14 unresolved {{var}}, :id, disabled headers/query, duplicate query keys")
  void a14_variablesAndDisabled() {
    ObjectNode item = get("Get", "{{baseUrl}}/v1/{{tenant}}/users/:id/x-{{slug}}?tag=a&tag=b",
        example("ok", 200, "{\"id\":1}"));
    ((ObjectNode) item.get("request").get("url")).putArray("variable").addObject()
        .put("key", "id").put("value", "42");
    ((ArrayNode) item.get("request").get("url").get("query")).addObject()
        .put("key", "hiddenQueryKey").put("value", "1").put("disabled", true);
    ((ArrayNode) item.get("request").get("header")).addObject()
        .put("key", "X-Hidden-Header").put("value", "1").put("disabled", true);
    GenerationResult r = run(collection("Vars", item)).success();
    Robust.compile(r);
    String code = Robust.allOutput(r);
    assertThat(code).doesNotContain("X-Hidden-Header").doesNotContain("hiddenQueryKey");
  }

  @Test
  @DisplayName("A15 userinfo, fragment, spaces, IPv6, file:/javascript:/ftp: schemes")
  void a15_oddUrls() {
    ObjectNode c = collection("Urls",
        get("Frag", "https://api.example.com/x#frag", example("ok", 200, "{\"a\":1}")),
        get("Spaces", "https://api.example.com/a b/c d?q=x y", example("ok", 200, "{\"a\":1}")),
        get("Ipv6", "http://[::1]:8080/x", example("ok", 200, "{\"a\":1}")),
        get("File", "file:///etc/passwd"),
        get("Js", "javascript:alert(1)"),
        get("Ftp", "ftp://ftp.example.com/x"));
    Robust.Outcome o = run(c);
    GenerationResult r = o.success();
    Robust.compile(r);
    Robust.assertInert(r);
    assertThat(Robust.codeOnly(r)).doesNotContain("javascript:").doesNotContain("file:");
  }

  @Test
  @DisplayName("A16 10,000 requests: completes in time, deterministic")
  void a16_hugeCollection() {
    long start = System.nanoTime();
    GenerationResult huge = run(synthetic(10_000)).success();
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertThat(seconds).as("seconds for 10,000 requests").isLessThan(90);
    assertThat(huge.model().root()).isNotNull();
    // Determinism is checked on a tenth of it, to keep the suite fast.
    ObjectNode c = synthetic(1_000);
    GenerationResult a = run(c).success();
    GenerationResult b = run(c).success();
    assertThat(b.files()).isEqualTo(a.files());
    assertThat(b.manifestJson()).isEqualTo(a.manifestJson());
  }

  /** {@code n} requests in folders of 100, each with a small request body and two examples. */
  static ObjectNode synthetic(int n) {
    ObjectNode c = collection("Synthetic");
    ArrayNode top = (ArrayNode) c.get("item");
    ObjectNode folder = null;
    for (int i = 0; i < n; i++) {
      if (i % 100 == 0) {
        folder = Robust.folder("Folder " + i / 100);
        top.add(folder);
      }
      String body = "{\"id\":" + i + ",\"name\":\"n" + i + "\",\"kind" + (i % 7) + "\":true}";
      ((ArrayNode) folder.get("item")).add(request("Request " + i, i % 2 == 0 ? "GET" : "POST",
          "{{baseUrl}}/v1/r" + (i % 50) + "/:id", i % 2 == 0 ? null : body,
          example("ok", 200, body), example("bad", 400, "{\"code\":\"E" + (i % 9)
              + "\",\"message\":\"m\"}")));
    }
    return c;
  }
}
