package io.github.postman2java.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.diag.SourceLocation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads collection JSON into a tree, recording container positions. Iterative (an explicit stack),
 * so deeply nested input cannot overflow the Java stack, and bounded by {@link
 * StreamReadConstraints} so hostile sizes fail fast with a coded error. Error messages carry the
 * position only, never the offending text.
 */
public final class LocatedJsonReader {
  /** Deep enough for any real collection; bodies are strings and are parsed separately. */
  public static final int MAX_DEPTH = 256;
  /** Collections embed whole bodies as strings; 64 MB is far above any real one. */
  public static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;
  public static final int MAX_NUMBER_LENGTH = 1000;
  public static final int MAX_NAME_LENGTH = 64 * 1024;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(MAX_STRING_LENGTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .maxNameLength(MAX_NAME_LENGTH)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // never silent last-wins
          .build();

  private static final String INVALID_UTF8 = "invalid UTF-8";

  private LocatedJsonReader() {}

  /** Parses {@code bytes}; returns null after reporting an error when it is not JSON. */
  public static LocatedJson read(String file, byte[] bytes, Diagnostics diagnostics) {
    return read(file, bytes, diagnostics, false);
  }

  /**
   * Parses {@code bytes}, also recording where each property name starts when {@code
   * fieldPositions} is set (small hand-written files such as overrides, whose diagnostics point
   * at keys); returns null after reporting an error when it is not JSON.
   */
  public static LocatedJson read(String file, byte[] bytes, Diagnostics diagnostics,
      boolean fieldPositions) {
    int start = hasBom(bytes) ? 3 : 0;
    IdentityHashMap<JsonNode, long[]> positions = new IdentityHashMap<>();
    IdentityHashMap<JsonNode, Map<String, long[]>> fields =
        fieldPositions ? new IdentityHashMap<>() : null;
    JsonParser parser;
    try {
      parser = FACTORY.createParser(bytes, start, bytes.length - start);
    } catch (IOException e) {
      diagnostics.error(
          DiagnosticCode.P2J001_UNREADABLE_FILE, SourceLocation.ofFile(file), "cannot read file");
      return null;
    }
    try (parser) {
      JsonNode root = readTree(parser, positions, fields);
      if (root == null) {
        diagnostics.error(
            DiagnosticCode.P2J002_MALFORMED_JSON, SourceLocation.ofFile(file), "the file is empty");
        return null;
      }
      if (parser.nextToken() != null) {
        diagnostics.error(
            DiagnosticCode.P2J002_MALFORMED_JSON,
            position(file, bytes, start, parser.currentTokenLocation()),
            "unexpected content after the end of the JSON document");
        return null;
      }
      return new LocatedJson(file, root, positions, fields);
    } catch (StreamConstraintsException e) {
      // The exception has no location; the parser stands just after the offending token.
      diagnostics.error(DiagnosticCode.P2J006_INPUT_TOO_LARGE,
          position(file, bytes, start, parser.currentTokenLocation()), describeLimit(e));
      return null;
    } catch (JsonProcessingException e) {
      String what = describe(e);
      SourceLocation where = what.equals(INVALID_UTF8)
          ? firstMalformedUtf8(file, bytes, start)
          : position(file, bytes, start, e.getLocation());
      diagnostics.error(
          DiagnosticCode.P2J002_MALFORMED_JSON, where, "the file is not valid JSON: " + what);
      return null;
    } catch (IOException e) {
      diagnostics.error(
          DiagnosticCode.P2J001_UNREADABLE_FILE, SourceLocation.ofFile(file), "cannot read file");
      return null;
    }
  }

  /**
   * Returns the line and column of a parser location, counting columns in characters (Jackson
   * counts bytes, which is wrong after any non-ASCII character on the line).
   */
  private static SourceLocation position(String file, byte[] bytes, int start, JsonLocation loc) {
    if (loc == null) {
      return SourceLocation.ofFile(file);
    }
    long offset = loc.getByteOffset();
    if (offset < 0 || start + offset > bytes.length) {
      return new SourceLocation(file, loc.getLineNr(), loc.getColumnNr(), "");
    }
    return position(file, bytes, start, start + (int) offset);
  }

  /** Returns the 1-based line and character column of byte {@code end}. */
  private static SourceLocation position(String file, byte[] bytes, int start, int end) {
    int line = 1;
    int column = 1;
    for (int i = start; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == '\n' || b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
        line++;
        column = 1;
      } else if (b != '\r' && (b & 0xC0) != 0x80) {
        column++; // continuation bytes belong to the character before them
      }
    }
    return new SourceLocation(file, line, column, "");
  }

  /** Locates the first byte that does not start or continue a valid UTF-8 sequence. */
  private static SourceLocation firstMalformedUtf8(String file, byte[] bytes, int start) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
    CoderResult result = decoder.decode(in, out, true);
    return result.isError() ? position(file, bytes, start, in.position())
        : SourceLocation.ofFile(file);
  }

  private static JsonNode readTree(JsonParser p, IdentityHashMap<JsonNode, long[]> positions,
      IdentityHashMap<JsonNode, Map<String, long[]>> fieldPositions) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    Deque<JsonNode> stack = new ArrayDeque<>();
    JsonNode root = null;
    String field = null;
    JsonToken t;
    while ((t = p.nextToken()) != null) {
      if (t == JsonToken.FIELD_NAME) {
        field = p.currentName();
        if (fieldPositions != null) {
          JsonLocation loc = p.currentTokenLocation();
          fieldPositions.computeIfAbsent(stack.peek(), k -> new HashMap<>())
              .put(field, new long[] {loc.getLineNr(), loc.getColumnNr()});
        }
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

  /** Names the limit a document exceeded; Jackson's message holds only numbers and names. */
  private static String describeLimit(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
    if (m.contains("nesting depth")) {
      return "the collection is nested deeper than " + MAX_DEPTH + " levels";
    }
    if (m.contains("number value length")) {
      return "a number is longer than " + MAX_NUMBER_LENGTH + " characters";
    }
    if (m.contains("name length")) {
      return "a property name is longer than " + MAX_NAME_LENGTH + " characters";
    }
    if (m.contains("string value length")) {
      return "a string is longer than " + MAX_STRING_LENGTH + " characters";
    }
    return "the collection exceeds a parser limit";
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
    if (m.contains("control character") || m.contains("CTRL-CHAR")) {
      return "unescaped control character in a string";
    }
    if (m.startsWith("Invalid UTF-8")) {
      return INVALID_UTF8;
    }
    return "syntax error";
  }
}
