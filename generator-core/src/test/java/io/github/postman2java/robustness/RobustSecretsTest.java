package io.github.postman2java.robustness;

import static io.github.postman2java.robustness.Robust.F;
import static io.github.postman2java.robustness.Robust.example;
import static io.github.postman2java.robustness.Robust.header;
import static io.github.postman2java.robustness.Robust.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.cli.Main;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.GenerationException;
import io.github.postman2java.diag.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Canary secrets (ROBUSTNESS.md §7 F1–F10): a distinct token is planted in every place a
 * collection can hold one. None may appear in generated files, the manifest, CLI output,
 * diagnostics or exception messages, not even re-cased into an identifier; {@code
 * --fail-on-secrets} turns them into errors that list the places, redacted.
 */
class RobustSecretsTest {
  @TempDir Path tmp;

  /** Every canary planted by {@link #canaryCollection}, with where it was planted. */
  static final List<String[]> CANARIES = new ArrayList<>();

  static String canary(String place) {
    String token = "k9CANARY" + String.format(Locale.ROOT, "%02d", CANARIES.size()) + "x7Qp";
    CANARIES.add(new String[] {token, place});
    return token;
  }

  static String shaped(String place, String token) {
    CANARIES.add(new String[] {token, place});
    return token;
  }

  static final ObjectNode COLLECTION = canaryCollection();

  static ObjectNode auth21(String type, String... kv) {
    ObjectNode a = F.objectNode().put("type", type);
    ArrayNode arr = a.putArray(type);
    for (int i = 0; i < kv.length; i += 2) {
      arr.addObject().put("key", kv[i]).put("value", kv[i + 1]).put("type", "string");
    }
    return a;
  }

  static ObjectNode auth20(String type, String... kv) {
    ObjectNode a = F.objectNode().put("type", type);
    ObjectNode o = a.putObject(type);
    for (int i = 0; i < kv.length; i += 2) {
      o.put(kv[i], kv[i + 1]);
    }
    return a;
  }

  static ArrayNode vars(String... kv) {
    ArrayNode arr = F.arrayNode();
    for (int i = 0; i < kv.length; i += 2) {
      arr.addObject().put("key", kv[i]).put("value", kv[i + 1]);
    }
    return arr;
  }

  static ObjectNode script(String listen, String line) {
    ObjectNode e = F.objectNode().put("listen", listen);
    e.putObject("script").put("type", "text/javascript").putArray("exec").add(line);
    return e;
  }

