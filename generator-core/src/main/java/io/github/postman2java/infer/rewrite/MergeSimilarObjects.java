package io.github.postman2java.infer.rewrite;

import io.github.postman2java.infer.BodyModel;
import io.github.postman2java.infer.OperationShapes;
import io.github.postman2java.infer.Shape;
import io.github.postman2java.infer.Shape.ArrayShape;
import io.github.postman2java.infer.Shape.MapShape;
import io.github.postman2java.infer.Shape.ObjectShape;
import io.github.postman2java.infer.Shape.Property;
import io.github.postman2java.infer.ShapeGraph;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Merges object shapes that are the same type seen through different examples.
 *
 * <ol>
 *   <li>Give every object shape a key ({@link ShapeKeys}, interned ids): its property names with
 *       the kind of each value (scalar kind, enum, array of kind, map, any, and for objects their
 *       own key), ignoring only optionality, nullability and enum values. Objects with equal keys
 *       are one group; each group remembers the sites it was seen at (path resource and member).
 *   <li>{@link NearIdentical} joins groups that are one resource seen with more or fewer
 *       properties; mere overlap between different resources never joins.
 *   <li>Rebuild every body with one merged shape per joined group ({@link GroupRebuild}):
 *       properties required only where required in all, enums with all values. Request, success
 *       and error bodies are merged separately: an error model is never merged into a success
 *       model, and a request type never gains fields only responses have.
 * </ol>
 *
 * <p>Example: {@code {"login":"a","email":null}} in one response and {@code
 * {"login":"b","email":"b@x"}} in another become one {@code User} with a nullable email.
 */
final class MergeSimilarObjects implements ShapeRewrite {

  /** Merging children can make parents mergeable; a few rounds reach the fixed point. */
  static final int MAX_ROUNDS = 4;
  /** The member of the elements of a body that is a list. */
  static final String LIST_ELEMENT = "[]";

  @Override
  public ShapeGraph apply(ShapeGraph graph) {
    return fixedPoint(graph);
  }

  private ShapeGraph fixedPoint(ShapeGraph graph) {
    ShapeGraph g = graph;
    // Rounds change bodies, never paths: the sites are read once.
    List<String> sites = graph.operations().stream().map(OperationShapes::site).toList();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      ShapeGraph next = once(g, sites);
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
          || !x.otherSuccess().equals(y.otherSuccess())
          || !x.errors().equals(y.errors())) {
        return false;
      }
    }
    return true;
  }

  private ShapeGraph once(ShapeGraph graph, List<String> sites) {
    // The families never share a group: their groups are built at the same time.
    List<UnaryOperator<Shape>> mergers = java.util.Arrays.stream(Family.values()).parallel()
        .map(f -> merger(graph, sites, f)).toList();
    return BodyMapper.map(graph, mergers.get(Family.REQUEST.ordinal()),
        mergers.get(Family.SUCCESS.ordinal()), mergers.get(Family.ERROR.ordinal()));
  }

  /** Bodies are merged only with bodies of the same family. */
  private enum Family {
    REQUEST,
    SUCCESS,
    ERROR
  }

  /** Builds the rewriting function for one family of bodies. */
  private UnaryOperator<Shape> merger(ShapeGraph graph, List<String> sites, Family family) {
    KeyGroups groups = new KeyGroups(new ShapeKeys());
    for (int i = 0; i < graph.operations().size(); i++) {
      OperationShapes op = graph.operations().get(i);
      String resource = sites.get(i);
      Map<Shape, Boolean> visited = new IdentityHashMap<>();
      switch (family) {
        case REQUEST -> collect(groups, resource, op.request(), visited);
        case SUCCESS -> {
          collect(groups, resource, op.success(), visited);
          op.otherSuccess().forEach(o -> collect(groups, resource, o.body(), visited));
        }
        case ERROR -> op.errors().forEach(e -> collect(groups, resource, e.body(), visited));
        default -> throw new IllegalStateException();
      }
    }
    NearIdentical.combine(groups);
    return new GroupRebuild(groups)::apply;
  }

  /** Adds every object of a body to its key group, with the site it was seen at. */
  private static void collect(KeyGroups groups, String resource, BodyModel body,
      Map<Shape, Boolean> visited) {
    if (body == null || body.kind() != BodyModel.Kind.JSON) {
      return;
    }
    Deque<Object[]> work = new ArrayDeque<>();
    // The elements of a list body sit apart from a single body of the same resource: a list
    // often answers with a summary (GitHub's minimal repository) where a get or a create
    // answers with the whole resource.
    Shape root = body.shape();
    work.push(root instanceof ArrayShape a ? new Object[] {a.items(), LIST_ELEMENT}
        : new Object[] {root, ""});
    while (!work.isEmpty()) {
      Object[] next = work.pop();
      Shape s = (Shape) next[0];
      String member = (String) next[1];
      if (s instanceof ObjectShape o) {
        groups.add(o, resource + "|" + member.toLowerCase(Locale.ROOT));
        if (visited.put(o, Boolean.TRUE) == null) {
          List<Property> props = o.properties();
          for (int i = props.size() - 1; i >= 0; i--) {
            work.push(new Object[] {props.get(i).shape(), props.get(i).jsonName()});
          }
        }
      } else if (s instanceof ArrayShape a) {
        work.push(new Object[] {a.items(), member});
      } else if (s instanceof MapShape m) {
        work.push(new Object[] {m.values(), member});
      }
    }
  }
}
