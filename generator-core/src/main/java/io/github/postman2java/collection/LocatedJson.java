package io.github.postman2java.collection;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.diag.SourceLocation;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A JSON tree with the line and column of every object and array, so later steps can report
 * {@code file:line:col} for any node they look at. Scalars report their container's position.
 */
final class LocatedJson {
  private final String file;
  private final JsonNode root;
  private final Map<JsonNode, long[]> positions;

  LocatedJson(String file, JsonNode root, IdentityHashMap<JsonNode, long[]> positions) {
    this.file = file;
    this.root = root;
    this.positions = positions;
  }

  JsonNode root() {
    return root;
  }

  String file() {
    return file;
  }

  /** Returns the location of {@code node} (a container), with {@code pointer} as its path. */
  SourceLocation at(JsonNode node, String pointer) {
    long[] p = node == null ? null : positions.get(node);
    if (p == null) {
      return new SourceLocation(file, 0, 0, pointer);
    }
    return new SourceLocation(file, (int) p[0], (int) p[1], pointer);
  }
}
