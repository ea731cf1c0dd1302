package io.github.postman2java.infer.rewrite;

import io.github.postman2java.infer.Shape.ObjectShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The object shapes of one body family grouped by structural key ({@link ShapeKeys}), with the
 * sites each key was seen at and a union-find over the groups for {@link NearIdentical}.
 *
 * <p>A site is where an object sits: the resource of the request path ({@link
 * io.github.postman2java.infer.ResourceNoun#siteOf}) and the member holding it ({@code
 * "repos/:/issues|user"}, {@code "search|items"}, {@code "repos|"} for a whole body, {@code
 * "orgs/:/repos|[]"} for the elements of a list body). Sites are the evidence that two objects
 * that only overlap are one resource.
 */
final class KeyGroups {
  final ShapeKeys keys;
  private final Map<Integer, Integer> indexOfKey = new HashMap<>();
  private final List<Integer> keyOf = new ArrayList<>();
  private final List<Set<ObjectShape>> members = new ArrayList<>();
  private final List<Set<String>> sites = new ArrayList<>();
  private final List<Integer> parent = new ArrayList<>();
  /** Per root: the {@code apart} label of its objects ({@code ""} for none). */
  private final Map<Integer, String> apart = new HashMap<>();
  /** Per root: every kind seen for each property name, across the joined groups. */
  private final Map<Integer, Map<String, Set<Integer>>> rootKinds = new HashMap<>();
  /** Per root: the group indices joined under it. */
  private final Map<Integer, List<Integer>> rootMembers = new HashMap<>();

  KeyGroups(ShapeKeys keys) {
    this.keys = keys;
  }

  /** Adds an object seen at {@code site}; returns its group index. */
  int add(ObjectShape o, String site) {
    int key = keys.key(o);
    Integer index = indexOfKey.get(key);
    if (index == null) {
      index = keyOf.size();
      indexOfKey.put(key, index);
      keyOf.add(key);
      members.add(new LinkedHashSet<>());
      sites.add(new TreeSet<>());
      parent.add(index);
    }
    members.get(index).add(o);
    sites.get(index).add(site);
    if (!o.apart().isEmpty()) {
      apart.put(index, o.apart());
    }
    return index;
  }

  int size() {
    return keyOf.size();
  }

  /**
   * The member part of a site ({@code "user"} of {@code "repos/:/issues|user"}), {@code ""} for
   * a whole body or the elements of a list body.
   */
  static String member(String site) {
    String member = site.substring(site.indexOf('|') + 1);
    return member.equals(MergeSimilarObjects.LIST_ELEMENT) ? "" : member;
  }

  /** The group index of an object key that was added. */
  int indexOf(int key) {
    Integer index = indexOfKey.get(key);
    if (index == null) {
      throw new IllegalStateException("object never added");
    }
    return index;
  }

  int height(int index) {
    return keys.height(keyOf.get(index));
  }

  Set<ObjectShape> members(int index) {
    return members.get(index);
  }

  Set<String> sites(int index) {
    return sites.get(index);
  }

  /** Property name → kind id of the group's key, in name order. */
  Map<String, Integer> kinds(int index) {
    List<Object> parts = keys.entry(keyOf.get(index)).parts();
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 1; i < parts.size(); i += 2) {
      out.put((String) parts.get(i), (Integer) parts.get(i + 1));
    }
    return out;
  }

  /** Every kind of every property of the joined group whose root is {@code root}. */
  Map<String, Set<Integer>> rootKinds(int root) {
    return rootKinds.computeIfAbsent(root, r -> {
      Map<String, Set<Integer>> out = new HashMap<>();
      kinds(r).forEach((name, kind) -> out.computeIfAbsent(name, n -> new TreeSet<>()).add(kind));
      return out;
    });
  }

  int find(int i) {
    int root = i;
    while (parent.get(root) != root) {
      root = parent.get(root);
    }
    while (parent.get(i) != root) { // path compression
      int next = parent.get(i);
      parent.set(i, root);
      i = next;
    }
    return root;
  }

  /**
   * Joins the group of {@code from} into the group of {@code into}, unless the user keeps them
   * apart (both carry different {@code apart} labels).
   */
  void union(int into, int from) {
    int a = find(into);
    int b = find(from);
    String la = apart.getOrDefault(a, "");
    String lb = apart.getOrDefault(b, "");
    if (a == b || !la.isEmpty() && !lb.isEmpty() && !la.equals(lb)) {
      return;
    }
    if (la.isEmpty() && !lb.isEmpty()) {
      apart.put(a, lb);
    }
    Map<String, Set<Integer>> merged = rootKinds(a);
    rootKinds(b).forEach((name, kinds) ->
        merged.computeIfAbsent(name, n -> new TreeSet<>()).addAll(kinds));
    rootKinds.remove(b);
    joinedUnder(a).addAll(joinedUnder(b));
    rootMembers.remove(b);
    parent.set(b, a);
  }

  /** The group indices joined under {@code root} (a root), in no particular order. */
  List<Integer> joinedUnder(int root) {
    return rootMembers.computeIfAbsent(root, r -> new ArrayList<>(List.of(r)));
  }

  /** The group indices joined under each root, roots and members in first-seen order. */
  Map<Integer, List<Integer>> joined() {
    Map<Integer, List<Integer>> out = new LinkedHashMap<>();
    for (int i = 0; i < size(); i++) {
      out.computeIfAbsent(find(i), r -> new ArrayList<>()).add(i);
    }
    return out;
  }
}
