package io.github.postman2java.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Reads body text as JSON the way people write it in Postman: comments, trailing commas,
 * single quotes, raw control characters and unquoted {@code {{placeholders}}} are accepted.
 * Numbers keep their literal precision (BigDecimal), so inference can see {@code 1.0} and
 * {@code 0.1000000000000000000001} as written. A JSON string is a string, whatever its text.
 */
final class LenientJson {
  /** Bodies nested deeper than this are not JSON we can model; skipped with a warning. */
  static final int MAX_DEPTH = 1000;
  static final int MAX_NUMBER_LENGTH = 20_000;
  static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;

  /** A parser factory, not an ObjectMapper: see {@link MapperTree} for why. */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .maxStringLength(MAX_STRING_LENGTH)
                  .build())
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
          .enable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
          .build();

  private LenientJson() {}

  /** Outcome of a lenient read. */
  enum Status {
    JSON,
    NOT_JSON,
    TOO_LARGE
  }

  /** The parsed tree (or null) and why. */
  record Result(Status status, JsonNode node) {}

  static Result read(String text) {
    return read(text, placeholder -> Placeholders.UNQUOTED);
  }

  /** Reads {@code text}; each unquoted placeholder becomes the string {@code bare.apply(it)}. */
  static Result read(String text, java.util.function.UnaryOperator<String> bare) {
    String trimmed = text.strip();
    if (trimmed.isEmpty() || !looksLikeJson(trimmed)) {
      return new Result(Status.NOT_JSON, null);
    }
    String prepared = Placeholders.quoteBare(trimmed, bare);
    try (JsonParser p = FACTORY.createParser(prepared)) {
      JsonNode node = MapperTree.read(p);
      if (node == null || p.nextToken() != null) {
        return new Result(Status.NOT_JSON, null);
      }
      // A body that is a JSON string stays one, even when its text is JSON (double-encoded):
      // it is what the server sent or the client sends, and a model of the inner object could
      // not read it back.
      return new Result(Status.JSON, node);
    } catch (StreamConstraintsException e) {
      return new Result(Status.TOO_LARGE, null);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return new Result(Status.NOT_JSON, null);
    }
  }

  private static boolean looksLikeJson(String s) {
    char c = s.charAt(0);
    // Scalars count as JSON only when the whole body is one (e.g. `true`, `42`, `"x"`).
    return c == '{' || c == '[' || c == '"' || c == '-' || Character.isDigit(c)
        || s.equals("true") || s.equals("false") || s.equals("null") || c == '/';
  }

}
