package io.github.postman2java.infer.rewrite;

import io.github.postman2java.infer.Shape;
import io.github.postman2java.infer.Shape.ArrayShape;
import io.github.postman2java.infer.Shape.MapShape;
import io.github.postman2java.infer.Shape.ObjectShape;
import io.github.postman2java.infer.Shape.Property;
import io.github.postman2java.infer.Shape.ScalarShape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Structural keys as interned ids (hash-consing): an object's key is its sorted property names
 * with the kind id of each value, and a nested object's kind is its own key id. A key therefore
 * costs the size of the object's own property list, never of its subtree: keys that embedded
 * their subtrees as text grew exponentially on documents whose levels repeat (a tree 23 levels
 * deep exhausted the heap).
 *
 * <p>Kind ids: scalars, enum, self, null and any are small negative constants; objects, arrays
 * and maps get non-negative ids from one table, so equal structures get equal ids.
 */
final class ShapeKeys {
  static final int ENUM = -100;
  static final int SELF = -101;
  static final int NULL = -102;
  static final int ANY = -103;

  /** What an id stands for: its tag ({@code "{"}, {@code "["} or {@code "map"}) and parts. */
  record Entry(String tag, List<Object> parts, int height) {}

  private final Map<List<Object>, Integer> ids = new HashMap<>();
  private final List<Entry> entries = new ArrayList<>();
  private final Map<Shape, Integer> memo = new IdentityHashMap<>();

  /** The key id of an object: equal ids exactly when names and value kinds are equal. */
  int key(ObjectShape o) {
    Integer cached = memo.get(o);
    if (cached != null) {
      return cached;
    }
    List<Property> sorted = new ArrayList<>(o.properties());
    sorted.sort(Comparator.comparing(Property::jsonName));
    List<Object> parts = new ArrayList<>(2 * sorted.size() + 1);
    parts.add("{");
    int height = 1;
    for (Property p : sorted) {
      int k = kind(p.shape());
      parts.add(p.jsonName());
      parts.add(k);
      height = Math.max(height, 1 + height(k));
    }
    // An object the user keeps apart gets a key of its own (same parts, so same kinds).
    int id = o.apart().isEmpty() ? intern(parts, height)
        : intern(List.of("apart", o.apart(), parts), parts, height);
    memo.put(o, id);
    return id;
  }

  /** The kind id of any shape. */
  int kind(Shape s) {
    if (s instanceof ScalarShape sc) {
      return -1 - sc.scalar().ordinal();
    }
    if (s instanceof ObjectShape o) {
      return key(o);
    }
    if (s instanceof ArrayShape a) {
      int k = kind(a.items());
      return intern(List.of("[", k), height(k));
    }
    if (s instanceof MapShape m) {
      int k = kind(m.values());
      return intern(List.of("map", k), height(k));
    }
    if (s instanceof Shape.EnumShape) {
      return ENUM;
    }
    if (s instanceof Shape.SelfShape) {
      return SELF;
    }
    return s instanceof Shape.NullShape ? NULL : ANY;
  }

  /** The nesting height of objects in a kind: 0 for kinds without objects, 1 for flat objects. */
  int height(int kind) {
    return kind < 0 ? 0 : entries.get(kind).height();
  }

  /** The entry of a non-negative kind id. */
  Entry entry(int kind) {
    return entries.get(kind);
  }

  /** Whether a kind id stands for an object key. */
  boolean isObject(int kind) {
    return kind >= 0 && "{".equals(entries.get(kind).tag());
  }

  private int intern(List<Object> parts, int height) {
    return intern(parts, parts, height);
  }

  private int intern(List<Object> identity, List<Object> parts, int height) {
    Integer id = ids.get(identity);
    if (id == null) {
      id = entries.size();
      ids.put(identity, id);
      entries.add(new Entry((String) parts.get(0), parts, height));
    }
    return id;
  }
}
