package io.github.postman2java.infer;

import java.util.Objects;

/**
 * What a body is typed as: JSON with a shape, TEXT (String), EMPTY (no content), or UNKNOWN when
 * there is no example to learn from.
 */
public record BodyModel(Kind kind, Shape shape) {

  /** Creates a body model; {@code shape} is required exactly for JSON. */
  public BodyModel {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.JSON) != (shape != null)) {
      throw new IllegalArgumentException("shape is required exactly for JSON");
    }
  }

  /** Body kinds. */
  public enum Kind {
    JSON,
    TEXT,
    EMPTY,
    UNKNOWN
  }

  /** A body with no evidence. */
  public static final BodyModel UNKNOWN = new BodyModel(Kind.UNKNOWN, null);
}
