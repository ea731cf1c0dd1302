package io.github.postman2java.robustness;

import static io.github.postman2java.robustness.Robust.F;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.cli.Main;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.GenerationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11: a distinct canary credential in every string a collection has (names of items,
 * folders, variables and examples, path segments including a raw {@code me?api_key=...}
 * element, query keys and values, header names and values, descriptions at every level, raw,
 * urlencoded and multipart bodies, GraphQL text and variables, URL userinfo and fragment,
 * cookies, example headers and bodies, saved original requests, auth, scripts), in v2.1 and
 * v2.0 shapes. No canary may reach a generated file, the manifest, the CLI output, a diagnostic
 * or an error, not even re-cased into an identifier.
 */
class RobustHostileCanaryTest {
  @TempDir Path tmp;

  /** Planted canaries: value and place. */
  private final List<String[]> canaries = new ArrayList<>();

  /** A GitHub-format token, unique per place: detectable wherever it stands. */
  private String ghp(String place) {
    String n = String.format(Locale.ROOT, "%03d", canaries.size());
    String token = "ghp_C4n4ry" + n + "Kw9RmT3vLpNs7YhBcD2fGjQ";
    canaries.add(new String[] {token, place});
    return token;
  }

  /** A plain random-looking value: only its place (a credential name) says it is secret. */
  private String plain(String place) {
    String n = String.format(Locale.ROOT, "%03d", canaries.size());
    String token = "Qz7" + n + "mV4tR9pWc2Lh";
    canaries.add(new String[] {token, place});
    return token;
  }

  private String shaped(String place, String token) {
    canaries.add(new String[] {token, place});
    return token;
  }

  private static ObjectNode kv(ArrayNode into, String key, String value, String description) {
    ObjectNode o = into.addObject().put("key", key).put("value", value);
    if (description != null) {
      o.put("description", description);
    }
    return o;
  }

  ObjectNode v21() {
    ObjectNode c = F.objectNode();
    c.putObject("info").put("name", "Acme " + ghp("collection name"))
        .put("description", "Collection doc " + ghp("collection description"))
        .put("schema", Robust.V21);
    ArrayNode vars = c.putArray("variable");
    kv(vars, "baseUrl", "https://api.example.com", null);
    kv(vars, ghp("variable name"), "1", null);
    kv(vars, "note", ghp("variable value"), "Variable doc " + ghp("variable description"));
    kv(vars, "api_key", plain("secret-named variable value"), null);
    vars.addObject().put("key", "opaque").put("value", plain("secret-typed variable"))
        .put("type", "secret");
    ObjectNode auth = c.putObject("auth").put("type", "bearer");
    kv(auth.putArray("bearer"), "token", plain("collection bearer token"), null);
    c.putArray("event").addObject().put("listen", "prerequest").putObject("script")
        .putArray("exec").add("pm.environment.set('session_token', '"
            + plain("script value") + "'); // " + ghp("script comment"));

    ObjectNode folder = c.putArray("item").addObject();
    folder.put("name", "Folder " + ghp("folder name"))
        .put("description", "Folder doc; the password is " + plain("password in prose"));
    ObjectNode fauth = folder.putObject("auth").put("type", "basic");
    kv(fauth.putArray("basic"), "username", "admin", null);
    kv(fauth.putArray("basic").addObject().putArray("x"), "password", "unused", null);
    ((ArrayNode) fauth.get("basic")).addObject().put("key", "password")
        .put("value", plain("folder basic password"));
    ArrayNode items = folder.putArray("item");
    items.add(jsonRequest());
    items.add(formRequest("urlencoded"));
    items.add(formRequest("formdata"));
    items.add(graphqlRequest());
    items.add(textRequest());
    return c;
  }

