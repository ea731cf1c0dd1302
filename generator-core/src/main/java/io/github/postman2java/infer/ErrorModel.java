package io.github.postman2java.infer;

import java.util.List;
import java.util.Objects;

/**
 * The error body of one status class (4xx or 5xx) of one operation.
 *
 * @param statusClass 4 or 5
 * @param statuses the HTTP statuses of the examples, sorted
 */
public record ErrorModel(int statusClass, List<Integer> statuses, BodyModel body) {

  /** Creates an error model. */
  public ErrorModel {
    statuses = List.copyOf(statuses);
    Objects.requireNonNull(body, "body");
  }
}
