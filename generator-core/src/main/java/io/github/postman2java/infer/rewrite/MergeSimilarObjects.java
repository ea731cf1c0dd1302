package io.github.postman2java.infer.rewrite;

import io.github.postman2java.infer.BodyModel;
import io.github.postman2java.infer.OperationShapes;
import io.github.postman2java.infer.Shape;
import io.github.postman2java.infer.Shape.ArrayShape;
import io.github.postman2java.infer.Shape.EnumShape;
import io.github.postman2java.infer.Shape.MapShape;
import io.github.postman2java.infer.Shape.ObjectShape;
import io.github.postman2java.infer.Shape.Property;
import io.github.postman2java.infer.Shape.ScalarShape;
import io.github.postman2java.infer.ShapeGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Merges object shapes that are the same type seen through different examples.
 *
 * <ol>
 *   <li>Give every object shape a key: its property names with the kind of each value (scalar
 *       kind, enum, array of kind, map, any, and for objects their own key, recursively),
 *       ignoring only optionality, nullability and enum values.
 *   <li>Objects with equal keys merge into one ({@link ShapeMerger}): properties required only
 *       where required in all, enums with all values. Grouping is by hash, never pairwise.
 *   <li>{@link NearIdentical} then joins groups whose property names overlap by 3/4 or more and
 *       whose shared properties have compatible types.
 *   <li>Rebuild every body bottom-up with the merged shapes. Request, success and error bodies
 *       are merged separately: an error model is never merged into a success model, and a
 *       request type never gains fields only responses have.
 * </ol>
 *
 * <p>Example: {@code {"login":"a","email":null}} in one response and {@code
 * {"login":"b","email":"b@x"}} in another become one {@code User} with a nullable email.
 */
final class MergeSimilarObjects implements ShapeRewrite {

  /** Merging children can make parents mergeable; a few rounds reach the fixed point. */
  static final int MAX_ROUNDS = 4;

  @Override
  public ShapeGraph apply(ShapeGraph graph) {
    return fixedPoint(graph);
  }

  private ShapeGraph fixedPoint(ShapeGraph graph) {
    ShapeGraph g = graph;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      ShapeGraph next = once(g);
      boolean same = sameBodies(next, g);
      g = next;
      if (same) {
        break;
      }
    }
    return g;
  }

  private static boolean sameBodies(ShapeGraph a, ShapeGraph b) {
    for (int i = 0; i < a.operations().size(); i++) {
      OperationShapes x = a.operations().get(i);
      OperationShapes y = b.operations().get(i);
      if (!java.util.Objects.equals(x.request(), y.request()) || !x.success().equals(y.success())
          || !x.errors().equals(y.errors())) {
        return false;
      }
    }
    return true;
  }

  private ShapeGraph once(ShapeGraph graph) {
    return BodyMapper.map(graph, merger(graph, Family.REQUEST), merger(graph, Family.SUCCESS),
        merger(graph, Family.ERROR));
  }

  /** Bodies are merged only with bodies of the same family. */
  private enum Family {
    REQUEST,
    SUCCESS,
    ERROR
  }

  /** Builds the rewriting function for one family of bodies. */
  private UnaryOperator<Shape> merger(ShapeGraph graph, Family family) {
    Map<String, Shape> mergedByKey = new LinkedHashMap<>();
    Deque<Shape> work = new ArrayDeque<>();
    for (OperationShapes op : graph.operations()) {
      switch (family) {
        case REQUEST -> push(work, op.request());
        case SUCCESS -> push(work, op.success());
        case ERROR -> op.errors().forEach(e -> push(work, e.body()));
        default -> throw new IllegalStateException();
      }
    }
    Map<Shape, Boolean> seen = new HashMap<>();
    while (!work.isEmpty()) {
      Shape s = work.pop();
      if (seen.putIfAbsent(s, Boolean.TRUE) != null) {
        continue;
      }
      if (s instanceof ObjectShape o) {
        mergedByKey.merge(key(o), o, ShapeMerger::merge);
        o.properties().forEach(p -> work.push(p.shape()));
      } else if (s instanceof ArrayShape a) {
        work.push(a.items());
      } else if (s instanceof MapShape m) {
        work.push(m.values());
      }
    }
    NearIdentical.combine(mergedByKey);
    Map<Shape, Shape> memo = new HashMap<>();
    java.util.Set<String> inProgress = new java.util.HashSet<>();
    return new UnaryOperator<>() {
      @Override
      public Shape apply(Shape s) {
        Shape done = memo.get(s);
        if (done != null) {
          return done;
        }
        Shape out = rewrite(s);
        memo.put(s, out);
        return out;
      }

      private Shape rewrite(Shape s) {
        if (s instanceof ArrayShape a) {
          return new ArrayShape(apply(a.items()));
        }
        if (s instanceof MapShape m) {
          return new MapShape(apply(m.values()));
        }
        if (s instanceof ObjectShape o) {
          // Merging (not replacing) also covers objects born of an earlier merge, whose key
          // may belong to a group they were not part of.
          String k = key(o);
          // A group reached again while it is being rebuilt would never end: build that
          // inner occurrence from its own properties.
          boolean entered = inProgress.add(k);
          Shape group = entered ? mergedByKey.get(k) : null;
          Shape merged = group == null ? o : ShapeMerger.merge(o, group);
          try {
            return rebuild((ObjectShape) merged);
          } finally {
            if (entered) {
              inProgress.remove(k);
            }
          }
        }
        return s;
      }

      private Shape rebuild(ObjectShape merged) {
        List<Property> props = new ArrayList<>();
        for (Property p : merged.properties()) {
          props.add(new Property(p.jsonName(), apply(p.shape()), p.required(), p.nullable()));
        }
        return new ObjectShape(props);
      }
    };
  }

  private static void push(Deque<Shape> work, BodyModel body) {
    if (body != null && body.kind() == BodyModel.Kind.JSON) {
      work.push(body.shape());
    }
  }

  /** Keys by shape, for this pass instance only (one instance per run: no shared state). */
  private final Map<Shape, String> keys = new HashMap<>();

  /** The key: property names and value kinds, sorted by name; memoized per run. */
  String key(ObjectShape o) {
    Map<Shape, String> memo = keys;
    String cached = memo.get(o);
    if (cached != null) {
      return cached;
    }
    String computed = computeKey(o);
    memo.put(o, computed);
    return computed;
  }

  private String computeKey(ObjectShape o) {
    StringBuilder key = new StringBuilder("{");
    o.properties().stream()
        .sorted(java.util.Comparator.comparing(Property::jsonName))
        .forEach(p -> key.append(p.jsonName()).append('\u0000').append(kind(p.shape()))
            .append('\u0001'));
    return key.append('}').toString();
  }

  private String kind(Shape s) {
    if (s instanceof ScalarShape sc) {
      return sc.scalar().name();
    }
    if (s instanceof EnumShape) {
      return "enum";
    }
    if (s instanceof Shape.SelfShape) {
      return "self";
    }
    if (s instanceof Shape.NullShape) {
      return "null";
    }
    if (s instanceof ObjectShape o) {
      return key(o); // names all the way down: {"data": X} wrappers merge only for equal X
    }
    if (s instanceof ArrayShape a) {
      return "array<" + kind(a.items()) + ">";
    }
    if (s instanceof MapShape m) {
      return "map<" + kind(m.values()) + ">";
    }
    return "any";
  }
}
