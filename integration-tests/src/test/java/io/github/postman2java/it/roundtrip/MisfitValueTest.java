package io.github.postman2java.it.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tolerant reading, on one small model compiled for Jackson 2 and for Jackson 3: a value its
 * property's type cannot hold ({@code "<integer>"} from an OpenAPI import where the examples
 * show a number, a string where they show a boolean, a scalar where they show an object, an
 * integer beyond {@code Long}) reads without error with a plain mapper and the client's, is kept
 * as it came, is written back unchanged (the same text), and only the property's accessor throws,
 * naming the member, the JSON kind and the expected type but never the value.
 */
class MisfitValueTest {
  private static final String COLLECTION = """
      {"info": {"name": "Misfits", "schema":
        "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
       "item": [{"name": "Get visit", "request": {"method": "GET", "url": "https://api.test/visits/1"},
         "response": [
           {"name": "a", "code": 200, "body": "{\\"visits\\": 3, \\"active\\": true, \\"since\\": \\"2024-01-01T10:00:00Z\\", \\"ratio\\": 0.5, \\"tags\\": [\\"Front desk, 2nd floor\\"], \\"address\\": {\\"city\\": \\"Leeds, West Yorkshire\\"}, \\"api_token\\": \\"Opaque text of the token one\\"}"},
           {"name": "b", "code": 200, "body": "{\\"visits\\": 4, \\"active\\": false, \\"since\\": \\"2024-01-02T10:00:00+01:00\\", \\"ratio\\": 1.25, \\"tags\\": [], \\"address\\": {\\"city\\": \\"Porto, Norte\\"}, \\"api_token\\": \\"Opaque text of the token two\\"}"}]}]}
      """;
  /** Every typed member holds what its type cannot: each is kept, in place, as written. */
  static final String MISFITS = "{\"visits\":\"<integer>\",\"active\":\"yes\","
      + "\"since\":\"<dateTime>\",\"ratio\":\"1.5\",\"tags\":[\"x\",7,null],"
      + "\"address\":\"Leeds\",\"api_token\":{\"secret\":\"s3cr3t-value\"},\"added\":1.50}";
  /** Integers beyond Long, decimals and date-times that are not RFC 3339 stay as written too. */
  static final String EDGES = "{\"visits\":123456789012345678901234567890,\"active\":null,"
      + "\"since\":\"2024-01-01 10:00:00\",\"ratio\":1.0,\"tags\":null,\"address\":{\"city\":7}}";

  @TempDir static Path work;
  private static Class<?> jackson2Visit;
  private static Class<?> jackson3Visit;

  @BeforeAll
  static void compile() throws Exception {
    jackson2Visit = visit(2);
    jackson3Visit = visit(3);
  }

  private static Class<?> visit(int jackson) throws Exception {
    Class<?> visit = OneModel.compile(work, COLLECTION, "misfits.jackson" + jackson, jackson,
        "Visit");
    // The types the examples give, so the misfits below are misfits.
    assertThat(visit.getMethod("visits").getReturnType()).isEqualTo(Long.class);
    assertThat(visit.getMethod("active").getReturnType()).isEqualTo(Boolean.class);
    assertThat(visit.getMethod("since").getReturnType()).isEqualTo(OffsetDateTime.class);
    assertThat(visit.getMethod("ratio").getReturnType()).isEqualTo(BigDecimal.class);
    assertThat(visit.getMethod("tags").getReturnType()).isEqualTo(List.class);
    assertThat(visit.getMethod("apiToken").getReturnType()).isEqualTo(String.class);
    return visit;
  }

  @Test
  void jackson2ReadsEveryMisfitAndWritesBackTheTextItRead() throws Exception {
    for (ObjectMapper mapper : List.of(new ObjectMapper().findAndRegisterModules(),
        (ObjectMapper) OneModel.clientMapper(jackson2Visit))) {
      for (String body : List.of(MISFITS, EDGES)) {
        Object visit = mapper.readValue(body, jackson2Visit);
        assertThat(mapper.writeValueAsString(visit)).isEqualTo(body);
        assertThat(mapper.readValue(body, jackson2Visit)).isEqualTo(visit);
      }
    }
  }

  @Test
  void jackson3ReadsEveryMisfitAndWritesBackTheTextItRead() throws Exception {
    for (tools.jackson.databind.ObjectMapper mapper : List.of(
        new tools.jackson.databind.ObjectMapper(),
        (tools.jackson.databind.ObjectMapper) OneModel.clientMapper(jackson3Visit))) {
      for (String body : List.of(MISFITS, EDGES)) {
        Object visit = mapper.readValue(body, jackson3Visit);
        assertThat(mapper.writeValueAsString(visit)).isEqualTo(body);
      }
    }
  }

