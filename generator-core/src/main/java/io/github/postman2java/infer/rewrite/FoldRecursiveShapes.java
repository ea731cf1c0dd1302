package io.github.postman2java.infer.rewrite;

import io.github.postman2java.infer.Shape;
import io.github.postman2java.infer.Shape.AnyShape;
import io.github.postman2java.infer.Shape.ArrayShape;
import io.github.postman2java.infer.Shape.MapShape;
import io.github.postman2java.infer.Shape.ObjectShape;
import io.github.postman2java.infer.Shape.Property;
import io.github.postman2java.infer.Shape.SelfShape;
import io.github.postman2java.infer.ShapeGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds trees into one recursive type.
 *
 * <ol>
 *   <li>Bottom-up, for each object {@code P} and each property {@code p} whose value (or array
 *       element) is an object {@code T}: when {@code T}'s properties are a subset of {@code P}'s
 *       and {@code T} has {@code p} itself, {@code T} is another level of the same tree.
 *   <li>{@code P} becomes the merge of {@code P} and {@code T} (without {@code p}), and
 *       {@code p} becomes {@link SelfShape} (or an array of it): the enclosing type.
 * </ol>
 *
 * <p>Example: {@code {"id":1,"children":[{"id":2,"children":[]}]}} → {@code Node(id, children:
 * List<Node>)} instead of {@code Node(id, children: List<Child>)} and {@code Child(...)}.
 */
final class FoldRecursiveShapes implements ShapeRewrite {
  private final Map<Shape, Shape> memo = new HashMap<>();

  @Override
  public ShapeGraph apply(ShapeGraph graph) {
    return BodyMapper.map(graph, this::fold, this::fold, this::fold);
  }

  private Shape fold(Shape s) {
    Shape done = memo.get(s);
    if (done == null) {
      done = foldOnce(s);
      memo.put(s, done);
    }
    return done;
  }

  private Shape foldOnce(Shape s) {
    if (s instanceof ArrayShape a) {
      return new ArrayShape(fold(a.items()));
    }
    if (s instanceof MapShape m) {
      return new MapShape(fold(m.values()));
    }
    if (!(s instanceof ObjectShape o)) {
      return s;
    }
    List<Property> props = new ArrayList<>();
    for (Property p : o.properties()) {
      props.add(new Property(p.jsonName(), fold(p.shape()), p.required(), p.nullable()));
    }
    ObjectShape parent = o.withProperties(props);
    for (Property p : parent.properties()) {
      ObjectShape level = levelBelow(p.shape());
      if (level != null && isSameTree(parent, level, p.jsonName())) {
        return foldInto(parent, level, p);
      }
    }
    return parent;
  }

  /** The object directly under a property, or under its array. */
  private static ObjectShape levelBelow(Shape s) {
    if (s instanceof ObjectShape o) {
      return o;
    }
    return s instanceof ArrayShape a && a.items() instanceof ObjectShape o ? o : null;
  }

  /**
   * A level of the same tree: it has the property it hangs from, shares most of its parent's
   * properties, and every shared property has a compatible type.
   */
  private static boolean isSameTree(ObjectShape parent, ObjectShape level, String via) {
    Map<String, Property> byName = new HashMap<>();
    parent.properties().forEach(p -> byName.put(p.jsonName(), p));
    boolean hasVia = false;
    int shared = 0;
    for (Property p : level.properties()) {
      Property q = byName.get(p.jsonName());
      if (p.jsonName().equals(via)) {
        hasVia = true;
      } else if (q != null) {
        if (!compatible(q.shape(), p.shape())) {
          return false;
        }
        shared++;
      }
    }
    boolean viaIsArray = parent.properties().stream()
        .anyMatch(p -> p.jsonName().equals(via) && p.shape() instanceof ArrayShape);
    return hasVia && 2 * shared >= level.properties().size() - 1
        && viaHoldsOnlyLevels(level, via, viaIsArray);
  }

  /**
   * Along {@code via}, every deeper value is another level, an empty array, null or absent: a
   * string at the bottom ({@code "template_repository": "x"}) means this is no tree.
   */
  private static boolean viaHoldsOnlyLevels(ObjectShape level, String via, boolean array) {
    ObjectShape current = level;
    while (current != null) {
      Shape next = current.properties().stream().filter(p -> p.jsonName().equals(via))
          .map(Property::shape).findFirst().orElse(null);
      if (next == null || next instanceof Shape.NullShape) {
        return true;
      }
      // Every level must hang the same way (an object, or an array of them) as the first.
      if ((next instanceof ArrayShape) != array) {
        return false;
      }
      Shape inner = next instanceof ArrayShape a ? a.items() : next;
      if (inner instanceof SelfShape || inner instanceof Shape.NullShape) {
        return true; // the tree ends here, or only empty arrays were seen
      }
      current = inner instanceof ObjectShape o ? o : null;
      if (current == null) {
        return false;
      }
    }
    return true;
  }


  private static boolean compatible(Shape a, Shape b) {
    return a instanceof AnyShape || b instanceof AnyShape
        || !(ShapeMerger.merge(a, b) instanceof AnyShape);
  }

  private static Shape foldInto(ObjectShape parent, ObjectShape level, Property via) {
    List<Property> merged = new ArrayList<>();
    // Every deeper level along the same property joins the union: leaves often carry fields
    // (like "leaf": true) that inner nodes do not.
    ObjectShape union = without(parent, via.jsonName());
    ObjectShape current = level;
    while (current != null) {
      union = ShapeMerger.mergeObjects(union, without(current, via.jsonName()));
      Property next = current.properties().stream()
          .filter(p -> p.jsonName().equals(via.jsonName())).findFirst().orElse(null);
      current = next == null ? null : levelBelow(next.shape());
    }
    for (Property p : parent.properties()) {
      if (p.jsonName().equals(via.jsonName())) {
        Shape self = via.shape() instanceof ArrayShape ? new ArrayShape(new SelfShape())
            : new SelfShape();
        merged.add(new Property(via.jsonName(), self, via.required(), via.nullable()));
      } else {
        merged.add(find(union, p.jsonName()));
      }
    }
    for (Property p : union.properties()) {
      if (merged.stream().noneMatch(m -> m.jsonName().equals(p.jsonName()))) {
        merged.add(p);
      }
    }
    return parent.withProperties(merged);
  }

  private static ObjectShape without(ObjectShape o, String name) {
    return o.withProperties(o.properties().stream()
        .filter(p -> !p.jsonName().equals(name)).toList());
  }

  private static Property find(ObjectShape o, String name) {
    return o.properties().stream().filter(p -> p.jsonName().equals(name)).findFirst()
        .orElseThrow();
  }
}
