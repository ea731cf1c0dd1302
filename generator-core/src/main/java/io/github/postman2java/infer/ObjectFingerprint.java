package io.github.postman2java.infer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A 64-bit fingerprint of one JSON object, telling copies of one thing from different things.
 * An object with identity members ({@code id}, {@code *_id}, {@code *Id}, {@code uuid}, {@code
 * url}...) is fingerprinted by them alone: the same issue pasted into twenty requests, or shown
 * once by {@code GET} and once by {@code PATCH} with one member changed, is one thing. An object
 * without them is fingerprinted by all its members (names and scalar values; nested containers
 * by kind and size). Enum evidence counts the objects a value was seen in by fingerprint, so
 * copies of one example count once. Reads only the object's direct members: linear in the
 * document overall.
 */
final class ObjectFingerprint {
  /** The fingerprint of values that sit in no object (a top-level array of strings). */
  static final long NONE = 0L;
  private static final long SEED = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private ObjectFingerprint() {}

  static long of(JsonNode object) {
    long all = SEED;
    long identity = SEED;
    boolean identified = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode v = f.getValue();
      int value = v.isContainerNode() ? 31 * v.getNodeType().ordinal() + v.size() : v.hashCode();
      all = mix(mix(all, f.getKey().hashCode()), value);
      if (v.isValueNode() && !v.isNull() && isIdentity(f.getKey())) {
        identity = mix(mix(identity, f.getKey().hashCode()), value);
        identified = true;
      }
    }
    long h = identified ? identity : all;
    return h == NONE ? 1L : h;
  }

  private static long mix(long h, int v) {
    return (h ^ v) * PRIME;
  }

  /**
   * {@code id}, {@code node_id}, {@code account-id}, {@code accountId}, {@code userID}, {@code
   * uuid}, {@code url}; not {@code paid} or {@code valid}.
   */
  static boolean isIdentity(String name) {
    if (name.equalsIgnoreCase("id") || name.equalsIgnoreCase("uuid")
        || name.equalsIgnoreCase("guid") || name.equals("url") || name.equals("href")
        || name.equals("self")) {
      return true;
    }
    int n = name.length();
    if (n < 3 || !name.regionMatches(true, n - 2, "id", 0, 2)) {
      return false;
    }
    char before = name.charAt(n - 3);
    return before == '_' || before == '-'
        || Character.isLowerCase(before) && Character.isUpperCase(name.charAt(n - 2));
  }
}
