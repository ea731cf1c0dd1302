package io.github.postman2java.it.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the round-trip gate does not compare, checked on one small model compiled for Jackson 2
 * and for Jackson 3: the text written back is the text read (member order, explicit nulls in
 * place, unknown members between known ones, decimals in nested untyped lists), an unknown member
 * named like a property is written once (and read by the property's accessor), and an accessor
 * named like a getter is not written twice.
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
    jackson2Thing = OneModel.compile(work, COLLECTION, "order.jackson2", 2, "Thing");
    jackson3Thing = OneModel.compile(work, COLLECTION, "order.jackson3", 3, "Thing");
  }

  @Test
  void jackson2WritesBackTheTextItRead() throws Exception {
    for (ObjectMapper mapper : List.of(new ObjectMapper().findAndRegisterModules(),
        (ObjectMapper) OneModel.clientMapper(jackson2Thing))) {
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
        (tools.jackson.databind.ObjectMapper) OneModel.clientMapper(jackson3Thing),
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
    // The property's accessor reads the member held as JSON as its type.
    assertThat(jackson2Thing.getMethod("id").invoke(built)).isEqualTo(2L);
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
}
