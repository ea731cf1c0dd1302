package io.github.postman2java.binding;

import io.github.postman2java.infer.ErrorCode;
import io.github.postman2java.infer.ErrorCodePlace;
import java.util.List;

/**
 * The binding stage's output: the collection as a tree of folders and requests in their HTTP
 * form, and everything collection-wide the later stages need.
 *
 * @param fileName the collection's file name, for headers and reports
 * @param root the collection's own folder (its name and description are the collection's)
 * @param operations every request in file order (the same objects as in the tree)
 * @param errorCodes the collection's error codes
 * @param errorCodePlaces where error bodies hold their code ({@link
 *     io.github.postman2java.infer.ShapeGraph#errorCodePlaces})
 * @param baseUrlDefault the literal base URL shared by the requests, or {@code null}
 * @param baseUrlVariable the variable that stands for the base URL, or {@code null}
 */
public record BoundCollection(
    String fileName,
    BoundFolder root,
    List<BoundOperation> operations,
    List<ErrorCode> errorCodes,
    List<ErrorCodePlace> errorCodePlaces,
    String baseUrlDefault,
    String baseUrlVariable) {

  /** Creates a bound collection. */
  public BoundCollection {
    operations = List.copyOf(operations);
    errorCodes = List.copyOf(errorCodes);
    errorCodePlaces = List.copyOf(errorCodePlaces);
  }
}
