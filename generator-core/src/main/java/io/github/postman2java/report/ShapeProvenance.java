package io.github.postman2java.report;

import io.github.postman2java.infer.BodyModel;
import io.github.postman2java.infer.ErrorModel;
import io.github.postman2java.infer.OperationShapes;
import io.github.postman2java.infer.Shape;
import io.github.postman2java.infer.ShapeGraph;
import io.github.postman2java.overrides.MemberAddress;
import io.github.postman2java.overrides.PathStep;
import io.github.postman2java.report.ReportEntries.Occurrence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says which rewrite pass changed a type, by comparing the shape at each of its occurrences
 * before and after the passes: a member typed as the object itself was folded ({@code
 * FoldRecursiveShapes}); members or optionality that differ came from merging similar objects
 * ({@code MergeSimilarObjects}).
 */
final class ShapeProvenance {
  private final Map<String, OperationShapes> before = new HashMap<>();
  private final Map<String, OperationShapes> after = new HashMap<>();

  ShapeProvenance(ShapeGraph inferred, ShapeGraph rewritten) {
    if (inferred != null) {
      inferred.operations().forEach(op -> before.put(op.pointer(), op));
    }
    if (rewritten != null) {
      rewritten.operations().forEach(op -> after.put(op.pointer(), op));
    }
  }

  List<String> describe(List<Occurrence> occurrences, Map<Occurrence, String> pointers) {
    Set<String> out = new LinkedHashSet<>();
    for (Occurrence o : occurrences) {
      String pointer = pointers.get(o);
      Shape was = at(before.get(pointer), o);
      Shape is = at(after.get(pointer), o);
      if (!(is instanceof Shape.ObjectShape now)) {
        continue;
      }
      boolean folded = now.properties().stream().anyMatch(p -> p.shape() instanceof Shape.SelfShape
          || p.shape() instanceof Shape.ArrayShape a && a.items() instanceof Shape.SelfShape);
      if (folded) {
        out.add("folded: the levels of a tree became one recursive type (FoldRecursiveShapes)");
      }
      if (was instanceof Shape.ObjectShape old && !folded) {
        List<String> added = new ArrayList<>();
        for (Shape.Property p : now.properties()) {
          Shape.Property q = old.properties().stream()
              .filter(x -> x.jsonName().equals(p.jsonName())).findFirst().orElse(null);
          if (q == null) {
            added.add(p.jsonName());
          } else if (q.required() != p.required() || q.nullable() != p.nullable()) {
            out.add("merged: optionality or nullability combined with similar objects"
                + " elsewhere (MergeSimilarObjects)");
          }
        }
        if (!added.isEmpty()) {
          out.add("merged: members " + String.join(", ", added) + " come from similar objects"
              + " in other bodies (MergeSimilarObjects)");
        }
      }
    }
    return List.copyOf(out);
  }

  private static Shape at(OperationShapes op, Occurrence o) {
    if (op == null) {
      return null;
    }
    BodyModel body = switch (o.role()) {
      case "request" -> op.request();
      case "response" -> op.success();
      default -> op.errors().stream()
          .filter(e -> o.role().equals("error[" + e.statusClass() + "xx]"))
          .map(ErrorModel::body).findFirst().orElse(null);
    };
    if (body == null || body.kind() != BodyModel.Kind.JSON) {
      return null;
    }
    List<PathStep> steps;
    try {
      steps = MemberAddress.parsePath(o.path());
    } catch (MemberAddress.SyntaxException e) {
      return null;
    }
    Shape s = body.shape();
    Shape enclosing = null;
    for (PathStep step : steps) {
      if (s instanceof Shape.SelfShape) {
        s = enclosing;
      }
      if (step instanceof PathStep.Items && s instanceof Shape.ArrayShape a) {
        s = a.items();
      } else if (step instanceof PathStep.MapValues && s instanceof Shape.MapShape m) {
        s = m.values();
      } else if (step instanceof PathStep.Property p && s instanceof Shape.ObjectShape obj) {
        enclosing = obj;
        s = obj.properties().stream().filter(x -> x.jsonName().equals(p.name()))
            .map(Shape.Property::shape).findFirst().orElse(null);
      } else {
        return null;
      }
    }
    return s instanceof Shape.SelfShape ? enclosing : s;
  }
}