  private ObjectNode jsonRequest() {
    ObjectNode item = F.objectNode().put("name", "Get " + ghp("request name"))
        .put("description", "Item doc " + ghp("item description"));
    kv(item.putArray("variable"), "item_var", ghp("item variable value"), null);
    ObjectNode req = item.putObject("request").put("method", "POST")
        .put("description", "Request doc " + ghp("request description"));
    ArrayNode headers = req.putArray("header");
    kv(headers, ghp("header name"), "1", null);
    kv(headers, "X-Note", ghp("header value"), "Header doc " + ghp("header description"));
    kv(headers, "Authorization", "Bearer " + plain("Authorization header"), null);
    kv(headers, "Cookie", "sid=" + plain("Cookie header") + "; theme=dark", null);
    kv(headers, "X-auth-access-token", plain("X-auth-access-token header"), null);
    String rawPath = "me?api_key=" + plain("raw path element query");
    String seg = ghp("path segment");
    String userinfo = plain("URL userinfo");
    String fragment = ghp("URL fragment");
    String qKey = ghp("query key");
    String qValue = ghp("query value");
    String qSecret = plain("query access_token");
    ObjectNode url = req.putObject("url");
    url.put("raw", "https://bob:" + userinfo + "@api.example.com/v1/" + seg + "/" + rawPath
        + "/:id?" + qKey + "=1&q=" + qValue + "&access_token=" + qSecret + "#" + fragment);
    url.put("protocol", "https");
    url.putArray("host").add("api").add("example").add("com");
    url.putArray("path").add("v1").add(seg).add(rawPath).add(":id");
    ArrayNode query = url.putArray("query");
    kv(query, qKey, "1", null);
    kv(query, "q", qValue, "Query doc " + ghp("query description"));
    kv(query, "access_token", qSecret, null);
    kv(url.putArray("variable"), "id", ghp("path variable value"), null);
    url.put("hash", fragment);
    ObjectNode body = req.putObject("body").put("mode", "raw");
    body.put("raw", "{\"note\":\"" + ghp("raw body value") + "\",\"password\":\""
        + plain("raw body password") + "\",\"n\":1}");
    body.putObject("options").putObject("raw").put("language", "json");
    ObjectNode rauth = req.putObject("auth").put("type", "apikey");
    kv(rauth.putArray("apikey"), "key", "X-Key", null);
    kv((ArrayNode) rauth.get("apikey"), "value", plain("request apikey value"), null);
    kv((ArrayNode) rauth.get("apikey"), "in", "header", null);

    ArrayNode responses = item.putArray("response");
    ObjectNode ok = responses.addObject().put("name", "Saved " + ghp("example name"))
        .put("code", 200).put("status", "OK " + ghp("example status"));
    ArrayNode eh = ok.putArray("header");
    kv(eh, "Content-Type", "application/json", null);
    kv(eh, ghp("example header name"), "1", null);
    kv(eh, "X-Trace", ghp("example header value"), null);
    kv(eh, "Set-Cookie", "session=" + plain("example Set-Cookie") + "; Path=/; HttpOnly", null);
    String jwt = shaped("JWT in example body", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJDNG40cnkifQ"
        + ".Zm9vQzRuNHJ5c2lnbmF0dXJlMQ");
    ok.put("body", "{\"id\":1,\"jwt\":\"" + jwt + "\",\"meeting\":{\"password\":\""
        + plain("meeting password in example") + "\"},\"" + ghp("example body key")
        + "\":2,\"aws\":\"" + shaped("AWS key in example", "AKIAC4N4RYQZ7W3PLK9M") + "\"}");
    ok.put("_postman_previewlanguage", "json");
    ObjectNode original = ok.putObject("originalRequest").put("method", "POST");
    kv(original.putArray("header"), "Authorization", "Bearer " + plain("originalRequest header"),
        null);
    original.putObject("url").put("raw", "https://api.example.com/v1/"
        + ghp("originalRequest path"));
    return item;
  }

