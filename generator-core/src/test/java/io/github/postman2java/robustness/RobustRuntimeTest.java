package io.github.postman2java.robustness;

import static io.github.postman2java.robustness.Robust.collection;
import static io.github.postman2java.robustness.Robust.example;
import static io.github.postman2java.robustness.Robust.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.codegen.GeneratedFile;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated-client runtime faults (ROBUSTNESS.md §7 E1–E15), from the generator's side: the
 * generated runtime is compiled and its encoding, defaults and source are checked here. Behaviour
 * against a live server is owned by the runtime's tests: integration-tests GeneratedRuntimeTest
 * (path/query encoding, CR/LF headers, binary bodies, retries with Retry-After) and generator-core
 * LeadsClientEndToEndTest (typed errors, unknown codes, async); cases only they can show say so.
 */
class RobustRuntimeTest {
  @TempDir static Path tmp;
  static GenerationResult result;
  static ClassLoader loader;

  @BeforeAll
  static void generate() {
    ObjectNode c = collection("Runtime", get("Get", "{{baseUrl}}/v1/items/:id?q={{q}}",
        example("ok", 200, "{\"id\":1,\"status\":\"ACTIVE\"}"),
        example("ok2", 200, "{\"id\":2,\"status\":\"DONE\"}"),
        example("bad", 400, "{\"error\":{\"code\":\"INVALID_ID\",\"message\":\"no\"}}")));
    c.putObject("auth").put("type", "bearer").putArray("bearer").addObject()
        .put("key", "token").put("value", "{{token}}");
    result = Robust.run(tmp, c).success();
    Compilation comp = Robust.compile(result);
    loader = Robust.loader(comp);
  }

  static String runtime(String name) {
    return result.files().stream().filter(f -> f.relativePath().endsWith("/" + name + ".java"))
        .map(GeneratedFile::content).findFirst().orElseThrow();
  }

  static String call(String method, String value) throws Exception {
    Class<?> enc = Class.forName(Robust.PKG + ".UrlEncoding", true, loader);
    Method m = enc.getDeclaredMethod(method, String.class);
    m.setAccessible(true);
    return (String) m.invoke(null, value);
  }

  @Test
  @DisplayName("E1 path values: one encoded segment each, dots encoded")
  void e1_pathSegments() throws Exception {
    assertThat(call("segment", "a/b")).isEqualTo("a%2Fb");
    assertThat(call("segment", "..")).isEqualTo("%2E%2E");
    assertThat(call("segment", ".")).isEqualTo("%2E");
    assertThat(call("segment", "%2F")).isEqualTo("%252F");
    assertThat(call("segment", "?x=1")).isEqualTo("%3Fx%3D1");
    assertThat(call("segment", "#frag")).isEqualTo("%23frag");
    assertThat(call("segment", "a b")).isEqualTo("a%20b");
    assertThat(call("segment", "ü")).isEqualTo("%C3%BC");
    // The empty-value check happens where the request is built (integration-tests).
  }

  @Test
  @DisplayName("E2 query values: + & = # % and non-ASCII encoded; + is not a space")
  void e2_query() throws Exception {
    assertThat(call("query", "a+b&c=d#e%f ü")).isEqualTo("a%2Bb%26c%3Dd%23e%25f%20%C3%BC");
  }

