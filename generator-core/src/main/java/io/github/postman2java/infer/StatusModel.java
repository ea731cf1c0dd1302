package io.github.postman2java.infer;

import java.util.List;
import java.util.Objects;

/**
 * The 2xx body of some statuses of one operation whose shape is not the main success body's: a
 * {@code 202 {"message": ...}} beside a {@code 201} deployment is another thing, typed apart.
 *
 * @param statuses the HTTP statuses of the examples, sorted
 */
public record StatusModel(List<Integer> statuses, BodyModel body) {

  /** Creates a status model. */
  public StatusModel {
    statuses = List.copyOf(statuses);
    Objects.requireNonNull(body, "body");
  }
}