  static ObjectNode canaryCollection() {
    String jwt = shaped("description (JWT)",
        "eyJhbGciOiJIUzI1NiJ9.eyJjYW5hcnkiOiJrOUNBTkFSWSJ9.k9CANARYjwtSig");
    String ghp = shaped("variable value (GitHub token shape)",
        "ghp_k9CANARYghpAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    String slack = shaped("request description (Slack token shape)", "xoxb-k9CANARYslack-12345");
    String aws = shaped("folder variable (AWS key shape)", "AKIAK9CANARYAWS0ABCD");

    ObjectNode login = request("Login", "POST",
        "https://api.example.com/v1/login?api_key="
            + canary("query api_key") + "&page=1",
        "{\"username\":\"bob\",\"password\":\"" + canary("request body password")
            + "\",\"client_secret\":\"" + canary("request body client_secret") + "\"}",
        example("ok", 200, "{\"access_token\":\"" + canary("example access_token")
            + "\",\"refresh_token\":\"" + canary("example refresh_token")
            + "\",\"token_type\":\"bearer\",\"expires_in\":3600}"),
        example("ok again", 200, "{\"access_token\":\"" + canary("example access_token 2")
            + "\",\"refresh_token\":\"" + canary("example refresh_token 2")
            + "\",\"token_type\":\"bearer\",\"expires_in\":3600}"));
    ((ArrayNode) login.get("response").get(0).get("header")).addObject()
        .put("key", "Set-Cookie").put("value", "sid=" + canary("example Set-Cookie") + "; Path=/");
    header(login, "Authorization", "Bearer " + canary("Authorization header"));
    header(login, "X-API-Key", canary("X-API-Key header"));
    header(login, "Cookie", "session=" + canary("Cookie header"));
    ((ObjectNode) login.get("request")).put("description", "Logs in. Example token " + slack);
    ((ObjectNode) login.get("request")).set("auth",
        auth21("apikey", "key", "X-Key", "value", canary("request apikey auth (v2.1)"),
            "in", "header"));
    login.set("variable", vars("password", canary("request variable password")));
    login.putArray("event").add(script("prerequest",
        "pm.environment.set('token', '" + canary("pre-request script") + "');"));

    ObjectNode me = request("Me", "GET", "{{baseUrl}}/v1/me", null,
        example("me", 200, "{\"id\":1,\"name\":\"Bob\"}"));
    ((ObjectNode) me.get("request")).set("auth",
        auth20("oauth2", "accessToken", canary("oauth2 accessToken (v2.0 object)"),
            "clientSecret", canary("oauth2 clientSecret"), "tokenType", "Bearer"));
    // The example's original request repeats the credential (Postman saves it that way).
    ObjectNode original = F.objectNode().put("method", "GET");
    original.putArray("header").addObject().put("key", "Authorization")
        .put("value", "Bearer " + canary("example originalRequest header"));
    original.set("url", Robust.url("https://api.example.com/v1/me"));
    ((ObjectNode) me.get("response").get(0)).set("originalRequest", original);

    ObjectNode folder = Robust.folder("Account", login, me);
    folder.set("auth", auth20("basic", "username", "admin",
        "password", canary("folder basic auth password (v2.0 object)")));
    folder.set("variable", vars("apiKey", canary("folder variable apiKey"), "awsKey", aws));
    folder.put("description", "Account endpoints; debug JWT " + jwt);
    folder.putArray("event").add(script("test",
        "pm.collectionVariables.set(\"client_secret\", \"" + canary("test script") + "\");"));

    ObjectNode c = Robust.collection("Canary API", folder,
        request("Vault", "GET", "{{baseUrl}}/v1/vault", null));
    ObjectNode vault = (ObjectNode) c.get("item").get(1);
    header(vault, "Authorization", "Bearer {{vault:authorization-secret}}");
    header(vault, "X-API-Key", "<AUTHORIZATION_SECRET>");
    c.set("auth", auth21("bearer", "token", canary("collection bearer auth (v2.1 array)")));
    c.set("variable", vars("baseUrl", "https://api.example.com", "token",
        canary("collection variable token"), "client_secret",
        canary("collection variable client_secret"), "x1", ghp));
    ((ArrayNode) c.get("variable")).addObject().put("key", "opaque")
        .put("value", canary("collection variable of type secret")).put("type", "secret");
    ((ObjectNode) c.get("info")).put("description", "Canary collection " + jwt);
    return c;
  }

  /** Fails if any canary, or its letters and digits in any case, appears in {@code text}. */
  static void assertNoCanary(String what, String text) {
    String folded = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    for (String[] c : CANARIES) {
      assertThat(text).as("%s leaks the canary planted in %s", what, c[1]).doesNotContain(c[0]);
      String f = c[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
      assertThat(folded).as("%s leaks (re-cased) the canary planted in %s", what, c[1])
          .doesNotContain(f);
    }
    assertThat(text.toLowerCase(Locale.ROOT)).as("%s mentions a canary", what)
        .doesNotContain("k9canary");
  }

  record CliRun(int exit, String out, String err, Path output, Path manifest) {}

  CliRun cli(String name, ObjectNode collection, String... extra) throws IOException {
    Path file = Robust.write(tmp.resolve(name), "canary.postman_collection.json",
        collection.toString().getBytes(StandardCharsets.UTF_8));
    Path out = tmp.resolve(name).resolve("out");
    Path manifest = tmp.resolve(name).resolve("manifest.json");
    List<String> args = new ArrayList<>(List.of("generate", file.toString(), "--package",
        Robust.PKG, "--output", out.toString(), "--manifest", manifest.toString()));
    args.addAll(List.of(extra));
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int exit = Main.run(args.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
    return new CliRun(exit, o.toString(), e.toString(), out, manifest);
  }

  static String tree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        sb.append(dir.relativize(p)).append('\n').append(Files.readString(p)).append('\n');
      }
    }
    return sb.toString();
  }

