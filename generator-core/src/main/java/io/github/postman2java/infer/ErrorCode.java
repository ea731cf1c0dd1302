package io.github.postman2java.infer;

import java.util.List;
import java.util.Objects;

/**
 * An error code found in the examples, with the HTTP statuses and messages it came with.
 *
 * @param statuses sorted, distinct
 * @param messages sorted, distinct
 */
public record ErrorCode(String value, List<Integer> statuses, List<String> messages) {

  /** Creates an error code. */
  public ErrorCode {
    Objects.requireNonNull(value, "value");
    statuses = statuses.stream().sorted().distinct().toList();
    messages = messages.stream().sorted().distinct().toList();
  }
}
