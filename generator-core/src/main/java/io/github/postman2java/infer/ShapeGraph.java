package io.github.postman2java.infer;

import io.github.postman2java.collection.PostmanCollection;
import java.util.List;
import java.util.Objects;

/**
 * The infer stage's output: the shapes of every operation and the collection's error codes. Holds
 * no JSON trees and no names.
 */
public record ShapeGraph(
    PostmanCollection collection, List<OperationShapes> operations, List<ErrorCode> errorCodes) {

  /** Creates a shape graph. */
  public ShapeGraph {
    Objects.requireNonNull(collection, "collection");
    operations = List.copyOf(operations);
    errorCodes = List.copyOf(errorCodes);
  }
}
