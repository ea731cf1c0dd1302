package io.github.postman2java.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postman2java.codegen.JacksonDialect;
import org.junit.jupiter.api.Test;

/** The Jackson 2 → 3 rewrite rules on small sources (the compile gate checks the whole output). */
class JacksonDialectTest {
  @Test
  void jackson2OutputIsLeftAlone() {
    String source = "import com.fasterxml.jackson.databind.JsonNode;\nnode.asText();\n";
    assertThat(JacksonDialect.JACKSON_2.rewrite(source)).isSameAs(source);
  }

  @Test
  void packagesMoveButAnnotationsStay() {
    String v3 = JacksonDialect.JACKSON_3.rewrite("""
        import com.fasterxml.jackson.annotation.JsonProperty;
        import com.fasterxml.jackson.core.JsonProcessingException;
        import com.fasterxml.jackson.databind.JsonNode;
        import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
        """);
    assertThat(v3).isEqualTo("""
        import com.fasterxml.jackson.annotation.JsonProperty;
        import tools.jackson.core.JacksonException;
        import tools.jackson.databind.JsonNode;
        """);
  }

  @Test
  void movedImportsAreSortedAgain() {
    String v3 = JacksonDialect.JACKSON_3.rewrite("""
        import com.fasterxml.jackson.annotation.JsonProperty;
        import com.fasterxml.jackson.databind.JsonNode;
        import java.util.List;

        class A {}
        """);
    assertThat(v3).isEqualTo("""
        import com.fasterxml.jackson.annotation.JsonProperty;
        import java.util.List;
        import tools.jackson.databind.JsonNode;

        class A {}
        """);
  }

  @Test
  void renamedTypesAndMethodsAndCheckedExceptionsOfDeserializers() {
    String v3 = JacksonDialect.JACKSON_3.rewrite("""
        final class D extends JsonDeserializer<JsonNode> {
          public JsonNode deserialize(JsonParser p, DeserializationContext c) throws IOException {
            return read(p);
          }
          private static JsonNode read(JsonParser p) throws IOException {
            switch (p.currentToken()) {
              case FIELD_NAME: return NODES.textNode(p.getText());
              default: return node.isTextual() ? node : NODES.textNode(node.asText());
            }
          }
        }
        """);
    assertThat(v3).contains("extends ValueDeserializer<JsonNode>")
        .contains("case PROPERTY_NAME: return NODES.stringNode(p.getString());")
        .contains("node.isString() ? node : NODES.stringNode(node.asString())")
        .doesNotContain("throws IOException");
  }

  @Test
  void outsideSerializersOnlyTheCallbacksLoseTheirThrowsClause() {
    String v3 = JacksonDialect.JACKSON_3.rewrite("""
        void send() throws IOException { client.send(); }
        public void serialize(Money v, JsonGenerator g, SerializerProvider p) throws IOException {}
        """);
    assertThat(v3).contains("void send() throws IOException")
        .contains("serialize(Money v, JsonGenerator g, SerializationContext p) {}");
  }
}
