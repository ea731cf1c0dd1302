package io.github.postman2java.infer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.infer.Shape.ArrayShape;
import io.github.postman2java.infer.Shape.MapShape;
import io.github.postman2java.infer.Shape.ObjectShape;
import io.github.postman2java.infer.Shape.Property;
import io.github.postman2java.infer.Shape.Scalar;
import io.github.postman2java.infer.Shape.ScalarShape;
import io.github.postman2java.sample.Placeholders;
import java.util.Iterator;
import java.util.Map;

/**
 * Whether an example can be read as the model inferred for it. A {@code "{{placeholder}}"}
 * takes its type from the other examples (issue: "a placeholder's type comes from other
 * samples"), so the example holding it is a template: when the placeholder sits where the model
 * has a number, a date, an object or an enum, that example cannot be read as the model and is
 * listed without a body type instead of with one that fails. A type placeholder ({@code
 * "<integer>"}) is read the same way: it names the type, it is not a value of it.
 */
final class ExampleFit {
  private static final int MAX_DEPTH = 64;

  private ExampleFit() {}

  static boolean fits(JsonNode node, Shape shape) {
    return fits(node, shape, null, 0);
  }

  private static boolean fits(JsonNode node, Shape shape, Shape self, int depth) {
    if (depth > MAX_DEPTH || node == null || node.isNull() || shape instanceof Shape.AnyShape
        || shape instanceof Shape.NullShape) {
      return true;
    }
    if (shape instanceof Shape.SelfShape) {
      return self == null || fits(node, self, self, depth + 1);
    }
    if (node.isTextual() && Placeholders.isTemplateValue(node.textValue())) {
      return shape instanceof ScalarShape s
          && (s.scalar() == Scalar.STRING || s.scalar() == Scalar.NUMBER_OR_STRING);
    }
    if (node.isArray()) {
      if (!(shape instanceof ArrayShape a)) {
        return false;
      }
      for (JsonNode element : node) {
        if (!fits(element, a.items(), self, depth + 1)) {
          return false;
        }
      }
      return true;
    }
    if (node.isObject()) {
      if (shape instanceof MapShape m) {
        for (JsonNode value : node) {
          if (!fits(value, m.values(), self, depth + 1)) {
            return false;
          }
        }
        return true;
      }
      if (!(shape instanceof ObjectShape o)) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        Shape child = null;
        for (Property p : o.properties()) {
          if (p.jsonName().equals(f.getKey())) {
            child = p.shape();
            break;
          }
        }
        if (child != null && !fits(f.getValue(), child, o, depth + 1)) {
          return false;
        }
      }
      return true;
    }
    return true;
  }
}
