package io.github.postman2java.collection;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.diag.SourceLocation;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;

/**
 * Reads collection JSON into a tree, recording container positions. Iterative (an explicit stack),
 * so deeply nested input cannot overflow the Java stack, and bounded by {@link
 * StreamReadConstraints} so hostile sizes fail fast with a coded error. Error messages carry the
 * position only, never the offending text.
 */
final class LocatedJsonReader {
  /** Deep enough for any real collection; bodies are strings and are parsed separately. */
  static final int MAX_DEPTH = 256;
  /** Collections embed whole bodies as strings; 64 MB is far above any real one. */
  static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;
  static final int MAX_NUMBER_LENGTH = 1000;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(MAX_STRING_LENGTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .maxNameLength(64 * 1024)
                  .build())
          .build();

  private LocatedJsonReader() {}

  /** Parses {@code bytes}; returns null after reporting an error when it is not JSON. */
  static LocatedJson read(String file, byte[] bytes, Diagnostics diagnostics) {
    int offset = hasBom(bytes) ? 3 : 0;
    IdentityHashMap<JsonNode, long[]> positions = new IdentityHashMap<>();
    try (JsonParser parser = FACTORY.createParser(bytes, offset, bytes.length - offset)) {
      JsonNode root = readTree(parser, positions);
      if (root == null) {
        diagnostics.error(
            DiagnosticCode.P2J002_MALFORMED_JSON, SourceLocation.ofFile(file), "the file is empty");
        return null;
      }
      if (parser.nextToken() != null) {
        JsonLocation loc = parser.currentTokenLocation();
        diagnostics.error(
            DiagnosticCode.P2J002_MALFORMED_JSON,
            new SourceLocation(file, loc.getLineNr(), loc.getColumnNr(), ""),
            "unexpected content after the end of the JSON document");
        return null;
      }
      return new LocatedJson(file, root, positions);
    } catch (StreamConstraintsException e) {
      diagnostics.error(
          DiagnosticCode.P2J006_INPUT_TOO_LARGE,
          locationOf(file, e),
          "the collection exceeds a parser limit (nesting depth "
              + MAX_DEPTH
              + ", string length "
              + MAX_STRING_LENGTH
              + ", number length "
              + MAX_NUMBER_LENGTH
              + ")");
      return null;
    } catch (JsonProcessingException e) {
      diagnostics.error(
          DiagnosticCode.P2J002_MALFORMED_JSON,
          locationOf(file, e),
          "the file is not valid JSON: " + describe(e));
      return null;
    } catch (IOException e) {
      diagnostics.error(
          DiagnosticCode.P2J001_UNREADABLE_FILE, SourceLocation.ofFile(file), "cannot read file");
      return null;
    }
  }

  private static JsonNode readTree(JsonParser p, IdentityHashMap<JsonNode, long[]> positions)
      throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    Deque<JsonNode> stack = new ArrayDeque<>();
    JsonNode root = null;
    String field = null;
    JsonToken t;
    while ((t = p.nextToken()) != null) {
      if (t == JsonToken.FIELD_NAME) {
        field = p.currentName();
        continue;
      }
      JsonNode value;
      switch (t) {
        case START_OBJECT -> value = nodes.objectNode();
        case START_ARRAY -> value = nodes.arrayNode();
        case END_OBJECT, END_ARRAY -> {
          stack.pop();
          if (stack.isEmpty()) {
            return root;
          }
          continue;
        }
        case VALUE_STRING -> value = nodes.textNode(p.getText());
        case VALUE_NUMBER_INT -> value = nodes.numberNode(p.getBigIntegerValue());
        case VALUE_NUMBER_FLOAT -> value = nodes.numberNode(p.getDecimalValue());
        case VALUE_TRUE -> value = nodes.booleanNode(true);
        case VALUE_FALSE -> value = nodes.booleanNode(false);
        case VALUE_NULL -> value = nodes.nullNode();
        default -> value = nodes.nullNode();
      }
      if (value.isContainerNode()) {
        JsonLocation loc = p.currentTokenLocation();
        positions.put(value, new long[] {loc.getLineNr(), loc.getColumnNr()});
      }
      JsonNode parent = stack.peek();
      if (parent == null) {
        root = value;
      } else if (parent instanceof ObjectNode o) {
        o.set(field, value);
      } else {
        ((ArrayNode) parent).add(value);
      }
      if (value.isContainerNode()) {
        stack.push(value);
      } else if (parent == null) {
        return root;
      }
    }
    return root;
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static SourceLocation locationOf(String file, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    if (loc == null) {
      return SourceLocation.ofFile(file);
    }
    return new SourceLocation(file, loc.getLineNr(), loc.getColumnNr(), "");
  }

  /** Describes a syntax error without quoting the input (it may hold secrets). */
  private static String describe(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return "syntax error";
    }
    if (m.startsWith("Unexpected end-of-input")) {
      return "unexpected end of input";
    }
    if (m.startsWith("Unexpected character")) {
      return "unexpected character";
    }
    if (m.startsWith("Unrecognized token")) {
      return "unrecognized token";
    }
    if (m.contains("control character")) {
      return "unescaped control character in a string";
    }
    if (m.startsWith("Invalid UTF-8")) {
      return "invalid UTF-8";
    }
    return "syntax error";
  }
}
