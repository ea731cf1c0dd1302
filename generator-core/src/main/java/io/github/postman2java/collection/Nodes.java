package io.github.postman2java.collection;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Small lenient readers for the loosely typed fields of the format. */
final class Nodes {
  private Nodes() {}

  /** Returns text for a string, number or boolean node; null for anything else. */
  static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
      return null;
    }
    return node.asText();
  }

  /** Returns the text of {@code node.get(field)}, or null. */
  static String text(JsonNode node, String field) {
    return node == null ? null : text(node.get(field));
  }

  /** Reads a description: a string, or an object with {@code content}. */
  static String description(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isObject()) {
      return text(node.get("content"));
    }
    return text(node);
  }

  /** Returns true for {@code true} or the string "true". */
  static boolean bool(JsonNode node) {
    return node != null && (node.asBoolean(false) || "true".equals(node.asText()));
  }

  /** Returns the array elements, or an empty list when not an array. */
  static List<JsonNode> elements(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(out::add);
    }
    return out;
  }

  /** Reads script lines: {@code exec} is a string or an array of strings. */
  static List<String> lines(JsonNode exec) {
    List<String> out = new ArrayList<>();
    if (exec == null) {
      return out;
    }
    if (exec.isArray()) {
      exec.forEach(n -> out.add(n.asText()));
    } else if (exec.isTextual()) {
      out.add(exec.asText());
    }
    return out;
  }
}