  @Test
  @DisplayName("E3 CR/LF in header values: refused client-side (integration-tests)")
  void e3_headerInjection() {
    // Covered against a live server by GeneratedRuntimeTest.headerValuesWithLineBreaksAreRefused;
    // the JDK builder refuses them as well.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> java.net.http.HttpRequest
        .newBuilder(java.net.URI.create("http://x")).header("X-A", "a\r\nB: c"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("E4 unknown response fields are kept: every object model extends JsonObject")
  void e4_unknownFields() {
    assertThat(result.files().stream().filter(f -> f.relativePath().contains("/model/")))
        .isNotEmpty()
        .allMatch(f -> f.content().contains(" extends JsonObject {")
            || !f.content().contains("@JsonProperty("));
  }

  @Test
  @DisplayName("E5 unknown enum values read as UNKNOWN (LeadsClientEndToEndTest)")
  void e5_unknownEnum() throws Exception {
    Class<?> codes = Class.forName(Robust.PKG + ".RuntimeErrorCode", true, loader);
    Object unknown = codes.getMethod("fromValue", String.class).invoke(null, "NEVER_SEEN");
    assertThat(unknown.toString()).isEqualTo("UNKNOWN");
    // The runtime reads the code where the example had it, and keeps an unknown one's text.
    Class<?> reader = Class.forName(Robust.PKG + ".ResponseReader", true, loader);
    Method errorCode = reader.getDeclaredMethod("errorCode", JsonNode.class);
    errorCode.setAccessible(true);
    assertThat(errorCode.invoke(null, Robust.JSON.readTree("{\"error\":{\"code\":\"NEW\"}}")))
        .isEqualTo("NEW");
    assertThat(errorCode.invoke(null, Robust.JSON.readTree("[{\"error\":{\"code\":\"NEW\"}},"
        + " {\"error\":{\"code\":\"INVALID_ID\"}}]"))).isEqualTo("INVALID_ID");
    assertThat(errorCode.invoke(null, Robust.JSON.readTree("{\"error\":\"x\"}"))).isNull();
  }

  @Test
  @DisplayName("E6 deep or huge responses: the generated mapper keeps Jackson's read limits")
  void e6_boundedResponses() throws Exception {
    Class<?> config = Class.forName(Robust.PKG + ".ClientConfig", true, loader);
    com.fasterxml.jackson.databind.ObjectMapper m = (com.fasterxml.jackson.databind.ObjectMapper)
        config.getMethod("defaultObjectMapper").invoke(null);
    String deep = "[".repeat(5_000) + "]".repeat(5_000);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.readTree(deep))
        .isInstanceOf(com.fasterxml.jackson.core.exc.StreamConstraintsException.class);
  }

  @Test
  @DisplayName("E7 finite default connect and request timeouts")
  void e7_timeouts() throws Exception {
    Class<?> config = Class.forName(Robust.PKG + ".ClientConfig", true, loader);
    Duration connect = (Duration) config.getField("DEFAULT_CONNECT_TIMEOUT").get(null);
    Duration request = (Duration) config.getField("DEFAULT_REQUEST_TIMEOUT").get(null);
    assertThat(connect).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
    assertThat(request).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5));
  }

  @Test
  @DisplayName("E8 E9 retries only for idempotent methods, Retry-After capped (integration-tests)")
  void e8_e9_retries() {
    // Live behaviour: GeneratedRuntimeTest.idempotentRequestsAreRetriedOnlyWhenAskedHonouring...
    assertThat(runtime("Retries")).contains("Retry-After").contains("maxRetryDelay")
        .contains("IDEMPOTENT");
  }

  @Test
  @DisplayName("E10 redirects are not followed (no credentials to another origin)")
  void e10_redirects() {
    assertThat(runtime("ClientConfig")).contains("HttpClient.Redirect.NEVER")
        .doesNotContain("Redirect.ALWAYS");
  }

  @Test
  @DisplayName("E11 no TrustManager, HostnameVerifier or trust-all code anywhere")
  void e11_noTrustAll() {
    Robust.assertInert(result); // FORBIDDEN_IDENTIFIERS includes TrustManager, HostnameVerifier
    assertThat(Robust.codeOnly(result)).doesNotContain("TrustManager")
        .doesNotContain("HostnameVerifier").doesNotContain("SSLContext");
  }

  @Test
  @DisplayName("E12 HTML/empty error bodies give a typed ApiException (LeadsClientEndToEndTest)")
  void e12_errorBodies() {
    // Live behaviour is replayed by LeadsClientEndToEndTest; here: the message never carries the
    // body or the query string.
    assertThat(runtime("ApiException"))
        .contains("method + \" \" + pathTemplate + \" failed with HTTP");
  }

  @Test
  @DisplayName("E13 toString() of config and requests never shows credentials")
  void e13_redactedToString() throws Exception {
    Class<?> config = Class.forName(Robust.PKG + ".ClientConfig", true, loader);
    Object builder = config.getMethod("builder").invoke(null);
    builder.getClass().getMethod("bearerToken", java.util.function.Supplier.class)
        .invoke(builder, (java.util.function.Supplier<String>) () -> "k9CANARYe13x7Qp");
    builder.getClass().getMethod("baseUrl", java.net.URI.class)
        .invoke(builder, java.net.URI.create("https://api.example.com"));
    Object built = builder.getClass().getMethod("build").invoke(builder);
    assertThat(built.toString()).doesNotContain("k9CANARY");
  }

  @Test
  @DisplayName("E14 one client from many threads: no shared mutable state in the runtime")
  void e14_threadSafety() {
    // ObjectMapper and HttpClient are shared and thread-safe; the runtime keeps no mutable
    // static state.
    for (String name : new String[] {"ApiTransport", "ClientConfig", "ApiRequest", "Retries",
        "RequestEncoder", "RequestOptions", "ResponseReader", "HttpTransport"}) {
      assertThat(runtime(name).lines().filter(l -> l.contains(" static ")
          && !l.contains(" final ") && l.contains(";") && !l.contains("(")))
          .as("mutable static fields in %s", name).isEmpty();
    }
  }

  @Test
  @DisplayName("E15 binary bodies: no File.createTempFile in generated code")
  void e15_binaryBodies() {
    assertThat(Robust.codeOnly(result)).doesNotContain("createTempFile")
        .doesNotContain("deleteOnExit");
  }
}
