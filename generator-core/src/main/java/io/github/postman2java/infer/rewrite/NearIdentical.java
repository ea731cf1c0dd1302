package io.github.postman2java.infer.rewrite;

import io.github.postman2java.infer.Shape;
import io.github.postman2java.infer.Shape.ObjectShape;
import io.github.postman2java.infer.Shape.Property;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins object groups that are the same type seen with a few more or fewer properties (quicktype's
 * CombineClasses): a GitHub user with and without {@code email}.
 *
 * <ol>
 *   <li>Index groups by property name. Each group is compared only with the groups that share
 *       its rarest property name (at most {@link #MAX_CANDIDATES}), never with all groups.
 *   <li>Two groups join when both have at least {@link #MIN_PROPERTIES} properties, the shared
 *       names are at least {@link #REQUIRED_OVERLAP} of the larger set, and every shared property
 *       merges without becoming untyped.
 *   <li>Joined groups (union-find, in first-seen order) all map to one merged shape.
 * </ol>
 */
final class NearIdentical {
  /** quicktype's threshold: three quarters of the properties in common. */
  static final double REQUIRED_OVERLAP = 0.75;
  /** Small objects ({@code {id, name}}) are too generic to join on overlap alone. */
  static final int MIN_PROPERTIES = 3;
  /** Bounds the work per group on pathological inputs. */
  static final int MAX_CANDIDATES = 256;

  private NearIdentical() {}

  /** Rewrites {@code mergedByKey} in place so joined keys map to one merged shape. */
  static void combine(Map<String, Shape> mergedByKey) {
    List<String> keys = new ArrayList<>(mergedByKey.keySet());
    List<ObjectShape> shapes = new ArrayList<>();
    List<Set<String>> names = new ArrayList<>();
    Map<String, List<Integer>> byName = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      ObjectShape o = (ObjectShape) mergedByKey.get(keys.get(i));
      shapes.add(o);
      Set<String> n = new HashSet<>();
      o.properties().forEach(p -> n.add(p.jsonName()));
      names.add(n);
      for (String name : n) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
      }
    }
    int[] parent = new int[keys.size()];
    // The merged shape of each group, by root: a join is checked against the whole group, so
    // A~B and A~C never put an object-typed and a string-typed property in one group.
    Map<Integer, ObjectShape> groupShape = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      groupShape.put(i, shapes.get(i));
    }
    for (int i = 0; i < keys.size(); i++) {
      if (names.get(i).size() < MIN_PROPERTIES) {
        continue;
      }
      List<Integer> candidates = null;
      for (String name : names.get(i)) {
        List<Integer> c = byName.get(name);
        if (candidates == null || c.size() < candidates.size()) {
          candidates = c;
        }
      }
      if (candidates == null || candidates.size() > MAX_CANDIDATES) {
        continue;
      }
      for (int j : candidates) {
        // A key embeds the keys of nested objects: never join an object with its own part.
        if (j > i && find(parent, i) != find(parent, j)
            && !keys.get(i).contains(keys.get(j)) && !keys.get(j).contains(keys.get(i))
            && similar(shapes.get(i), names.get(i), shapes.get(j), names.get(j))
            && compatible(groupShape.get(find(parent, i)), groupShape.get(find(parent, j)))) {
          int ri = find(parent, i);
          int rj = find(parent, j);
          groupShape.put(ri, ShapeMerger.mergeObjects(groupShape.get(ri), groupShape.get(rj)));
          parent[rj] = ri;
        }
      }
    }
    for (int i = 0; i < keys.size(); i++) {
      mergedByKey.put(keys.get(i), groupShape.get(find(parent, i)));
    }
  }

  private static boolean similar(ObjectShape a, Set<String> an, ObjectShape b, Set<String> bn) {
    if (bn.size() < MIN_PROPERTIES) {
      return false;
    }
    int shared = 0;
    for (String n : an) {
      if (bn.contains(n)) {
        shared++;
      }
    }
    if (shared < REQUIRED_OVERLAP * Math.max(an.size(), bn.size())) {
      return false;
    }
    return compatible(a, b);
  }

  /** Every shared property merges without becoming untyped. */
  private static boolean compatible(ObjectShape a, ObjectShape b) {
    Map<String, Shape> bShapes = new HashMap<>();
    b.properties().forEach(p -> bShapes.put(p.jsonName(), p.shape()));
    for (Property p : a.properties()) {
      Shape q = bShapes.get(p.jsonName());
      if (q != null && !(p.shape() instanceof Shape.AnyShape) && !(q instanceof Shape.AnyShape)
          && ShapeMerger.merge(p.shape(), q) instanceof Shape.AnyShape) {
        return false;
      }
    }
    return true;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