  @Test
  void theAccessorOfAMisfitThrowsNamingMemberKindAndTypeButNotTheValue() throws Exception {
    Object visit = new ObjectMapper().readValue(MISFITS, jackson2Visit);
    assertThat(failure(visit, "visits")).isEqualTo("Visit.visits(): JSON member \"visits\""
        + " holds a string where the model expects an integer (Long). The value is kept as it was read, in"
        + " additionalProperties(), and written back unchanged.");
    assertThat(failure(visit, "active"))
        .contains("\"active\" holds a string where the model expects a boolean");
    assertThat(failure(visit, "since")).contains(
        "holds a string where the model expects an RFC 3339 date-time (OffsetDateTime)");
    assertThat(failure(visit, "ratio"))
        .contains("holds a string where the model expects a number (BigDecimal)");
    assertThat(failure(visit, "tags")).contains(
        "holds an array whose element 1 is an integer where the model expects a string");
    assertThat(failure(visit, "address"))
        .contains("holds a string where the model expects an object");
    assertThat(failure(visit, "apiToken"))
        .contains("holds an object where the model expects a string").doesNotContain("s3cr3t");
    Object edges = new ObjectMapper().readValue(EDGES, jackson2Visit);
    assertThat(failure(edges, "visits")).contains("holds an integer too large for Long");
    assertThat(failure(edges, "ratio")).isNull(); // 1.0 is a BigDecimal, scale kept
    assertThat(jackson2Visit.getMethod("ratio").invoke(edges)).isEqualTo(new BigDecimal("1.0"));
    assertThat(failure(edges, "active")).isNull(); // null fits every type
    // A nested model keeps its own misfit; the outer member is typed.
    Object address = jackson2Visit.getMethod("address").invoke(edges);
    assertThat(failure(address, "city"))
        .contains("\"city\" holds an integer where the model expects a string");
  }

  @Test
  void aMisfitIsReadableAsJsonAndReplacedThroughItsSetter() throws Exception {
    Object visit = new ObjectMapper().readValue(MISFITS, jackson2Visit);
    @SuppressWarnings("unchecked")
    Map<String, JsonNode> raw = (Map<String, JsonNode>) jackson2Visit
        .getMethod("additionalProperties").invoke(visit);
    assertThat(raw.keySet()).containsExactly("visits", "active", "since", "ratio", "tags",
        "address", "api_token", "added");
    assertThat(raw.get("visits")).isEqualTo(TextNode.valueOf("<integer>"));
    assertThat(visit.toString()).contains("api_token=<redacted>").doesNotContain("s3cr3t");
    Object builder = jackson2Visit.getMethod("toBuilder").invoke(visit);
    builder.getClass().getMethod("visits", Long.class).invoke(builder, 5L);
    Object fixed = builder.getClass().getMethod("build").invoke(builder);
    assertThat(jackson2Visit.getMethod("visits").invoke(fixed)).isEqualTo(5L);
    assertThat(new ObjectMapper().writeValueAsString(fixed))
        .isEqualTo(MISFITS.replace("\"<integer>\"", "5"));
  }

  @Test
  void theTypePlaceholdersGoldenCaseTypesAndReadsItsTemplateBodies() throws Exception {
    Path collection = Path.of("..", "generator-core", "src", "test", "resources", "golden",
        "cases", "good", "type-placeholders", "collection.json");
    GenerationResult result = CodegenRun.execute(
        GeneratorOptions.builder(collection, "misfits.placeholders").build());
    InMemoryCompiler.Result compiled = InMemoryCompiler.compile(result.files(),
        work.resolve("placeholders"));
    assertThat(compiled.succeeded()).as(compiled.diagnostics()).isTrue();
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    mapper.setTypeFactory(mapper.getTypeFactory().withClassLoader(compiled.loader()));
    JsonNode doc = mapper.readTree(collection.toFile());
    JsonNode op = mapper.readTree(result.manifestJson()).get("operations").get(0);
    assertThat(op.has("requestBodyTemplate")).isFalse();
    List<String[]> bodies = new java.util.ArrayList<>();
    bodies.add(new String[] {doc.at("/item/0/request/body/raw").asText(),
        op.get("requestBodyType").asText()});
    for (JsonNode ex : op.get("examples")) {
      assertThat(ex.get("bodyType").isNull()).as("%s has a body type", ex.get("name")).isFalse();
      bodies.add(new String[] {doc.at(ex.get("pointer").asText() + "/body").asText(),
          ex.get("bodyType").asText()});
    }
    for (String[] body : bodies) {
      Object read = mapper.readValue(body[0],
          mapper.getTypeFactory().constructFromCanonical(body[1]));
      assertThat(mapper.readTree(mapper.writeValueAsString(read)))
          .isEqualTo(mapper.readTree(body[0]));
    }
  }

  /** The message of the exception {@code accessor} throws on {@code model}; null if none. */
  private static String failure(Object model, String accessor) throws Exception {
    Method m = model.getClass().getMethod(accessor);
    Throwable thrown = catchThrowable(() -> m.invoke(model));
    if (thrown == null) {
      return null;
    }
    assertThat(thrown).isInstanceOf(InvocationTargetException.class);
    Throwable cause = thrown.getCause();
    assertThat(cause.getClass().getSimpleName()).isEqualTo("JsonTypeMismatchException");
    return cause.getMessage();
  }
}
