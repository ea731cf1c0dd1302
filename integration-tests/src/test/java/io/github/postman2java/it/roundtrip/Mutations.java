package io.github.postman2java.it.roundtrip;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The mutation of the gate, directed by the model types: every object that an object model reads
 * gains an unknown member (an object with nested nulls, decimals and arrays), and every value an
 * open enum reads becomes a value no example has. A lossless model writes the result back as is.
 */
final class Mutations {
  static final String ADDED_MEMBER = "p2jAddedMember";
  private final JsonNode addedValue;
  private final ModelTypes types;
  int membersAdded;
  int enumValuesReplaced;

  Mutations(ModelTypes types, ObjectMapper exact) {
    this.types = types;
    try {
      this.addedValue = exact.readTree("{\"note\": null, \"ratio\": 1.50, \"count\": 7,"
          + " \"precise\": 3.14159265358979323846264338327950288,"
          + " \"list\": [1, 2.0, null, {\"deep\": null, \"when\": \"2024-02-29T23:59:59.5+05:45\"}]}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a mutated copy of {@code node} read as {@code type}. */
  JsonNode mutate(JsonNode node, JavaType type) {
    if (node == null || node.isNull()) {
      return node;
    }
    if (types.isModel(type) && node.isObject()) {
      Map<String, JavaType> properties = types.properties(type);
      ObjectNode out = ((ObjectNode) node).objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JavaType propertyType = properties.get(e.getKey());
        out.set(e.getKey(), propertyType == null ? e.getValue().deepCopy()
            : mutate(e.getValue(), propertyType));
      }
      if (!out.has(ADDED_MEMBER)) {
        out.set(ADDED_MEMBER, addedValue.deepCopy());
        membersAdded++;
      }
      return out;
    }
    if (type.isCollectionLikeType() && node.isArray()) {
      ArrayNode out = ((ArrayNode) node).arrayNode();
      node.forEach(element -> out.add(mutate(element, type.getContentType())));
      return out;
    }
    if (type.isMapLikeType() && node.isObject()) {
      ObjectNode out = ((ObjectNode) node).objectNode();
      node.fields().forEachRemaining(e -> out.set(e.getKey(),
          mutate(e.getValue(), type.getContentType())));
      return out;
    }
    if (ModelTypes.isOpenEnum(type) && node.isTextual()) {
      enumValuesReplaced++;
      return com.fasterxml.jackson.databind.node.TextNode.valueOf("p2j-unknown-" + node.textValue());
    }
    return node.deepCopy();
  }
}
