package io.github.postman2java.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The stream-built tree is the one an ObjectMapper reads, node class, scale and order alike. */
class MapperTreeTest {
  private static final ObjectMapper MAPPER = JsonMapper.builder(LenientJson.FACTORY.copy())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private static final List<String> TRICKY = List.of(
      "{}", "[]", "null", "true", "false", "\"x\"", "0", "-0", "42", "+7", ".5", "-.5e3",
      "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807",
      "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
      "1.0", "1.50", "0.0", "-0.0", "0.000", "100.00", "1e10", "1E+2", "1.5e-3", "0e5",
      "1e400", "1e-400", "12345678901234567890.12345678901234567890", "1.0E-7",
      "{\"a\":1,\"b\":[1,2.50,{\"c\":null}],\"a\":2}",
      "{\"k\":{\"k\":{\"k\":[[[]]]}}, 'single': 'quoted', /* c */ \"t\": [1,2,],}",
      "{\"dup\":{\"x\":1},\"other\":true,\"dup\":[3]}",
      "[\"\\u00e9\\n\", \"raw\ttab\", \"\"]",
      "{\"\":\"empty name\",\"n\":null,\"z\":-1.000e+3}");

  @Test
  void trickyInputReadsAsTheMapperReadsIt() throws IOException {
    for (String json : TRICKY) {
      assertSame(json);
    }
  }

  @Test
  void randomDocumentsReadAsTheMapperReadsThem() throws IOException {
    SplittableRandom random = new SplittableRandom(20261202);
    for (int i = 0; i < 500; i++) {
      StringBuilder json = new StringBuilder();
      value(json, random, 0);
      assertSame(json.toString());
    }
  }

  @Test
  void emptyInputIsNoTree() throws IOException {
    try (JsonParser p = LenientJson.FACTORY.createParser("  ")) {
      assertThat(MapperTree.read(p)).isNull();
    }
  }

  private static void assertSame(String json) throws IOException {
    JsonNode expected;
    try (JsonParser p = LenientJson.FACTORY.createParser(json)) {
      expected = MAPPER.readTree(p);
    }
    JsonNode actual;
    try (JsonParser p = LenientJson.FACTORY.createParser(json)) {
      actual = MapperTree.read(p);
    }
    assertThat(dump(actual)).as(json).isEqualTo(dump(expected));
  }

  /** Every node's class and text, members in order: equals() alone ignores order and scale. */
  private static List<String> dump(JsonNode node) {
    List<String> out = new ArrayList<>();
    dump(node, "", out);
    return out;
  }

  private static void dump(JsonNode node, String path, List<String> out) {
    out.add(path + " " + node.getClass().getSimpleName() + " "
        + (node.isContainerNode() ? node.size() : node.isNumber() ? node.numberValue()
            : node.asText()));
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        dump(e.getValue(), path + "/" + e.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        dump(node.get(i), path + "/" + i, out);
      }
    }
  }

  private static void value(StringBuilder json, SplittableRandom random, int depth) {
    int kind = random.nextInt(depth > 4 ? 5 : 8);
    switch (kind) {
      case 0 -> json.append(random.nextInt(-3, 3) == 0 ? "null" : "true");
      case 1 -> json.append('"').append("s").append(random.nextInt(5)).append('"');
      case 2 -> json.append(random.nextLong() >> random.nextInt(64));
      case 3 -> json.append(random.nextInt(-999, 999)).append('.')
          .append("0".repeat(random.nextInt(3))).append(random.nextInt(100));
      case 4 -> json.append(random.nextInt(1, 9)).append("e").append(random.nextInt(-20, 20));
      case 5, 6 -> {
        json.append('{');
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
          json.append(i == 0 ? "" : ",").append("\"k").append(random.nextInt(4)).append("\":");
          value(json, random, depth + 1);
        }
        json.append('}');
      }
      default -> {
        json.append('[');
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
          json.append(i == 0 ? "" : ",");
          value(json, random, depth + 1);
        }
        json.append(']');
      }
    }
  }
}
