package io.github.postman2java.robustness;

import static io.github.postman2java.robustness.Robust.collection;
import static io.github.postman2java.robustness.Robust.example;
import static io.github.postman2java.robustness.Robust.get;
import static io.github.postman2java.robustness.Robust.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.google.testing.compile.Compilation;
import io.github.postman2java.GenerationResult;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents an API could send, each the saved response of a GET and the raw body of a POST,
 * read with a plain {@code new ObjectMapper().findAndRegisterModules()} into the type the
 * manifest names and written back: the same JSON, every number of the same kind (integer or
 * decimal) and value. Each case is the minimal form of a class of document that once lost
 * something (the integration gate {@code DocumentsGateTest} finds them on real documents).
 */
class RobustLosslessDocumentsTest {
  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();
  /**
   * Numbers equal when of one kind and one value (1.0 is not 1; 1.0 is 1.00), doubles as
   * doubles (-0.0 is not 0.0, as a plain mapper's tree sees them); else equals.
   */
  private static final Comparator<JsonNode> SAME = (a, b) -> {
    if (a.isDouble() && b.isDouble()) {
      return a.equals(b) ? 0 : 1;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.isIntegralNumber() == b.isIntegralNumber()
          && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;
    }
    return a.equals(b) ? 0 : 1;
  };

  @TempDir Path tmp;

  @Test
  @DisplayName("decimals written with an exponent and no fraction left (0e0, 1.23E2) stay decimals")
  void exponentDecimalsWithScaleZeroKeepTheirKind() throws Exception {
    assertLossless("{\"zero\": 0e0, \"whole\": 1.23E2, \"list\": [5E0, 1.5],"
        + " \"nested\": {\"v\": 2.5E3}, \"negative\": -7e0}");
    assertLossless("[{\"v\": 1E0}, {\"v\": [2E0]}]");
  }

  @Test
  @DisplayName("-0.0 in a decimal property, or in a list of them, keeps its sign")
  void negativeZeroDecimalsKeepTheirSign() throws Exception {
    assertLossless("{\"ratio\": -0.0, \"ratios\": [1.5, -0.0], \"deep\": [[-0.0]],"
        + " \"nested\": {\"v\": -0e0}}");
    assertLossless("[{\"ratio\": 1.5}, {\"ratio\": -0.0}]");
  }

  @Test
  @DisplayName("a body that is a JSON string holding JSON text stays a string (not unwrapped)")
  void doubleEncodedBodyStaysAString() throws Exception {
    assertLossless("\"{\\\"id\\\": 1, \\\"tags\\\": [\\\"a\\\"]}\"");
    assertLossless("\"[{\\\"id\\\": 1}]\"");
  }

  @Test
  @DisplayName("dates and date-times outside every object keep their text and offset")
  void datesOutsideEveryObjectKeepTheirText() throws Exception {
    assertLossless("\"2024-02-29T23:59:59.5+05:45\"");
    assertLossless("[\"2024-01-07T10:00:00.100Z\", \"2024-01-07T10:00:00-08:00\"]");
    assertLossless("[[\"2024-01-07\"], [\"2024-02-29\"]]");
    StringBuilder map = new StringBuilder("{");
    for (int i = 1; i <= 12; i++) {
      map.append(i == 1 ? "" : ", ").append("\"").append(1000 + i).append("\": \"2024-01-")
          .append(i < 10 ? "0" : "").append(i).append("T10:00:00+05:45\"");
    }
    assertLossless(map.append('}').toString());
  }

  /** Generates {@code document}, compiles it and checks every body it is saved as. */
  private void assertLossless(String document) throws Exception {
    ObjectNode c = collection("Doc", get("Get doc", "https://api.example.com/docs",
        example("ok", 200, document)), request("Send doc", "POST", "https://api.example.com/docs",
        document, example("created", 201, document)));
    GenerationResult result = Robust.run(tmp, c).success();
    Compilation compiled = Robust.compile(result);
    TypeFactory types = TypeFactory.defaultInstance().withClassLoader(Robust.loader(compiled));
    JsonNode manifest = Robust.JSON.readTree(result.manifestJson());
    int checked = 0;
    for (JsonNode op : manifest.get("operations")) {
      String pointer = op.get("pointer").asText();
      checked += check(types, document, op.get("requestBodyType"), pointer + "/request/body");
      for (JsonNode ex : op.get("examples")) {
        checked += check(types, document, ex.get("bodyType"), ex.get("pointer").asText());
      }
    }
    assertThat(checked).as("bodies with a type").isEqualTo(3);
    assertThat(c.at(JsonPointer.compile("/item/1/request/body/raw")).asText()).isEqualTo(document);
  }

  private static int check(TypeFactory types, String document, JsonNode type, String where)
      throws Exception {
    if (type == null || !type.isTextual()) {
      return 0;
    }
    JavaType javaType = types.constructFromCanonical(type.asText());
    Object value = PLAIN.readerFor(javaType).readValue(document);
    String back = PLAIN.writerFor(javaType).writeValueAsString(value);
    for (ObjectMapper reader : List.of(PLAIN, Robust.EXACT)) {
      JsonNode expected = reader.readTree(document);
      JsonNode actual = reader.readTree(back);
      assertThat(expected.equals(SAME, actual)).as("%s as %s: %s became %s", where, type,
          document, back).isTrue();
    }
    return 1;
  }
}
