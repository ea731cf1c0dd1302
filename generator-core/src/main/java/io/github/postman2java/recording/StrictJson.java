package io.github.postman2java.recording;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Whether a text is one strict JSON value, as a plain {@code ObjectMapper} reads it. Lenient
 * bodies (comments, trailing commas, bare {@code {{placeholders}}}) are templates: their fixtures
 * offer the text only, never a typed value that would fail to read.
 */
final class StrictJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private StrictJson() {}

  static boolean isJson(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    try (JsonParser p = FACTORY.createParser(text)) {
      int depth = 0;
      int values = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (depth == 0) {
          values++;
        }
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
        }
      }
      return values == 1;
    } catch (IOException e) {
      return false;
    }
  }
}
