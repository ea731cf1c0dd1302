package io.github.postman2java.sample;

import static io.github.postman2java.collection.TestCollections.render;
import static io.github.postman2java.collection.TestCollections.samples;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.diag.Diagnostics;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extract stage: how bodies are read, classified, reported and ordered. */
class SampleExtractorTest {
  private final Diagnostics diagnostics = new Diagnostics();

  /** Extracts one request item and returns its samples. */
  private OperationSamples only(String itemJson) {
    SampleSet set = samples(itemJson, diagnostics);
    assertThat(set.operations()).hasSize(1);
    return set.operations().get(0);
  }

  /** Renders a sample as KIND plus its JSON text, or KIND alone. */
  private static String show(BodySample b) {
    return b == null ? "none" : b.kind() + (b.json() == null ? "" : " " + b.json());
  }

  private static String responseWith(String body, String contentType) {
    String header = contentType == null ? "[]"
        : "[{\"key\": \"Content-Type\", \"value\": \"" + contentType + "\"}]";
    return "{\"name\": \"r\", \"request\": {\"method\": \"GET\", \"url\": \"x\"},\n"
        + " \"response\": [{\"name\": \"e\", \"code\": 200, \"header\": " + header
        + ", \"body\": " + body + "}]}";
  }

  private BodySample exampleBody(String bodyJsonString, String contentType) {
    return only(responseWith(bodyJsonString, contentType)).examples().get(0).body();
  }

  @Test
  void unquotedAndQuotedPlaceholdersDoNotBreakParsing() {
    OperationSamples op = only("""
        {"name": "p", "request": {"method": "POST", "url": "x", "body": {"mode": "raw",
          "raw": "{\\"id\\": {{id}}, \\"name\\": \\"{{name}}\\", \\"list\\": [{{a}}, 2], \\"s\\": \\"a {{b}} c\\"}",
          "options": {"raw": {"language": "json"}}}}}
        """);
    assertThat(show(op.requestBody())).isEqualTo("JSON {\"id\":\"\\u0000p2j-placeholder\\u0000\","
        + "\"name\":\"{{name}}\",\"list\":[\"\\u0000p2j-placeholder\\u0000\",2],\"s\":\"a {{b}} c\"}");
    assertThat(op.requestBody().contentType()).isEqualTo("application/json");
    assertThat(Placeholders.isUnquoted(op.requestBody().json().get("id").textValue())).isTrue();
    assertThat(Placeholders.isPlaceholder("{{name}}")).isTrue();
    assertThat(Placeholders.isPlaceholder("a {{b}} c")).isFalse();
    assertThat(render(diagnostics)).isEmpty();
  }

  @Test
  void commentsTrailingCommasAndSingleQuotesAreAccepted() {
    BodySample b = exampleBody("""
        "// leading comment\\n{\\n  /* block */ 'a': 1, // tail\\n  \\"b\\": [1, 2,],\\n}"
        """, null);
    assertThat(show(b)).isEqualTo("JSON {\"a\":1,\"b\":[1,2]}");
    assertThat(render(diagnostics)).isEmpty();
  }

  @Test
  void doubleEncodedJsonStaysTheStringItIs() {
    assertThat(show(exampleBody("\"\\\"{\\\\\\\"a\\\\\\\": [1]}\\\"\"", "application/json")))
        .isEqualTo("JSON \"{\\\"a\\\": [1]}\"");
    assertThat(show(exampleBody("\"\\\"plain string\\\"\"", null)))
        .isEqualTo("JSON \"plain string\"");
    assertThat(render(diagnostics)).isEmpty();
  }

  @Test
  void numbersKeepTheirLiteralPrecisionAndKind() {
    JsonNode json = exampleBody("\"{\\\"d\\\": 1.0, \\\"p\\\": 0.1000000000000000000001,"
        + " \\\"big\\\": 123456789012345678901234567890}\"", null).json();
    assertThat(json.get("d").isIntegralNumber()).isFalse();
    assertThat(json.get("d").decimalValue()).isEqualByComparingTo("1.0");
    assertThat(json.get("p").decimalValue()).isEqualTo(new BigDecimal("0.1000000000000000000001"));
    assertThat(json.get("big").bigIntegerValue())
        .isEqualTo(new BigInteger("123456789012345678901234567890"));
  }

  @Test
  void htmlAndXmlBodiesAreTextWithWarning() {
    SampleSet set = samples("""
        {"name": "h", "request": {"method": "GET", "url": "x"},
         "response": [
           {"name": "page", "code": 200, "header": [{"key": "Content-Type", "value": "text/html; charset=utf-8"}],
            "body": "<html><body>PLANTED_TOKEN</body></html>"},
           {"name": "soap", "code": 500, "_postman_previewlanguage": "xml",
            "body": "<?xml version=\\"1.0\\"?><fault/>"}
         ]}
        """, diagnostics);
    List<ExampleSample> ex = set.operations().get(0).examples();
    assertThat(ex).extracting(e -> e.name() + " " + e.status() + " " + show(e.body()))
        .containsExactly("page 200 TEXT", "soap 500 TEXT");
    assertThat(render(diagnostics)).containsExactly(
        "test.json:5:4: warning[P2J010]: body is not JSON (html); typed as String"
            + " (at #/item/0/response/0/body)",
        "test.json:7:4: warning[P2J010]: body is not JSON (xml); typed as String"
            + " (at #/item/0/response/1/body)");
  }

