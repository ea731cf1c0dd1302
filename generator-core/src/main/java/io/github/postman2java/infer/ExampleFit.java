package io.github.postman2java.infer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.infer.Shape.ArrayShape;
import io.github.postman2java.infer.Shape.MapShape;
import io.github.postman2java.infer.Shape.ObjectShape;
import io.github.postman2java.infer.Shape.Scalar;
import io.github.postman2java.infer.Shape.ScalarShape;
import io.github.postman2java.sample.Placeholders;

/**
 * Whether an example can be read as the model inferred for it. A model reads any JSON object:
 * a member whose value its property's type cannot hold (a {@code "{{placeholder}}"} or a type
 * placeholder such as {@code "<integer>"} where the model has a number, a date, an object or an
 * enum) is kept as it came and written back unchanged. What no model can keep is a value outside
 * every object: an element of a top-level list or map that should be an object and is not, or a
 * placeholder where a top-level list of numbers has a number. Such an example is a template: it
 * is listed without a body type instead of with one that fails. Only the containers outside the
 * first objects are walked.
 */
final class ExampleFit {
  private ExampleFit() {}

  static boolean fits(JsonNode node, Shape shape) {
    if (node == null || node.isNull() || shape instanceof Shape.AnyShape
        || shape instanceof Shape.NullShape) {
      return true;
    }
    if (shape instanceof ObjectShape || shape instanceof Shape.SelfShape) {
      return node.isObject();
    }
    if (node.isTextual() && Placeholders.isTemplateValue(node.textValue())) {
      return shape instanceof ScalarShape s
          && (s.scalar() == Scalar.STRING || s.scalar() == Scalar.NUMBER_OR_STRING);
    }
    if (shape instanceof ArrayShape a) {
      if (!node.isArray()) {
        return false;
      }
      for (JsonNode element : node) {
        if (!fits(element, a.items())) {
          return false;
        }
      }
      return true;
    }
    if (shape instanceof MapShape m) {
      if (!node.isObject()) {
        return false;
      }
      for (JsonNode value : node) {
        if (!fits(value, m.values())) {
          return false;
        }
      }
      return true;
    }
    return !node.isContainerNode();
  }
}
