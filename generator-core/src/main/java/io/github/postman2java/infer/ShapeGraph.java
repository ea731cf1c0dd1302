package io.github.postman2java.infer;

import java.util.List;

/**
 * The infer stage's output: the shapes of every operation and the collection's error codes. Holds
 * no JSON trees and no names.
 *
 * @param errorCodePlaces where error examples hold their code, as member paths (arrays looked
 *     through: {@code ["errors", "code"]} is {@code errors[].code}), in the order a client reads
 *     them; empty when no error example carries a code
 */
public record ShapeGraph(
    List<OperationShapes> operations, List<ErrorCode> errorCodes,
    List<ErrorCodePlace> errorCodePlaces) {

  /** Creates a shape graph. */
  public ShapeGraph {
    operations = List.copyOf(operations);
    errorCodes = List.copyOf(errorCodes);
    errorCodePlaces = List.copyOf(errorCodePlaces);
  }
}
