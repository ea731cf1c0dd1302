package io.github.postman2java.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postman2java.collection.PostmanCollection;
import io.github.postman2java.collection.PostmanCollectionParser;
import io.github.postman2java.collection.PostmanRequestItem;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * What the secrets stage reports and what it leaves alone: real-looking non-secrets collections
 * are full of (placeholders, masks, examples, UUID trace headers, timestamps, numbers, words, an
 * emoji map's {@code key}) are not findings; real credentials in the same places are.
 */
class SecretDetectionTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** A collection with one request carrying {@code header: value} and a saved example. */
  private static ObjectNode withHeader(String header, String value, String exampleBody) {
    ObjectNode c = F.objectNode();
    c.putObject("info").put("name", "Probe").put("schema",
        "https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
    ObjectNode item = c.putArray("item").addObject().put("name", "Probe");
    ObjectNode req = item.putObject("request").put("method", "GET");
    req.putArray("header").addObject().put("key", header).put("value", value);
    req.putObject("url").put("raw", "https://api.example.com/v1/items");
    ObjectNode ex = item.putArray("response").addObject().put("name", "ok").put("code", 200);
    ArrayNode eh = ex.putArray("header");
    eh.addObject().put("key", header).put("value", value);
    ex.put("body", exampleBody);
    return c;
  }

  private static List<Diagnostic> findings(ObjectNode collection) {
    Diagnostics d = new Diagnostics();
    PostmanCollection c = PostmanCollectionParser.parse("probe.json",
        collection.toString().getBytes(StandardCharsets.UTF_8), d);
    SecretsStage.redact(c, false, d);
    return d.warnings().stream()
        .filter(x -> x.code() == DiagnosticCode.P2J050_SECRET_IN_COLLECTION).toList();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "X-TFS-ProcessId | 1c7f4a0e-3b2d-4c8e-9f6a-5d4e3c2b1a09",
      "X-TFS-Session | 7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6",
      "X-Request-Id | 0f8fad5b-d9cb-469f-a165-70867728950e",
      "X-Correlation-ID | 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
      "X-ACCESSTOKEN-RESET | 2021-05-12T07:56:48+00:00",
      "X-RateLimit-Remaining | 4999",
      "Authorization | Bearer {{token}}",
      "Authorization | Bearer <token>",
      "Authorization | Basic {{credentials}}",
      "X-API-Key | <string>",
      "X-API-Key | <API Key>",
      "X-API-Key | ***",
      "X-API-Key | xxxxxxxxxxxxxxxx",
      "X-API-Key | your_api_key",
      "X-API-Key | YOUR_TOKEN",
      "X-API-Key | {{vault:api-key}}",
      "Api-Key | sk_test_...",
      "X-Session-Expires | 1716239022",
      "X-Auth-Token | true",
      "Cookie | session={{session}}",
      "X-Client-Id | my-client-app",
      "Authorization | Bearer your-access-token-here",
  })
  void notACredential(String header, String value) {
    assertThat(findings(withHeader(header, value, "{\"id\":1}"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"password\":\"<string>\",\"secret\":\"<string>\",\"api_key\":\"<string>\"}",
      "{\"key\":\"https://github.githubassets.com/images/icons/emoji/unicode/1f511.png?v8\"}",
      "{\"token_type\":\"bearer\",\"expires_in\":3600,\"scope\":\"read write\"}",
      "{\"password\":\"********\",\"client_secret\":\"{{clientSecret}}\",\"token\":\"string\"}",
      "{\"api_key\":\"YOUR_API_KEY\",\"access_token\":\"<access_token>\"}",
      "{\"grant_type\":\"client_credentials\",\"password_policy\":\"Secret-Policy-7\"}",
      "{\"token_expires_at\":\"2024-01-01T00:00:00Z\",\"session_id\":12345678}",
      "{\"sessionId\":\"3f2b8c4d-1e5a-4b6c-9d7e-8f0a1b2c3d4e\"}",
      "{\"description\":\"Pass your token in the Authorization header\"}",
      "{\"note\":\"The password must be at least 8 characters long\"}",
      "{\"aws\":\"AKIAIOSFODNN7EXAMPLE\"}",
  })
  void notACredentialInABody(String body) {
    assertThat(findings(withHeader("Accept", "application/json", body))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "an X-auth-access-token header | X-auth-access-token | 5f7c2a9e4b1d8c3f6a0e | {}",
      "a bearer token | Authorization | Bearer q8Zr2LmX9vT4kN7p | {}",
      "a GitHub token anywhere | X-Note | ghp_R4nd0mT0k3nV4lu3Qw8Zr2LmX9vT4kN7pAb | {}",
      "a JWT inside an example body | Accept | application/json | {\"jwt\":\"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk\"}",
      "a meeting password in an example | Accept | application/json | {\"meeting\":{\"password\":\"aB3dE9\"}}",
      "an h323 password in an example | Accept | application/json | {\"h323_password\":\"Mtg7Kx2q\"}",
      "an AWS key | Accept | application/json | {\"k\":\"AKIAQZ7W3PLK9MC4N4RY\"}",
      "a Slack token | Accept | application/json | {\"k\":\"xoxb-2048-1024-q8Zr2LmX9vT4\"}",
      "a Stripe live key | Accept | application/json | {\"k\":\"sk_live_4eC39HqLyjWDarjtT1zdp7dc\"}",
      "a token after a credential word | Accept | application/json | {\"msg\":\"your token is 9f8e7d6c5b4a3f2e1d0c\"}",
      "a password after a credential word | Accept | application/json | {\"msg\":\"password: Hunter2x9\"}",
  })
  void aCredential(String what, String header, String value, String body) {
    assertThat(findings(withHeader(header, value, body))).as(what).isNotEmpty();
  }

  /** Text between variables is literal text: {{a}}secret{{b}} holds a secret, {{a}}:{{b}} none. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "userinfo of variables only | https://{{user}}:{{password}}@api.example.com/v1 | false",
      "a literal password between variables | https://{{user}}:Zk8sP2qLm9Xr4Tv7{{pepper}}@api.example.com/v1 | true",
      "a literal password after a variable | https://{{user}}:Zk8sP2qLm9Xr4Tv7@api.example.com/v1 | true",
  })
  void userinfoBetweenVariables(String what, String url, boolean credential) {
    ObjectNode c = withHeader("Accept", "application/json", "{}");
    ((ObjectNode) c.get("item").get(0).get("request").get("url")).put("raw", url);
    assertThat(findings(c)).as(what).hasSize(credential ? 1 : 0);
  }

  @Test
  void setCookieInSavedResponsesIsReportedOncePerCollection() {
    ObjectNode c = withHeader("Accept", "application/json", "{}");
    ArrayNode items = (ArrayNode) c.get("item");
    for (int i = 0; i < 5; i++) {
      ObjectNode copy = items.get(0).deepCopy();
      ((ArrayNode) copy.get("response").get(0).get("header")).addObject().put("key", "Set-Cookie")
          .put("value", "sid=s%3A" + i + "q8Zr2LmX9vT4kN7pW; Path=/; HttpOnly");
      items.add(copy);
    }
    List<Diagnostic> found = findings(c);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).message()).contains("Set-Cookie").contains("and 4 more");
  }

  @Test
  void aRedactedValueIsAnOpaqueMarkerInTheModel() {
    ObjectNode c = withHeader("Authorization", "Bearer q8Zr2LmX9vT4kN7p",
        "{\"access_token\":\"q8Zr2LmX9vT4kN7p\"}");
    ((ObjectNode) c.get("item").get(0)).put("name", "Get ghp_R4nd0mT0k3nV4lu3Qw8Zr2LmX9vT4kN7pAb");
    Diagnostics d = new Diagnostics();
    PostmanCollection redacted = SecretsStage.redact(PostmanCollectionParser.parse("probe.json",
        c.toString().getBytes(StandardCharsets.UTF_8), d), false, d);
    PostmanRequestItem item = (PostmanRequestItem) redacted.items().get(0);
    assertThat(item.name()).isEqualTo("Get " + Redacted.marker("token"));
    assertThat(item.request().headers().get(0).value()).isEqualTo("Bearer "
        + Redacted.marker("token"));
    assertThat(item.responses().get(0).body()).isEqualTo("{\"access_token\":\""
        + Redacted.marker("token") + "\"}");
    assertThat(Redacted.display(item.name())).isEqualTo("Get <redacted token>");
    assertThat(redacted.toString()).doesNotContain("q8Zr2LmX9vT4kN7p").doesNotContain("ghp_");
  }
}