  private ObjectNode formRequest(String mode) {
    ObjectNode item = F.objectNode().put("name", "Send " + mode);
    ObjectNode req = item.putObject("request").put("method", "POST");
    req.putArray("header");
    req.putObject("url").put("raw", "https://api.example.com/v1/" + mode);
    ObjectNode body = req.putObject("body").put("mode", mode);
    ArrayNode fields = body.putArray(mode);
    fields.addObject().put("key", ghp(mode + " key")).put("value", "1").put("type", "text");
    fields.addObject().put("key", "note").put("value", ghp(mode + " value"))
        .put("type", "text").put("description", "Field doc " + ghp(mode + " description"));
    fields.addObject().put("key", "client_secret").put("value", plain(mode + " client_secret"))
        .put("type", "text");
    if ("formdata".equals(mode)) {
      fields.addObject().put("key", "file").put("type", "file")
          .put("src", "/uploads/" + ghp("formdata file src"));
    }
    return item;
  }

  private ObjectNode graphqlRequest() {
    ObjectNode item = F.objectNode().put("name", "Query");
    ObjectNode req = item.putObject("request").put("method", "POST");
    req.putArray("header");
    req.putObject("url").put("raw", "https://api.example.com/graphql");
    ObjectNode g = req.putObject("body").put("mode", "graphql").putObject("graphql");
    g.put("query", "query { user(note: \"" + ghp("GraphQL query text") + "\") { id } }");
    g.put("variables", "{\"token\":\"" + plain("GraphQL token variable") + "\",\"q\":\""
        + ghp("GraphQL variable value") + "\"}");
    return item;
  }

  private ObjectNode textRequest() {
    ObjectNode item = F.objectNode().put("name", "Notes");
    ObjectNode req = item.putObject("request").put("method", "POST");
    req.putArray("header");
    req.putObject("url").put("raw", "https://api.example.com/v1/notes");
    ObjectNode body = req.putObject("body").put("mode", "raw");
    body.put("raw", "token: " + plain("token in text body") + "\nslack "
        + shaped("Slack token in text", "xoxb-C4n4ry0042-Qz7mV4tR9p") + "\nkey "
        + shaped("private key block", "-----BEGIN RSA PRIVATE KEY-----\nMIIC4n4ryQz7mV4t"
            + "\n-----END RSA PRIVATE KEY-----"));
    body.putObject("options").putObject("raw").put("language", "text");
    return item;
  }

  /** v2.0 shapes: URL strings, auth as an object, headers as one string. */
  ObjectNode v20() {
    ObjectNode c = F.objectNode();
    c.putObject("info").put("name", "Old " + ghp("v2.0 collection name"))
        .put("schema", Robust.V20);
    ObjectNode item = c.putArray("item").addObject().put("name", "Fetch "
        + ghp("v2.0 request name"));
    ObjectNode req = item.putObject("request").put("method", "GET");
    req.put("url", "https://api.example.com/v1/" + ghp("v2.0 path") + "?api_key="
        + plain("v2.0 query api_key"));
    req.put("header", "X-Api-Key: " + plain("v2.0 string header") + "\nX-Note: "
        + ghp("v2.0 string header value"));
    req.putObject("auth").put("type", "oauth2").putObject("oauth2")
        .put("accessToken", plain("v2.0 oauth2 accessToken")).put("tokenType", "Bearer");
    item.putArray("response").addObject().put("name", "ok").put("code", 200)
        .put("body", "{\"refresh_token\":\"" + plain("v2.0 example refresh_token") + "\"}");
    return c;
  }

