package io.github.postman2java.infer.rewrite;

import io.github.postman2java.infer.Shape;
import io.github.postman2java.infer.Shape.Scalar;
import io.github.postman2java.infer.Shape.ScalarShape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins key groups that are one resource seen with a few more or fewer properties (a GitHub user
 * with and without {@code email}), and only those: two shapes that merely overlap are different
 * things (a search result for code and one for users; a rack and a VLAN of one inventory API).
 *
 * <p>Two groups join when every shared property has compatible kinds, neither contains the
 * other, and either
 * <ul>
 *   <li>both have at least {@link #MIN_PROPERTIES} properties and exactly the same names (the
 *       kinds differ only where one side saw {@code null} or a narrower number), or
 *   <li>both have at least {@link #MIN_PROPERTIES} properties, share {@link #REQUIRED_OVERLAP}
 *       of the larger name set and were seen at the same site: the same member of the same path
 *       resource ({@code repos/:/issues|user}), or, when one's names are all in the other's,
 *       under a member of the same name anywhere ({@code item}: the resource in less detail), or
 *   <li>one is smaller, its names are all in the other's and at least half of them, and they
 *       were seen at the same site.
 * </ul>
 * Nested objects are compatible only when their own groups were joined: groups are visited from
 * the flattest up, so a list envelope ({@code {count, next, results: [...]}}) joins another only
 * when the elements are one resource. Each group is compared only with the groups that share its
 * rarest property name (at most {@link #MAX_CANDIDATES}), never with all groups.
 */
final class NearIdentical {
  /** quicktype's threshold: three quarters of the properties in common. */
  static final double REQUIRED_OVERLAP = 0.75;
  /** Small objects ({@code {id, name}}) are too generic to join on overlap alone. */
  static final int MIN_PROPERTIES = 3;
  /** Bounds the work per group on pathological inputs. */
  static final int MAX_CANDIDATES = 256;

  private final KeyGroups groups;
  private final ShapeKeys keys;

  private NearIdentical(KeyGroups groups) {
    this.groups = groups;
    this.keys = groups.keys;
  }

  /** Joins the groups of {@code groups} that are one resource. */
  static void combine(KeyGroups groups) {
    new NearIdentical(groups).run();
  }

  private void run() {
    int n = groups.size();
    List<Map<String, Integer>> kinds = new ArrayList<>();
    Map<String, List<Integer>> byName = new HashMap<>();
    for (int i = 0; i < n; i++) {
      kinds.add(groups.kinds(i));
      for (String name : kinds.get(i).keySet()) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(groups::height).thenComparingInt(i -> i));
    for (int i : order) {
      Set<String> names = kinds.get(i).keySet();
      if (names.isEmpty()) {
        continue;
      }
      List<Integer> candidates = null;
      for (String name : names) {
        List<Integer> c = byName.get(name);
        if (candidates == null || c.size() < candidates.size()) {
          candidates = c;
        }
      }
      if (candidates.size() > MAX_CANDIDATES) {
        continue;
      }
      for (int j : candidates) {
        // Only groups whose nested objects are already settled: flatter ones or as flat.
        if (j != i && groups.height(j) <= groups.height(i) && groups.find(i) != groups.find(j)
            && similar(i, names, j, kinds.get(j).keySet())
            && compatible(groups.find(i), groups.find(j))
            && !reaches(groups.find(i), groups.find(j))
            && !reaches(groups.find(j), groups.find(i))) {
          groups.union(Math.min(i, j), Math.max(i, j));
        }
      }
    }
  }

  private boolean similar(int i, Set<String> a, int j, Set<String> b) {
    if (a.size() < MIN_PROPERTIES || b.size() < MIN_PROPERTIES) {
      // Small objects ({number}, {number, type}) are one thing only at one site, one's
      // names within the other's and at least half of them: a {sha, url} reference is not
      // the six-property blob it points to.
      return !b.isEmpty() && 2 * Math.min(a.size(), b.size()) >= Math.max(a.size(), b.size())
          && (a.containsAll(b) || b.containsAll(a)) && sameSite(i, j);
    }
    if (a.equals(b)) {
      return true;
    }
    int shared = 0;
    for (String name : a) {
      if (b.contains(name)) {
        shared++;
      }
    }
    if (shared < REQUIRED_OVERLAP * Math.max(a.size(), b.size())) {
      return false;
    }
    return sameSite(i, j) || shared == Math.min(a.size(), b.size()) && sameHolder(i, j);
  }

  /**
   * Whether a member of the same name holds both somewhere ({@code item} in the answers of
   * {@code /auth/get} and {@code /liabilities/get}): for one whose names are all in the other's,
   * that is the same resource shown in less detail.
   */
  private boolean sameHolder(int i, int j) {
    Set<String> holders = new HashSet<>();
    for (String site : groups.sites(i)) {
      String member = KeyGroups.member(site);
      if (!member.isEmpty()) {
        holders.add(member);
      }
    }
    for (String site : groups.sites(j)) {
      if (holders.contains(KeyGroups.member(site))) {
        return true;
      }
    }
    return false;
  }

  private boolean sameSite(int i, int j) {
    for (String site : groups.sites(i)) {
      if (groups.sites(j).contains(site)) {
        return true;
      }
    }
    return false;
  }

  /** Every property the two joined groups share has kinds that read each other. */
  private boolean compatible(int rootA, int rootB) {
    Map<String, Set<Integer>> a = groups.rootKinds(rootA);
    Map<String, Set<Integer>> b = groups.rootKinds(rootB);
    for (Map.Entry<String, Set<Integer>> e : a.entrySet()) {
      Set<Integer> other = b.get(e.getKey());
      if (other == null) {
        continue;
      }
      for (int x : e.getValue()) {
        for (int y : other) {
          if (!compatibleKinds(x, y)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private boolean compatibleKinds(int x, int y) {
    if (x == y || x == ShapeKeys.NULL || y == ShapeKeys.NULL || x == ShapeKeys.ANY
        || y == ShapeKeys.ANY) {
      return true;
    }
    if (x < 0 || y < 0) {
      return scalarLike(x) && scalarLike(y) && !(ShapeMerger.merge(shapeOf(x), shapeOf(y))
          instanceof Shape.AnyShape);
    }
    ShapeKeys.Entry ex = keys.entry(x);
    ShapeKeys.Entry ey = keys.entry(y);
    if (!ex.tag().equals(ey.tag())) {
      return false;
    }
    if (keys.isObject(x)) {
      return groups.find(groups.indexOf(x)) == groups.find(groups.indexOf(y));
    }
    return compatibleKinds((Integer) ex.parts().get(1), (Integer) ey.parts().get(1));
  }

  private static boolean scalarLike(int kind) {
    return kind == ShapeKeys.ENUM || kind < 0 && kind >= -Scalar.values().length;
  }

  private static Shape shapeOf(int kind) {
    return kind == ShapeKeys.ENUM ? new Shape.EnumShape(List.of())
        : new ScalarShape(Scalar.values()[-1 - kind]);
  }

  /** Whether an object of the group {@code to} is nested (at any depth) in the group {@code from}. */
  private boolean reaches(int from, int to) {
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> work = new ArrayDeque<>();
    work.push(from);
    while (!work.isEmpty()) {
      int root = work.pop();
      for (int index : groups.joinedUnder(root)) {
        for (int kind : groups.kinds(index).values()) {
          int child = objectIn(kind);
          if (child < 0) {
            continue;
          }
          int childRoot = groups.find(groups.indexOf(child));
          if (childRoot == to) {
            return true;
          }
          if (seen.add(childRoot)) {
            work.push(childRoot);
          }
        }
      }
    }
    return false;
  }

  /** The object key inside a kind (through arrays and maps), or -1. */
  private int objectIn(int kind) {
    int k = kind;
    while (k >= 0 && !keys.isObject(k)) {
      k = (Integer) keys.entry(k).parts().get(1);
    }
    return k;
  }
}
