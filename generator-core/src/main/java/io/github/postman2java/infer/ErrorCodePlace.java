package io.github.postman2java.infer;

import java.util.List;
import java.util.Objects;

/**
 * Where an error body holds its code: the member names from the root, arrays looked through.
 *
 * @param members e.g. {@code ["errors", "code"]}
 * @param display the place as a reader writes it, e.g. {@code errors[].code}
 */
public record ErrorCodePlace(List<String> members, String display) {

  /** Creates a place. */
  public ErrorCodePlace {
    members = List.copyOf(members);
    Objects.requireNonNull(display, "display");
  }

  /** A place with no arrays on the way: {@code error.code}. */
  static ErrorCodePlace of(String... members) {
    return new ErrorCodePlace(List.of(members), String.join(".", members));
  }
}
