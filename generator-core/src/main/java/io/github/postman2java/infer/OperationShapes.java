package io.github.postman2java.infer;

import io.github.postman2java.sample.OperationSamples;
import java.util.List;
import java.util.Objects;

/**
 * The inferred bodies of one request.
 *
 * @param samples the operation's samples (for its request item, folders and examples)
 * @param request the request body, or {@code null} when the request sends no raw body
 * @param success the 2xx body
 * @param errors error bodies by status class, 4xx before 5xx
 * @param otherSuccess 2xx bodies of statuses whose shape differs from {@code success}'s, by
 *     status
 */
public record OperationShapes(OperationSamples samples, BodyModel request, BodyModel success,
    List<ErrorModel> errors, List<StatusModel> otherSuccess) {

  /** Creates the shapes of one operation. */
  public OperationShapes {
    Objects.requireNonNull(samples, "samples");
    Objects.requireNonNull(success, "success");
    errors = List.copyOf(errors);
    otherSuccess = List.copyOf(otherSuccess);
  }

  /** Creates the shapes of one operation whose 2xx statuses are one body. */
  public OperationShapes(OperationSamples samples, BodyModel request, BodyModel success,
      List<ErrorModel> errors) {
    this(samples, request, success, errors, List.of());
  }

  /** This operation with other request, success and error bodies, the same other statuses. */
  public OperationShapes with(BodyModel request, BodyModel success, List<ErrorModel> errors) {
    return new OperationShapes(samples, request, success, errors, otherSuccess);
  }

  /**
   * Where this operation's bodies sit, for sharing decisions: the path's resource and any
   * action after it ({@link ResourceNoun#siteOf}).
   */
  public String site() {
    return ResourceNoun.siteOf(samples.path());
  }

  /** Returns the JSON pointer of the request item. */
  public String pointer() {
    return samples.pointer();
  }
}