  @Test
  @DisplayName("F1 F2 F3 F4 F5 F7 F9 canaries in every hiding place never reach any output")
  void f1_f9_canariesNeverLeak() throws IOException {
    CliRun run = cli("plain", COLLECTION);
    assertThat(run.exit()).as(run.err()).isZero();
    assertNoCanary("generated files", tree(run.output()));
    assertNoCanary("manifest", Files.readString(run.manifest()));
    assertNoCanary("CLI stdout", run.out());
    assertNoCanary("CLI stderr", run.err());
    GenerationResult r = Robust.run(GeneratorOptions.builder(
        tmp.resolve("plain").resolve("canary.postman_collection.json"), Robust.PKG).build())
        .success();
    Robust.compile(r);
    for (Diagnostic d : r.warnings()) {
      assertNoCanary("diagnostic", d.render() + d.location() + d.message());
    }
    // F1: found secrets are reported as warnings with a location and a fingerprint.
    List<Diagnostic> secretWarnings = r.warnings().stream()
        .filter(d -> d.code() == DiagnosticCode.P2J050_SECRET_IN_COLLECTION).toList();
    assertThat(secretWarnings).isNotEmpty();
    assertThat(secretWarnings).allSatisfy(d ->
        assertThat(d.message()).matches(".*\\(\\d+ chars, sha256 [0-9a-f]{6}\\).*"));
    // Every planted place except the script bodies is found (scripts are never copied anyway).
    String pointers = String.join("\n", secretWarnings.stream()
        .map(d -> d.location().pointer()).toList());
    assertThat(pointers).contains("/auth", "/variable/", "/request/header/",
        "/request/url/query/", "/request/body", "/response/0/body", "/response/0/header/",
        "/response/0/originalRequest/header/", "/description", "/event/");
    // F3: credential headers become configuration, not constants
    String client = tree(run.output());
    assertThat(client).contains("bearerToken(");
  }

  @Test
  @DisplayName("F4 URL userinfo (https://user:pass@host) is stripped: never in the origin literal")
  void f4_userinfoIsStripped() throws IOException {
    String token = "k9CANARYuserinfo00x7Qp";
    ObjectNode c = Robust.collection("Userinfo",
        request("Get", "GET", "https://bob:" + token + "@api.example.com/v1/items?page=1", null,
            example("ok", 200, "{\"id\":1}")));
    // As Postman writes it: the userinfo only in "raw" (host and path are the parsed parts).
    ObjectNode url = (ObjectNode) c.get("item").get(0).get("request").get("url");
    url.putArray("host").add("api").add("example").add("com");
    CliRun run = cli("userinfo", c);
    assertThat(run.exit()).as(run.err()).isZero();
    String all = tree(run.output()) + Files.readString(run.manifest()) + run.out() + run.err();
    assertThat(all).doesNotContain(token).doesNotContain("bob:");
    CliRun failing = cli("userinfo-fail", c, "--fail-on-secrets");
    assertThat(failing.exit()).isEqualTo(Main.INPUT_ERROR);
    assertThat(failing.err()).contains("error[P2J050]: literal credential in URL userinfo")
        .doesNotContain(token);
  }

  @Test
  @DisplayName("F6 vault references and <AUTHORIZATION_SECRET> placeholders are not secrets")
  void f6_placeholdersAreNotSecrets() {
    ObjectNode vault = request("Vault", "GET", "https://api.example.com/v1/vault", null);
    header(vault, "Authorization", "Bearer {{vault:authorization-secret}}");
    header(vault, "X-API-Key", "<AUTHORIZATION_SECRET>");
    ObjectNode c = Robust.collection("Vault", vault);
    c.set("auth", auth21("bearer", "token", "{{vault:token}}"));
    c.set("variable", vars("token", "{{vault:api-token}}", "password", "<PASSWORD>"));
    Robust.Outcome o = Robust.run(GeneratorOptions.builder(
        Robust.write(tmp, "v.json", c.toString().getBytes(StandardCharsets.UTF_8)), Robust.PKG)
        .failOnSecrets(true).build());
    assertThat(o.success().warnings()).noneMatch(
        d -> d.code() == DiagnosticCode.P2J050_SECRET_IN_COLLECTION);
  }

