package io.github.postman2java.infer;

import io.github.postman2java.infer.Shape.ArrayShape;
import io.github.postman2java.infer.Shape.MapShape;
import io.github.postman2java.infer.Shape.ObjectShape;
import io.github.postman2java.infer.Shape.Property;
import io.github.postman2java.overrides.MemberAddress;
import io.github.postman2java.overrides.PathStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels the objects the user keeps apart ({@code "distinctTypes"}) before the rewrites run:
 * each listed position gets its own {@link ObjectShape#apart() label}, so it is never equal to,
 * nor merged with, another listed position (see {@code KeyGroups.union}), while unlisted objects
 * still merge as usual. The positions are resolved by naming (which knows the requests'
 * addresses); this class only walks the inferred bodies.
 */
public final class KeepApart {
  private KeepApart() {}

  /**
   * One position to keep apart.
   *
   * @param operationPointer the JSON pointer of the request item
   * @param address the body and path (its request part is already resolved to the pointer)
   */
  public record Position(String operationPointer, MemberAddress address) {
    /** The label: the position in a form that does not depend on how it was written. */
    public String label() {
      return operationPointer + " " + address.roleLabel() + " "
          + PathStep.render(address.path());
    }
  }

  /** Returns {@code graph} with the object at each position labelled. */
  public static ShapeGraph mark(ShapeGraph graph, List<Position> positions) {
    List<OperationShapes> ops = new ArrayList<>(graph.operations());
    for (Position p : positions) {
      for (int i = 0; i < ops.size(); i++) {
        OperationShapes op = ops.get(i);
        if (op.pointer().equals(p.operationPointer())) {
          ops.set(i, mark(op, p));
        }
      }
    }
    return new ShapeGraph(ops, graph.errorCodes(), graph.errorCodePlaces());
  }

  private static OperationShapes mark(OperationShapes op, Position p) {
    MemberAddress a = p.address();
    List<PathStep> path = a.path();
    String label = p.label();
    switch (a.role()) {
      case REQUEST -> {
        return op.with(body(op.request(), path, label), op.success(), op.errors());
      }
      case RESPONSE -> {
        return op.with(op.request(), body(op.success(), path, label), op.errors());
      }
      case ERROR -> {
        List<ErrorModel> errors = new ArrayList<>(op.errors());
        for (int i = 0; i < errors.size(); i++) {
          ErrorModel e = errors.get(i);
          if (a.statusClass() == 0 || e.statusClass() == a.statusClass()) {
            errors.set(i, new ErrorModel(e.statusClass(), e.statuses(),
                body(e.body(), path, label)));
            break;
          }
        }
        return op.with(op.request(), op.success(), errors);
      }
      default -> throw new IllegalStateException(a.role().name());
    }
  }

  private static BodyModel body(BodyModel body, List<PathStep> path, String label) {
    if (body == null || body.kind() != BodyModel.Kind.JSON) {
      return body;
    }
    return new BodyModel(BodyModel.Kind.JSON, at(body.shape(), path, 0, label));
  }

  /** The shape with the object at {@code path} (through lists and maps) labelled. */
  private static Shape at(Shape s, List<PathStep> path, int i, String label) {
    if (s instanceof ArrayShape arr) {
      boolean step = i < path.size() && path.get(i) instanceof PathStep.Items;
      return new ArrayShape(at(arr.items(), path, step ? i + 1 : i, label));
    }
    if (s instanceof MapShape m) {
      boolean step = i < path.size() && path.get(i) instanceof PathStep.MapValues;
      return new MapShape(at(m.values(), path, step ? i + 1 : i, label));
    }
    if (!(s instanceof ObjectShape o)) {
      return s;
    }
    if (i == path.size()) {
      return new ObjectShape(o.properties(), label);
    }
    if (!(path.get(i) instanceof PathStep.Property step)) {
      return s;
    }
    List<Property> props = new ArrayList<>();
    for (Property p : o.properties()) {
      props.add(p.jsonName().equals(step.name())
          ? new Property(p.jsonName(), at(p.shape(), path, i + 1, label), p.required(),
              p.nullable())
          : p);
    }
    return o.withProperties(props);
  }
}
