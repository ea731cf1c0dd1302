package io.github.postman2java.it.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the round-trip gate does not compare, checked on one small model compiled for Jackson 2
 * and for Jackson 3: the text written back is the text read (member order, explicit nulls in
 * place, unknown members between known ones, decimals in nested untyped lists), an unknown member
 * named like a property is written once, and an accessor named like a getter is not written
 * twice.
 */
class MemberOrderTest {
  private static final String COLLECTION = """
      {"info": {"name": "Order", "schema":
        "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
       "item": [{"name": "Get thing", "request": {"method": "GET", "url": "https://api.test/things/1"},
         "response": [
           {"name": "a", "code": 200, "body": "{\\"id\\": 1, \\"get_url\\": \\"u\\", \\"matrix\\": [[1, 2.5], [\\"x\\"]], \\"when\\": \\"2024-02-29T23:59:59+05:45\\", \\"note\\": \\"n\\"}"},
           {"name": "b", "code": 200, "body": "{\\"id\\": 2, \\"get_url\\": \\"v\\", \\"matrix\\": [], \\"when\\": \\"2024-02-29T23:59:59Z\\", \\"note\\": null}"}]}]}
      """;
  /** Typed, unknown and null members interleaved, numbers only a lossless reader keeps. */
  static final String BODY = "{\"note\":null,\"added\":{\"ratio\":1.50,\"deep\":[null,2]},"
      + "\"id\":1,\"matrix\":[[1,2.50,12345678901234567890.123456789,3E+2],[null,\"x\"]],"
      + "\"later\":7,\"get_url\":\"u\",\"when\":\"2024-02-29T23:59:59.5+05:45\"}";

  @TempDir static Path work;
  private static Class<?> jackson2Thing;
  private static Class<?> jackson3Thing;

  @BeforeAll
  static void compile() throws Exception {
    Path collection = work.resolve("order.postman_collection.json");
    Files.writeString(collection, COLLECTION, StandardCharsets.UTF_8);
    jackson2Thing = thing(collection, 2);
    jackson3Thing = thing(collection, 3);
  }

  private static Class<?> thing(Path collection, int jackson) throws Exception {
    String pkg = "order.jackson" + jackson;
    GenerationResult result = CodegenRun.execute(
        GeneratorOptions.builder(collection, pkg).jackson(jackson).build());
    InMemoryCompiler.Result compiled = InMemoryCompiler.compile(result.files(),
        work.resolve("jackson" + jackson));
    assertThat(compiled.succeeded()).as(compiled.diagnostics()).isTrue();
    return Class.forName(pkg + ".model.Thing", true, compiled.loader());
  }

  @Test
  void jackson2WritesBackTheTextItRead() throws Exception {
    for (ObjectMapper mapper : List.of(new ObjectMapper().findAndRegisterModules(),
        clientMapper(jackson2Thing))) {
      Object thing = mapper.readValue(BODY, jackson2Thing);
      assertThat(mapper.writeValueAsString(thing)).isEqualTo(BODY);
    }
  }

  @Test
  void aMapperThatLeavesOutNullsAndEmptiesStillWritesThem() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
        .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
            JsonInclude.Include.NON_NULL))
        .setTimeZone(java.util.TimeZone.getTimeZone("America/New_York"));
    Object thing = mapper.readValue(BODY, jackson2Thing);
    assertThat(mapper.writeValueAsString(thing)).isEqualTo(BODY);
  }

  @Test
  void jackson3WritesBackTheTextItRead() throws Exception {
    for (tools.jackson.databind.ObjectMapper mapper : List.of(
        new tools.jackson.databind.ObjectMapper(),
        (tools.jackson.databind.ObjectMapper) clientMapperObject(jackson3Thing),
        tools.jackson.databind.json.JsonMapper.builder()
            .changeDefaultPropertyInclusion(i -> i
                .withValueInclusion(JsonInclude.Include.NON_EMPTY)
                .withContentInclusion(JsonInclude.Include.NON_NULL))
            .defaultTimeZone(java.util.TimeZone.getTimeZone("America/New_York"))
            .build())) {
      Object thing = mapper.readValue(BODY, jackson3Thing);
      assertThat(mapper.writeValueAsString(thing)).isEqualTo(BODY);
    }
  }

  @Test
  void anUnknownMemberNamedLikeAPropertyIsWrittenOnce() throws Exception {
    Object builder = jackson2Thing.getMethod("builder").invoke(null);
    builder.getClass().getMethod("id", Long.class).invoke(builder, 1L);
    builder.getClass().getMethod("putAdditionalProperty", String.class, JsonNode.class)
        .invoke(builder, "id", IntNode.valueOf(2));
    Object built = builder.getClass().getMethod("build").invoke(builder);
    String json = new ObjectMapper().writeValueAsString(built);
    assertThat(json).isEqualTo("{\"id\":2}");
    assertThat(jackson2Thing.getMethod("id").invoke(built)).isNull();
  }

  @Test
  void theBuilderKeepsTheOrderOfItsCalls() throws Exception {
    Object builder = jackson2Thing.getMethod("builder").invoke(null);
    builder.getClass().getMethod("putAdditionalProperty", String.class, JsonNode.class)
        .invoke(builder, "first", IntNode.valueOf(0));
    builder.getClass().getMethod("note", String.class).invoke(builder, (Object) null);
    builder.getClass().getMethod("getUrl", String.class).invoke(builder, "u");
    Object built = builder.getClass().getMethod("build").invoke(builder);
    assertThat(new ObjectMapper().findAndRegisterModules().writeValueAsString(built))
        .isEqualTo("{\"first\":0,\"note\":null,\"get_url\":\"u\"}");
  }

  private static ObjectMapper clientMapper(Class<?> model) throws Exception {
    return (ObjectMapper) clientMapperObject(model);
  }

  private static Object clientMapperObject(Class<?> model) throws Exception {
    String pkg = model.getPackageName().replaceAll("\\.model$", "");
    return Class.forName(pkg + ".ClientConfig", true, model.getClassLoader())
        .getMethod("defaultObjectMapper").invoke(null);
  }
}
