package io.github.postman2java.robustness;

import static io.github.postman2java.robustness.Robust.collection;
import static io.github.postman2java.robustness.Robust.example;
import static io.github.postman2java.robustness.Robust.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.codegen.GeneratedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Type-inference edge cases (ROBUSTNESS.md §7 C1–C15), end to end: each generates, compiles with
 * -Xlint:all -Werror and round-trips its examples through the compiled records. The detailed type
 * choices are unit-tested by the inference package's own tests; here the contract is "never a
 * crash, always compiling and faithful output", plus the type where it is observable.
 */
class RobustInferenceTest {
  @TempDir Path tmp;

  GenerationResult roundTrip(String... bodies) throws Exception {
    ObjectNode c = collection("Infer");
    ArrayNode items = (ArrayNode) c.get("item");
    List<JsonNode> examples = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) {
      examples.add(example("ex" + i, 200, bodies[i]));
    }
    items.add(get("Get", "https://api.example.com/x", examples.toArray(JsonNode[]::new)));
    GenerationResult r = Robust.run(tmp.resolve("c" + System.nanoTime()), c).success();
    Compilation comp = Robust.compile(r);
    Robust.roundTrip(c, r, comp);
    return r;
  }

  static String model(GenerationResult r) {
    StringBuilder sb = new StringBuilder();
    for (GeneratedFile f : r.files()) {
      if (f.relativePath().contains("/model/")) {
        sb.append(f.content());
      }
    }
    return sb.toString();
  }

  @Test
  @DisplayName("C1 null only, [] only, {} only")
  void c1_emptyEvidence() throws Exception {
    roundTrip("{\"a\":null,\"b\":[],\"c\":{}}");
    roundTrip("null");
    roundTrip("[]");
    roundTrip("{}");
  }

  @Test
  @DisplayName("C2 array elements mixing object shapes and null")
  void c2_nullsInArrays() throws Exception {
    GenerationResult r = roundTrip("[{\"a\":{\"x\":1}},{\"a\":null},null]");
    assertThat(model(r)).contains("Long x");
  }

  @Test
  @DisplayName("C3 heterogeneous arrays [1,\"a\",true,{}]")
  void c3_heterogeneous() throws Exception {
    roundTrip("{\"mix\":[1,\"a\",true,{}]}");
  }

  @Test
  @DisplayName("C4 same property, different types across examples")
  void c4_conflicts() throws Exception {
    // A number here, a string there: NumberOrString keeps both kinds and the exact text.
    GenerationResult r = roundTrip("{\"v\":1}", "{\"v\":\"1\"}", "{\"v\":1.50}");
    assertThat(model(r)).contains("NumberOrString v");
    assertThat(r.warnings()).isEmpty();
    roundTrip("{\"v\":1}", "{\"v\":1.5}");
    // A boolean here, a string there: no type holds both, JsonNode with a warning.
    assertThat(roundTrip("{\"v\":true}", "{\"v\":\"1\"}").warnings()).isNotEmpty();
  }

  @Test
  @DisplayName("C4 a placeholder-string example next to an object example")
  void c4_placeholderStringExampleAgainstObjectExample() throws Exception {
    ObjectNode c = collection("Mixed", get("Get", "https://api.example.com/x",
        example("ok", 200, "{\"id\":1}"),
        example("s", 500, "\"{{v}}\""),
        example("o", 500, "{\"code\":\"ACTIVE\"}")));
    GenerationResult r = Robust.run(tmp, c).success();
    Robust.roundTrip(c, r, Robust.compile(r));
  }

  @Test
  @DisplayName("C4 a placeholder string among object elements of an array (found by jqwik)")
  void c4_placeholderElementBesideObjectElements() throws Exception {
    ObjectNode c = collection("Mixed", get("Get", "https://api.example.com/x",
        example("ok", 200, "[\"{{v}}\", {\"state\": \"ACTIVE\", \"n\": \"x\"}]")));
    GenerationResult r = Robust.run(tmp, c).success();
    assertThat(Robust.JSON.readTree(r.manifestJson()).at("/operations/0/examples/0/bodyType")
        .isNull()).as("a template example is listed without a body type").isTrue();
    Robust.roundTrip(c, r, Robust.compile(r));
  }

  @Test
  @DisplayName("C4b a request body of type placeholders is typed and read like data")
  void c4b_templateRequestBody() throws Exception {
    ObjectNode template = get("Create", "https://api.example.com/x");
    ((ObjectNode) template.get("request")).put("method", "POST").putObject("body")
        .put("mode", "raw").put("raw", "{\"count\": \"<integer>\", \"name\": \"<string>\"}");
    ObjectNode real = get("Update", "https://api.example.com/y");
    ((ObjectNode) real.get("request")).put("method", "PUT").putObject("body")
        .put("mode", "raw").put("raw", "{\"size\": 3, \"label\": \"big\"}");
    GenerationResult r = Robust.run(tmp, collection("Templates", template, real)).success();
    JsonNode ops = Robust.JSON.readTree(r.manifestJson()).get("operations");
    assertThat(ops.get(0).get("requestBodyType").asText()).as("typed from the placeholders")
        .isNotEmpty();
    // "<integer>" where the model has a Long is kept as read: the body is an instance.
    assertThat(ops.get(0).has("requestBodyTemplate")).isFalse();
    assertThat(ops.get(1).has("requestBodyTemplate")).isFalse();
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
    mapper.setTypeFactory(mapper.getTypeFactory().withClassLoader(
        Robust.loader(Robust.compile(r))));
    String body = "{\"count\":\"<integer>\",\"name\":\"<string>\"}";
    assertThat(mapper.writeValueAsString(mapper.readValue(body, mapper.getTypeFactory()
        .constructFromCanonical(ops.get(0).get("requestBodyType").asText())))).isEqualTo(body);
  }

  @Test
  @DisplayName("C5 integer edges: long max, beyond, 30 digits, -0, 1e2, 2.0, 00042")
  void c5_integers() throws Exception {
    GenerationResult r = roundTrip("{\"max\":9223372036854775807,\"over\":9223372036854775808,"
        + "\"under\":-9223372036854775809,\"big\":123456789012345678901234567890,"
        + "\"negzero\":-0,\"exp\":1e2,\"two\":2.0}");
    String m = model(r);
    assertThat(m).contains("Long max").contains("BigInteger over").contains("BigInteger big");
    // 00042 is not JSON; the lenient reader skips that example with a warning, no crash.
    Robust.run(tmp.resolve("lead"), collection("Lead", get("Get", "https://api.example.com/x",
        example("ok", 200, "{\"n\":00042}")))).success();
  }

  @Test
  @DisplayName("C6 floats beyond double precision and 1e400")
  void c6_precision() throws Exception {
    GenerationResult r = roundTrip("{\"p\":0.10000000000000000000001,\"huge\":1e400}");
    assertThat(model(r)).contains("BigDecimal p").contains("BigDecimal huge");
  }

  @Test
  @DisplayName("C7 date-looking strings: only strict RFC 3339 becomes a date type")
  void c7_dates() throws Exception {
    GenerationResult r = roundTrip("{\"space\":\"2013-06-15 21:10:28\",\"year\":\"2020\","
        + "\"time\":\"21:10:28\",\"bad\":\"2024-02-30T00:00:00Z\",\"ok\":\"2024-02-28T00:00:00Z\"}");
    String m = model(r);
    assertThat(m).contains("String space").contains("String year").contains("String time")
        .contains("String bad").contains("OffsetDateTime ok");
  }

  @Test
  @DisplayName("C8 numeric, UUID and hash keys become maps")
  void c8_mapKeys() throws Exception {
    GenerationResult r = roundTrip("{\"byId\":{\"1\":{\"a\":1},\"2\":{\"a\":2},\"3\":{\"a\":3}},"
        + "\"byUuid\":{\"123e4567-e89b-12d3-a456-426614174000\":1,"
        + "\"223e4567-e89b-12d3-a456-426614174000\":2}}");
    assertThat(model(r)).contains("Map<String,");
  }

  @Test
  @DisplayName("C9 same nested key, different shapes: distinct, deterministic names")
  void c9_siblingShapes() throws Exception {
    String body = "{\"office\":{\"contact\":{\"phone\":\"1\"}},"
        + "\"emergency\":{\"contact\":{\"name\":\"n\",\"relation\":\"r\"}}}";
    GenerationResult a = roundTrip(body);
    GenerationResult b = roundTrip(body);
    assertThat(a.files()).isEqualTo(b.files());
    assertThat(model(a)).doesNotContain("Contact__1").doesNotContain("Contact1");
  }

  @Test
  @DisplayName("C10 identical shapes under different names: deterministic")
  void c10_identicalShapes() throws Exception {
    String body = "{\"billing\":{\"street\":\"s\",\"city\":\"c\"},"
        + "\"shipping\":{\"street\":\"s\",\"city\":\"c\"}}";
    assertThat(roundTrip(body).files()).isEqualTo(roundTrip(body).files());
  }

  @Test
  @DisplayName("C11 recursive-looking data 100 and 600 levels deep: no StackOverflowError")
  void c11_recursive() throws Exception {
    roundTrip(tree(100));
    GenerationResult deep = Robust.run(tmp.resolve("deep"), collection("Deep",
        get("Get", "https://api.example.com/x", example("ok", 200, tree(600))))).success();
    Robust.compile(deep);
  }

  static String tree(int depth) {
    return "{\"name\":\"n\",\"children\":[".repeat(depth) + "{\"name\":\"leaf\",\"children\":[]}"
        + "]}".repeat(depth);
  }

  @Test
  @DisplayName("C12 enum-looking values from one or two examples")
  void c12_enums() throws Exception {
    GenerationResult r = roundTrip("{\"status\":\"ACTIVE\"}", "{\"status\":\"INACTIVE\"}");
    String m = model(r);
    if (m.contains("enum ")) {
      assertThat(m).contains("UNKNOWN"); // open enums only
    }
  }

  @Test
  @DisplayName("C13 top-level array and primitive response bodies")
  void c13_topLevel() throws Exception {
    roundTrip("[{\"id\":1},{\"id\":2}]");
    roundTrip("42");
    roundTrip("\"text\"");
    roundTrip("true");
  }

  @Test
  @DisplayName("C13 a top-level date-time body (or list of them) round-trips as text")
  void c13_topLevelDateTime() throws Exception {
    roundTrip("\"2024-01-07T10:00:00Z\"", "\"2024-01-08T10:00:00Z\"");
    roundTrip("[\"2024-01-07T10:00:00Z\"]");
  }

  @Test
  @DisplayName("C14 examples in shuffled order: byte-identical output")
  void c14_order() throws Exception {
    List<JsonNode> examples = new ArrayList<>();
    List<String> bodies = List.of("{\"a\":1}", "{\"a\":2,\"b\":\"x\"}",
        "{\"a\":null,\"c\":[1]}", "{\"a\":3,\"b\":\"y\",\"d\":{\"e\":1.5}}");
    for (int i = 0; i < bodies.size(); i++) {
      examples.add(example("ex" + i, 200, bodies.get(i)));
    }
    GenerationResult first = Robust.run(tmp.resolve("first"), collection("Order",
        get("Get", "https://api.example.com/x", examples.toArray(JsonNode[]::new)))).success();
    Collections.reverse(examples);
    GenerationResult reversed = Robust.run(tmp.resolve("reversed"), collection("Order",
        get("Get", "https://api.example.com/x", examples.toArray(JsonNode[]::new)))).success();
    assertThat(model(reversed)).isEqualTo(model(first));
    assertThat(reversed.files()).isEqualTo(first.files());
  }

  @Test
  @DisplayName("C15 4xx/5xx examples with other shapes: separate error models")
  void c15_errors() throws Exception {
    ObjectNode c = collection("Err", get("Get", "https://api.example.com/x",
        example("ok", 200, "{\"id\":1,\"name\":\"n\"}"),
        example("bad", 400, "{\"error\":{\"code\":\"BAD\",\"message\":\"m\"}}"),
        example("boom", 500, "{\"error\":{\"code\":\"BOOM\",\"message\":\"m\"}}")));
    GenerationResult r = Robust.run(tmp, c).success();
    Robust.roundTrip(c, r, Robust.compile(r));
    JsonNode op = Robust.JSON.readTree(r.manifestJson()).get("operations").get(0);
    assertThat(op.get("responseBodyType").asText())
        .isNotEqualTo(op.get("examples").get(1).get("bodyType").asText());
  }
}
