package io.github.postman2java.infer.rewrite;

import io.github.postman2java.infer.BodyModel;
import io.github.postman2java.infer.ErrorModel;
import io.github.postman2java.infer.OperationShapes;
import io.github.postman2java.infer.Shape;
import io.github.postman2java.infer.ShapeGraph;
import io.github.postman2java.infer.StatusModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Rebuilds a graph with every JSON body's shape mapped, one function per body family. */
final class BodyMapper {
  private BodyMapper() {}

  static ShapeGraph map(ShapeGraph graph, UnaryOperator<Shape> request,
      UnaryOperator<Shape> success, UnaryOperator<Shape> error) {
    List<OperationShapes> ops = new ArrayList<>();
    for (OperationShapes op : graph.operations()) {
      List<ErrorModel> errors = new ArrayList<>();
      for (ErrorModel e : op.errors()) {
        errors.add(new ErrorModel(e.statusClass(), e.statuses(), body(e.body(), error)));
      }
      List<StatusModel> others = new ArrayList<>();
      for (StatusModel o : op.otherSuccess()) {
        others.add(new StatusModel(o.statuses(), body(o.body(), success)));
      }
      ops.add(new OperationShapes(op.samples(),
          op.request() == null ? null : body(op.request(), request),
          body(op.success(), success), errors, others));
    }
    return new ShapeGraph(ops, graph.errorCodes(), graph.errorCodePlaces());
  }

  private static BodyModel body(BodyModel body, UnaryOperator<Shape> f) {
    return body.kind() == BodyModel.Kind.JSON ? new BodyModel(body.kind(), f.apply(body.shape()))
        : body;
  }
}
