package io.github.postman2java.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.diag.SourceLocation;
import java.util.Objects;

/**
 * A request or response body as the extractor understood it.
 *
 * @param kind JSON, TEXT (not JSON) or EMPTY
 * @param json the parsed body for JSON (until the infer stage drops it), else {@code null};
 *     unquoted placeholders appear as {@link Placeholders#UNQUOTED} strings
 * @param contentType the declared or implied media type, or {@code null}
 * @param root what the top of the JSON is (an example whose top differs from the model's is not
 *     read as that model)
 */
public record BodySample(
    Kind kind, JsonNode json, String contentType, SourceLocation location, Root root) {

  /** Creates a body sample, taking {@link #root()} from the tree. */
  public BodySample(Kind kind, JsonNode json, String contentType, SourceLocation location) {
    this(kind, json, contentType, location, Root.of(json));
  }

  /** Creates a body sample; {@code json} is required exactly for JSON. */
  public BodySample {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    if (kind != Kind.JSON && json != null) {
      throw new IllegalArgumentException("only JSON bodies carry a tree");
    }
  }

  /**
   * Returns this sample without its JSON tree. The infer stage keeps only shapes, so trees of
   * thousands of examples need not live through naming and generation.
   */
  public BodySample withoutJson() {
    return json == null ? this : new BodySample(kind, null, contentType, location, root);
  }

  /** Returns this sample marked as a template its model cannot read (placeholders). */
  public BodySample asTemplate() {
    return new BodySample(kind, json, contentType, location, Root.TEMPLATE);
  }

  /**
   * What the top of a JSON body is; kept after the tree is dropped. TEMPLATE: the body holds
   * placeholders where its model has no string, so it cannot be read as that model.
   */
  public enum Root {
    OBJECT,
    ARRAY,
    SCALAR,
    NONE,
    TEMPLATE;

    static Root of(JsonNode json) {
      if (json == null) {
        return NONE;
      }
      return json.isObject() ? OBJECT : json.isArray() ? ARRAY : SCALAR;
    }
  }

  /** What a body holds. */
  public enum Kind {
    JSON,
    TEXT,
    EMPTY
  }
}
