package io.github.postman2java.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.diag.SourceLocation;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A JSON tree with the line and column of every object and array, so later steps can report
 * {@code file:line:col} for any node they look at. Scalars report their container's position.
 */
public final class LocatedJson {
  private final String file;
  private final JsonNode root;
  private final Map<JsonNode, long[]> positions;
  private final Map<JsonNode, Map<String, long[]>> fieldPositions;

  LocatedJson(String file, JsonNode root, IdentityHashMap<JsonNode, long[]> positions,
      IdentityHashMap<JsonNode, Map<String, long[]>> fieldPositions) {
    this.file = file;
    this.root = root;
    this.positions = positions;
    this.fieldPositions = fieldPositions;
  }

  /** Returns the document's root node. */
  public JsonNode root() {
    return root;
  }

  /** Returns the display name of the file. */
  public String file() {
    return file;
  }

  /**
   * Returns the location of the property name {@code field} of {@code object}, when the reader
   * recorded property positions; otherwise the object's own location.
   */
  public SourceLocation fieldAt(JsonNode object, String field, String pointer) {
    Map<String, long[]> fields = fieldPositions == null ? null : fieldPositions.get(object);
    long[] p = fields == null ? null : fields.get(field);
    return p == null ? at(object, pointer) : new SourceLocation(file, (int) p[0], (int) p[1],
        pointer);
  }

  /** Returns the location of {@code node} (a container), with {@code pointer} as its path. */
  public SourceLocation at(JsonNode node, String pointer) {
    long[] p = node == null ? null : positions.get(node);
    if (p == null) {
      return new SourceLocation(file, 0, 0, pointer);
    }
    return new SourceLocation(file, (int) p[0], (int) p[1], pointer);
  }
}