  @Test
  void unreadableDeclaredJsonIsSkippedAndNamesItsLocation() {
    BodySample b = exampleBody("\"{\\\"a\\\": PLANTED_TOKEN oops}\"", "application/json");
    assertThat(show(b)).isEqualTo("EMPTY");
    assertThat(render(diagnostics)).containsExactly(
        "test.json:4:15: warning[P2J011]: body is declared as JSON but cannot be read;"
            + " sample skipped (at #/item/0/response/0/body)");
  }

  @Test
  void requestBodyDeclaredJsonButBrokenIsSkippedAtTheRequestBody() {
    OperationSamples op = only("""
        {"name": "p", "request": {"method": "POST", "url": "x", "body": {"mode": "raw",
          "raw": "{\\"a\\": }", "options": {"raw": {"language": "json"}}}}}
        """);
    assertThat(show(op.requestBody())).isEqualTo("EMPTY");
    assertThat(render(diagnostics)).containsExactly(
        "test.json:3:26: warning[P2J011]: body is declared as JSON but cannot be read;"
            + " sample skipped (at #/item/0/request/body)");
  }

  @Test
  void tooDeepBodyIsSkippedWithWarning() {
    String deep = "[".repeat(1100) + "]".repeat(1100);
    BodySample b = exampleBody("\"" + deep + "\"", null);
    assertThat(show(b)).isEqualTo("EMPTY");
    assertThat(render(diagnostics)).containsExactly(
        "test.json:4:15: warning[P2J011]: JSON body exceeds a parser limit (depth 1000, number"
            + " length 20000); sample skipped (at #/item/0/response/0/body)");
  }

  @Test
  void emptyAndMissingBodiesAreEmptyWithoutWarning() {
    assertThat(show(exampleBody("null", null))).isEqualTo("EMPTY");
    assertThat(show(exampleBody("\"  \\n \"", "application/json"))).isEqualTo("EMPTY");
    assertThat(render(diagnostics)).isEmpty();
  }

  @Test
  void onlyEnabledRawRequestBodiesAreSampled() {
    SampleSet set = samples("""
        {"name": "form", "request": {"method": "POST", "url": "x", "body": {"mode": "urlencoded",
          "urlencoded": [{"key": "a", "value": "1"}]}}},
        {"name": "off", "request": {"method": "POST", "url": "x", "body": {"mode": "raw", "raw": "{}",
          "disabled": true}}},
        {"name": "none", "request": {"method": "GET", "url": "x"}},
        {"name": "text", "request": {"method": "POST", "url": "x", "body": {"mode": "raw", "raw": "hello"}}}
        """, diagnostics);
    assertThat(set.operations()).extracting(o -> o.name() + " " + show(o.requestBody()))
        .containsExactly("form none", "off none", "none none", "text TEXT");
    assertThat(render(diagnostics)).containsExactly(
        "test.json:8:29: warning[P2J010]: body is not JSON (text); typed as String"
            + " (at #/item/3/request/body)");
  }

  @Test
  void exampleOrderDoesNotDependOnFileOrder() {
    String a = "{\"name\": \"b-ok\", \"code\": 200, \"body\": \"{}\"}";
    String b = "{\"name\": \"a-ok\", \"code\": 200, \"body\": \"[]\"}";
    String c = "{\"name\": \"gone\", \"code\": 404, \"body\": \"{}\"}";
    String d = "{\"name\": \"a-ok\", \"code\": 200, \"body\": \"{\\\"x\\\": 1}\"}";
    String item = "{\"name\": \"r\", \"request\": \"x\", \"response\": [%s, %s, %s, %s]}";
    List<String> first = order(samples(item.formatted(a, b, c, d), diagnostics));
    List<String> second = order(samples(item.formatted(d, c, b, a), diagnostics));
    assertThat(first).containsExactly("200 a-ok []", "200 a-ok {\"x\":1}", "200 b-ok {}",
        "404 gone {}");
    assertThat(second).isEqualTo(first);
  }

  private static List<String> order(SampleSet set) {
    return set.operations().get(0).examples().stream()
        .map(e -> e.status() + " " + e.name() + " " + e.body().json()).toList();
  }

  @Test
  void foldersAreListedFromTheRootAndOperationsInFileOrder() {
    SampleSet set = samples("""
        {"name": "A", "item": [{"name": "B", "item": [{"name": "deep", "request": "x"}]},
                               {"name": "shallow", "request": "x"}]},
        {"name": "top", "request": "x"}
        """, diagnostics);
    assertThat(set.operations()).extracting(o -> o.folders() + " " + o.name() + " "
        + o.pointer()).containsExactly(
            "[A, B] deep /item/0/item/0/item/0",
            "[A] shallow /item/0/item/1",
            "[] top /item/1");
  }

  @Test
  void successAndStatusClassOfExamples() {
    BodySample empty = new BodySample(BodySample.Kind.EMPTY, null, null,
        io.github.postman2java.diag.SourceLocation.ofFile("f"));
    assertThat(List.of(0, 200, 204, 302, 404, 503)).extracting(s -> {
      ExampleSample e = new ExampleSample("n", s, empty, empty.location(), 0);
      return s + ":" + e.isSuccess() + ":" + e.statusClass();
    }).containsExactly("0:true:0", "200:true:2", "204:true:2", "302:false:3", "404:false:4",
        "503:false:5");
  }
}
