package io.github.postman2java.sample;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;

/**
 * Builds the tree {@code ObjectMapper.readTree(parser)} builds with {@code
 * USE_BIG_DECIMAL_FOR_FLOATS} and otherwise default settings, straight from the parser's tokens.
 * An ObjectMapper's first tree costs its whole databind set-up (some 300 classes, reflection,
 * deserializer caches): 150–250 ms of a CLI run that parses its first body a third of a second
 * in. The rules copied from Jackson's {@code BaseNodeDeserializer}: whole numbers become int,
 * long or BigInteger nodes by the parser's number type; every other number a BigDecimal with its
 * trailing zeros stripped (the default node factory's normalisation); a repeated member name keeps
 * its first position and its last value; null members are kept. {@code MapperTreeTest} compares
 * both on tricky input.
 */
final class MapperTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MapperTree() {}

  /** Reads one value from {@code p}; null when the input holds no token at all. */
  static JsonNode read(JsonParser p) throws IOException {
    ArrayDeque<JsonNode> open = new ArrayDeque<>();
    JsonNode root = null;
    String name = null;
    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
      JsonNode value;
      switch (t) {
        case FIELD_NAME -> {
          name = p.currentName();
          continue;
        }
        case END_OBJECT, END_ARRAY -> {
          open.pop();
          if (open.isEmpty()) {
            return root;
          }
          continue;
        }
        case START_OBJECT -> value = NODES.objectNode();
        case START_ARRAY -> value = NODES.arrayNode();
        case VALUE_STRING -> value = NODES.textNode(p.getText());
        case VALUE_NUMBER_INT -> value = integer(p);
        case VALUE_NUMBER_FLOAT -> value = decimal(p.getDecimalValue());
        case VALUE_TRUE -> value = NODES.booleanNode(true);
        case VALUE_FALSE -> value = NODES.booleanNode(false);
        default -> value = NODES.nullNode();
      }
      JsonNode parent = open.peek();
      if (parent == null) {
        root = value;
      } else if (parent instanceof ObjectNode o) {
        o.replace(name, value);
      } else {
        ((ArrayNode) parent).add(value);
      }
      if (value.isContainerNode()) {
        open.push(value);
      } else if (parent == null) {
        return root;
      }
    }
    return root;
  }

  private static JsonNode integer(JsonParser p) throws IOException {
    return switch (p.getNumberType()) {
      case INT -> NODES.numberNode(p.getIntValue());
      case LONG -> NODES.numberNode(p.getLongValue());
      default -> NODES.numberNode(p.getBigIntegerValue());
    };
  }

  private static JsonNode decimal(BigDecimal value) {
    BigDecimal normalised = value;
    if (NODES.willStripTrailingBigDecimalZeroes()) {
      try {
        normalised = value.stripTrailingZeros();
      } catch (ArithmeticException e) {
        // Jackson keeps the value as written when its scale cannot be reduced.
      }
    }
    return NODES.numberNode(normalised);
  }
}
