package io.github.postman2java.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.diag.SourceLocation;
import java.util.Objects;

/**
 * A request or response body as the extractor understood it.
 *
 * @param kind JSON, TEXT (not JSON) or EMPTY
 * @param json the parsed body for JSON, else {@code null}; unquoted placeholders appear as
 *     {@link Placeholders#UNQUOTED} strings
 * @param contentType the declared or implied media type, or {@code null}
 */
public record BodySample(Kind kind, JsonNode json, String contentType, SourceLocation location) {

  /** Creates a body sample; {@code json} is required exactly for JSON. */
  public BodySample {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    if ((kind == Kind.JSON) != (json != null)) {
      throw new IllegalArgumentException("json is required exactly for JSON bodies");
    }
  }

  /** What a body holds. */
  public enum Kind {
    JSON,
    TEXT,
    EMPTY
  }
}