  private void assertNoCanary(String what, String text) {
    String folded = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    for (String[] c : canaries) {
      assertThat(text).as("%s leaks the canary planted in %s", what, c[1]).doesNotContain(c[0]);
      String f = c[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
      assertThat(folded).as("%s leaks (re-cased) the canary planted in %s", what, c[1])
          .doesNotContain(f);
    }
    assertThat(text.toLowerCase(Locale.ROOT)).as("%s mentions a canary", what)
        .doesNotContain("c4n4ry").doesNotContain("qz7");
  }

  private record Cli(int exit, String out, String err, String files, String manifest) {}

  private Cli cli(String name, ObjectNode collection, String... extra) throws IOException {
    Path dir = tmp.resolve(name);
    Path file = Robust.write(dir, "hostile.postman_collection.json",
        collection.toString().getBytes(StandardCharsets.UTF_8));
    List<String> args = new ArrayList<>(List.of("generate", file.toString(), "--package",
        Robust.PKG, "--output", dir.resolve("out").toString(), "--manifest",
        dir.resolve("m.json").toString()));
    args.addAll(List.of(extra));
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int exit = Main.run(args.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
    Path m = dir.resolve("m.json");
    return new Cli(exit, o.toString(), e.toString(), RobustSecretsTest.tree(dir.resolve("out")),
        Files.exists(m) ? Files.readString(m) : "");
  }

  private void assertNothingLeaks(String shape, ObjectNode collection) throws IOException {
    Cli run = cli(shape, collection);
    assertThat(run.exit()).as(run.err()).isZero();
    assertNoCanary(shape + " generated files", run.files());
    assertNoCanary(shape + " manifest", run.manifest());
    assertNoCanary(shape + " stdout", run.out());
    assertNoCanary(shape + " stderr", run.err());
    GenerationResult r = Robust.run(GeneratorOptions.builder(
        tmp.resolve(shape).resolve("hostile.postman_collection.json"), Robust.PKG).build())
        .success();
    Robust.compile(r);
    for (Diagnostic d : r.warnings()) {
      assertNoCanary(shape + " diagnostic", d.render());
    }
    assertThat(r.warnings()).anyMatch(d -> d.code() == DiagnosticCode.P2J050_SECRET_IN_COLLECTION);
    Cli failing = cli(shape + "-fail", collection, "--fail-on-secrets");
    assertThat(failing.exit()).isEqualTo(Main.INPUT_ERROR);
    assertNoCanary(shape + " --fail-on-secrets stderr", failing.err() + failing.out());
    GenerationException e = Robust.run(GeneratorOptions.builder(
        tmp.resolve(shape + "-fail").resolve("hostile.postman_collection.json"), Robust.PKG)
        .failOnSecrets(true).build()).failure();
    assertNoCanary(shape + " exception", e.getMessage());
  }

  @Test
  void v21CanariesInEveryStringNeverReachAnyOutput() throws IOException {
    assertNothingLeaks("v21", v21());
  }

  @Test
  void v20CanariesNeverReachAnyOutput() throws IOException {
    assertNothingLeaks("v20", v20());
  }

  @Test
  void redactedNamesStayReadableAndCredentialsBecomeSuppliedParameters() throws IOException {
    Cli run = cli("names", v21());
    assertThat(run.exit()).as(run.err()).isZero();
    // "Get ghp_..." reads as getToken, its Javadoc as the redacted kind.
    assertThat(run.files()).contains("getToken(").contains("Item doc &lt;redacted token&gt;")
        .contains("AcmeTokenClient").contains("Sends \"Send urlencoded\"");
    // A credential in a path segment, a raw path element or a header is a parameter the
    // caller passes, never its marker.
    assertThat(run.files()).contains(".segment(\"me?api_key=\", key)")
        .contains(".headerTemplate(\"Authorization\", \"Bearer \", ")
        .doesNotContain(".literal(\"\\ue000");
    assertThat(run.manifest()).contains("Get <redacted token>");
  }

  @Test
  void everyCanaryPlaceIsReported() {
    GenerationResult r = Robust.run(tmp.resolve("report"), v21()).success();
    List<String> pointers = r.warnings().stream()
        .filter(d -> d.code() == DiagnosticCode.P2J050_SECRET_IN_COLLECTION)
        .map(d -> d.location().pointer()).toList();
    assertThat(String.join("\n", pointers)).contains("/info/name", "/info/description",
        "/variable/", "/auth", "/event/0", "/item/0/name", "/item/0/description",
        "/request/header/", "/request/url/query/", "/request/url/path/", "/request/url/raw",
        "/request/body", "/response/0/body", "/response/0/header/",
        "/response/0/originalRequest/header/", "/graphql/variables");
  }
}
