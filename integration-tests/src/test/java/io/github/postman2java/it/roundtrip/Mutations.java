package io.github.postman2java.it.roundtrip;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The mutation of the gate, directed by the model types: every object that an object model reads
 * gains unknown members (an object with nested nulls, decimals, arrays and a date-time with an
 * offset; odd keys {@code ""}, {@code $ref}, {@code @type} and a key differing from a property's
 * only in case; integers and decimals beyond {@code long} and {@code double}, {@code 1} next to
 * {@code 1.0}), its first scalar property gets a value of another JSON kind (a string where the
 * type is a number, a number where it is a string, ...), and every value an open enum reads
 * becomes a value no example has. A lossless, tolerant model writes the result back as is.
 */
final class Mutations {
  static final String ADDED_MEMBER = "p2jAddedMember";
  private final JsonNode addedValue;
  /** Odd keys and exact numbers, added to every object beside {@link #ADDED_MEMBER}. */
  private final ObjectNode oddMembers;
  private final ModelTypes types;
  int membersAdded;
  int enumValuesReplaced;
  int misfitsPlaced;

  Mutations(ModelTypes types, ObjectMapper exact) {
    this.types = types;
    try {
      this.addedValue = exact.readTree("{\"note\": null, \"ratio\": 1.50, \"count\": 7,"
          + " \"precise\": 3.14159265358979323846264338327950288,"
          + " \"list\": [1, 2.0, null, {\"deep\": null, \"when\": \"2024-02-29T23:59:59.5+05:45\"}]}");
      this.oddMembers = (ObjectNode) exact.readTree("{\"\": \"empty key\", \"$ref\": \"#/x\","
          + " \"@type\": \"p2j\", \"p2jNumbers\": [1, 1.0, -0.5, 123456789012345678901234567890,"
          + " 1.7976931348623157E+309, 0.1000000000000000055511151231257827021181583404541015625]}");
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
      boolean misfit = false;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JavaType propertyType = properties.get(e.getKey());
        JsonNode other = misfit || propertyType == null ? null
            : otherKind(e.getValue(), propertyType);
        misfit |= other != null;
        out.set(e.getKey(), propertyType == null ? e.getValue().deepCopy()
            : other != null ? other : mutate(e.getValue(), propertyType));
      }
      misfitsPlaced += misfit ? 1 : 0;
      if (!out.has(ADDED_MEMBER)) {
        out.set(ADDED_MEMBER, addedValue.deepCopy());
        oddMembers.fields().forEachRemaining(e -> out.putIfAbsent(e.getKey(), e.getValue()));
        String twin = caseTwin(out, properties);
        if (twin != null) {
          out.put(twin, 1.0);
        }
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
      return TextNode.valueOf("p2j-unknown-" + node.textValue());
    }
    return node.deepCopy();
  }

  /**
   * A value of another JSON kind for a scalar property ({@code "<number>"} for a number,
   * {@code 7} for a string, ...), or {@code null} when the property is not a scalar or is null.
   */
  private static JsonNode otherKind(JsonNode value, JavaType type) {
    Class<?> c = type.getRawClass();
    if (value == null || value.isNull() || ModelTypes.isOpenEnum(type)) {
      return null;
    }
    if (c == Long.class || c == java.math.BigInteger.class || c == java.math.BigDecimal.class) {
      return TextNode.valueOf("<number>");
    }
    if (c == String.class || c == java.time.OffsetDateTime.class
        || c == java.time.LocalDate.class) {
      return IntNode.valueOf(7);
    }
    if (c == Boolean.class) {
      return TextNode.valueOf("yes");
    }
    return c.getSimpleName().equals("NumberOrString") ? BooleanNode.TRUE : null;
  }

  /** A key that differs from a property's name only in case and is not in {@code object}. */
  private static String caseTwin(ObjectNode object, Map<String, JavaType> properties) {
    for (String name : properties.keySet()) {
      String twin = name.toUpperCase(java.util.Locale.ROOT);
      if (twin.equals(name)) {
        twin = name.toLowerCase(java.util.Locale.ROOT);
      }
      if (!twin.equals(name) && !object.has(twin) && !properties.containsKey(twin)) {
        return twin;
      }
    }
    return null;
  }
}
