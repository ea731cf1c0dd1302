package io.github.postman2java.infer.rewrite;

import io.github.postman2java.infer.Shape;
import io.github.postman2java.infer.Shape.ArrayShape;
import io.github.postman2java.infer.Shape.MapShape;
import io.github.postman2java.infer.Shape.ObjectShape;
import io.github.postman2java.infer.Shape.Property;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites shapes so every object becomes the one merged shape of its joined group. Each group
 * is built once (memoized by group, not by shape), from its members' own properties with nested
 * objects already mapped: the cost is the size of the distinct shapes, whatever their depth.
 */
final class GroupRebuild {
  private final KeyGroups groups;
  private final Map<Integer, List<Integer>> joined;
  private final Map<Integer, ObjectShape> built = new HashMap<>();
  private final Set<Integer> inProgress = new HashSet<>();

  GroupRebuild(KeyGroups groups) {
    this.groups = groups;
    this.joined = groups.joined();
  }

  /** The shape with every object replaced by its group's merged shape. */
  Shape apply(Shape s) {
    if (s instanceof ArrayShape a) {
      return new ArrayShape(apply(a.items()));
    }
    if (s instanceof MapShape m) {
      return new MapShape(apply(m.values()));
    }
    if (s instanceof ObjectShape o) {
      int root = groups.find(groups.indexOf(groups.keys.key(o)));
      ObjectShape done = built.get(root);
      if (done != null) {
        return done;
      }
      // A group reached again while it is being built (never expected: groups never join
      // their own parts) would not end: build that occurrence from its own properties.
      return inProgress.contains(root) ? own(o) : build(root);
    }
    return s;
  }

  private ObjectShape own(ObjectShape o) {
    List<Property> props = new ArrayList<>();
    for (Property p : o.properties()) {
      props.add(new Property(p.jsonName(), apply(p.shape()), p.required(), p.nullable()));
    }
    return o.withProperties(props);
  }

  private ObjectShape build(int root) {
    inProgress.add(root);
    Map<String, Property> byName = new LinkedHashMap<>();
    Map<String, Integer> seenIn = new HashMap<>();
    int count = 0;
    String apart = "";
    for (int index : joined.get(root)) {
      for (ObjectShape member : groups.members(index)) {
        count++;
        apart = apart.isEmpty() ? member.apart() : apart;
        for (Property p : member.properties()) {
          Shape mapped = apply(p.shape());
          seenIn.merge(p.jsonName(), 1, Integer::sum);
          Property q = byName.get(p.jsonName());
          byName.put(p.jsonName(), q == null
              ? new Property(p.jsonName(), mapped, p.required(), p.nullable())
              : new Property(p.jsonName(), ShapeMerger.merge(q.shape(), mapped),
                  q.required() && p.required(), q.nullable() || p.nullable()));
        }
      }
    }
    List<Property> out = new ArrayList<>();
    for (Property p : byName.values()) {
      boolean everywhere = seenIn.get(p.jsonName()) == count;
      out.add(everywhere ? p : new Property(p.jsonName(), p.shape(), false, p.nullable()));
    }
    ObjectShape result = new ObjectShape(out, apart);
    inProgress.remove(root);
    built.put(root, result);
    return result;
  }
}
