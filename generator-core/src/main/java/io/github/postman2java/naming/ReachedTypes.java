package io.github.postman2java.naming;

import io.github.postman2java.infer.Shape;
import io.github.postman2java.infer.Shape.ArrayShape;
import io.github.postman2java.infer.Shape.EnumShape;
import io.github.postman2java.infer.Shape.MapShape;
import io.github.postman2java.infer.Shape.ObjectShape;
import io.github.postman2java.infer.Shape.Property;
import io.github.postman2java.names.JavaNames;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The types a top-level type declares: the object and enum shapes reachable from it without
 * passing through another top-level type, each with the name hint of the path that first reached
 * it (breadth first). {@link ModelNamer} places and names them.
 */
final class ReachedTypes {
  private ReachedTypes() {}

  /** The shape that becomes a type for a body: objects (non-empty) and enums, through arrays. */
  static Shape typeShapeOf(Shape body) {
    Shape s = body;
    while (true) {
      if (s instanceof ArrayShape a) {
        s = a.items();
      } else if (s instanceof MapShape m) {
        s = m.values();
      } else {
        break;
      }
    }
    if (s instanceof ObjectShape o && !o.properties().isEmpty() || s instanceof EnumShape) {
      return s;
    }
    return null;
  }

  /** A shape waiting to be visited, with the name hint of the path that reached it. */
  record Work(Shape shape, String hint, String doc, Shape parent) {}

  /**
   * Returns the object and enum shapes reachable from {@code top} without passing through another
   * top-level type, each with its name hint (first path that reached it, breadth first).
   */
  static Map<Shape, Work> reach(Shape top, Set<Shape> tops, ModelNamer.Held held) {
    Map<Shape, Work> out = new LinkedHashMap<>();
    Deque<Work> work = new ArrayDeque<>();
    pushChildren(work, top);
    Shape member = held == null || !(top instanceof ObjectShape o) ? null
        : o.properties().stream().filter(p -> p.jsonName().equals(held.member()))
            .map(Property::shape).findFirst().orElse(null);
    Work holder = work.stream().filter(x -> x.shape() == member).findFirst().orElse(null);
    if (holder != null) {
      // What a page or wrapper holds is the path's resource, whatever the member's name.
      work.remove(holder);
      work.addFirst(new Work(holder.shape(), held.name(), holder.doc(), holder.parent()));
    }
    while (!work.isEmpty()) {
      Work w = work.pollFirst();
      Shape s = typeShapeOf(w.shape());
      if (s == null || s.equals(top) || tops.contains(s) || out.containsKey(s)) {
        continue;
      }
      out.put(s, w);
      pushChildren(work, s);
    }
    return out;
  }

  private static void pushChildren(Deque<Work> work, Shape s) {
    if (s instanceof ObjectShape o) {
      for (Property p : o.properties()) {
        boolean plural = p.shape() instanceof ArrayShape || p.shape() instanceof MapShape;
        String hint = JavaNames.pascal(plural ? JavaNames.singular(p.jsonName()) : p.jsonName(),
            "Value");
        String doc = (p.shape() instanceof ArrayShape ? "An element of the \""
            : p.shape() instanceof MapShape ? "A value of the \"" : "The \"")
            + p.jsonName() + "\" property.";
        work.addLast(new Work(p.shape(), hint, doc, s));
      }
    }
  }
}