  @Test
  @DisplayName("F7 secret-shaped text in descriptions is redacted and warned; scripts never copied")
  void f7_descriptionsAndScripts() throws IOException {
    CliRun run = cli("f7", COLLECTION);
    String out = tree(run.output());
    assertThat(out).contains("&lt;redacted ");
    assertThat(out).doesNotContain("pm.environment").doesNotContain("pm.collectionVariables");
  }

  @Test
  @DisplayName("F8 --fail-on-secrets: exit 1, one error per place with location, all redacted")
  void f8_failOnSecrets() throws IOException {
    CliRun run = cli("fail", COLLECTION, "--fail-on-secrets");
    assertThat(run.exit()).isEqualTo(Main.INPUT_ERROR);
    assertThat(run.output()).doesNotExist();
    assertThat(run.manifest()).doesNotExist();
    assertNoCanary("stderr", run.err());
    assertNoCanary("stdout", run.out());
    List<String> lines = run.err().lines().filter(l -> l.contains("error[P2J050]")).toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(20);
    assertThat(lines).allSatisfy(l -> assertThat(l)
        .matches("canary\\.postman_collection\\.json:\\d+:\\d+: error\\[P2J050]: literal "
            + "credential in .* \\(\\d+ chars, sha256 [0-9a-f]{6}\\).* \\(at #/.+\\)"));
    // The API gives the same, as a GenerationException whose message is redacted too.
    try {
      Robust.run(GeneratorOptions.builder(
          tmp.resolve("fail").resolve("canary.postman_collection.json"), Robust.PKG)
          .failOnSecrets(true).build()).failure();
      GenerationException e = Robust.run(GeneratorOptions.builder(
          tmp.resolve("fail").resolve("canary.postman_collection.json"), Robust.PKG)
          .failOnSecrets(true).build()).failure();
      assertNoCanary("exception message", e.getMessage() + e);
      assertThat(e.diagnostics()).anyMatch(d -> d.severity() == Severity.ERROR
          && d.code() == DiagnosticCode.P2J050_SECRET_IN_COLLECTION);
    } catch (AssertionError ae) {
      throw ae;
    }
  }

  @Test
  @DisplayName("F9 error paths: parse errors and failures never contain a canary")
  void f9_errorPathsNeverEchoSecrets() throws IOException {
    String token = "k9CANARYparse00x7Qp";
    for (String broken : List.of(
        "{\"info\":{\"name\":\"" + token + "\" \"schema\":1}}",
        "{\"token\":\"" + token + "\", " + token + "}",
        "{\"a\":\"" + token + "\"} " + token,
        "{\"info\":{\"name\":\"" + token + "\",\"schema\":\"https://x/v9.9/" + token + "\"}}",
        "[\"" + token + "\"]")) {
      Path f = Robust.write(tmp.resolve("f9"), "b.json", broken.getBytes(StandardCharsets.UTF_8));
      StringWriter o = new StringWriter();
      StringWriter e = new StringWriter();
      int exit = Main.run(new String[] {"generate", f.toString(), "--package", "a.b", "--output",
          tmp.resolve("f9out").toString()}, new PrintWriter(o), new PrintWriter(e));
      assertThat(exit).isEqualTo(Main.INPUT_ERROR);
      assertThat(o.toString() + e).doesNotContain(token).doesNotContain("k9CANARY");
      assertThat(e.toString()).contains("error[P2J");
    }
  }

  @Test
  @DisplayName("F10 no copy of the collection in the output, manifest or temp space")
  void f10_noCopiesOfTheCollection() throws IOException {
    Path sysTmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = Robust.list(sysTmp);
    CliRun run = cli("f10", COLLECTION);
    assertThat(run.exit()).isZero();
    try (Stream<Path> s = Files.walk(run.output())) {
      assertThat(s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .allMatch(n -> n.endsWith(".java"));
    }
    List<Path> after;
    try (Stream<Path> s = Files.list(sysTmp)) {
      after = s.filter(p -> !before.contains(p)).toList();
    }
    for (Path p : after) {
      if (Files.isRegularFile(p) && Files.isReadable(p) && Files.size(p) < 50_000_000) {
        assertNoCanary("new temp file " + p, new String(Files.readAllBytes(p),
            StandardCharsets.ISO_8859_1));
      }
    }
    // The plugin's state files are covered by the maven-plugin module (BuildState stores hashes).
  }
}
