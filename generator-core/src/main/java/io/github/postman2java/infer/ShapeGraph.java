package io.github.postman2java.infer;

import java.util.List;

/**
 * The infer stage's output: the shapes of every operation and the collection's error codes. Holds
 * no JSON trees and no names.
 */
public record ShapeGraph(
    List<OperationShapes> operations, List<ErrorCode> errorCodes) {

  /** Creates a shape graph. */
  public ShapeGraph {
    operations = List.copyOf(operations);
    errorCodes = List.copyOf(errorCodes);
  }
}
