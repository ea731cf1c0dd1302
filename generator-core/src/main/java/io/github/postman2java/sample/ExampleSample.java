package io.github.postman2java.sample;

import io.github.postman2java.diag.SourceLocation;

/**
 * A saved example response: its name, status and body.
 *
 * @param fileIndex the example's position among the item's responses in the file (examples are
 *     sorted for inference; reports list them in file order)
 */
public record ExampleSample(String name, int status, BodySample body, SourceLocation location,
    int fileIndex) {

  /** Returns this example with another body. */
  public ExampleSample withBody(BodySample other) {
    return new ExampleSample(name, status, other, location, fileIndex);
  }

  /** Returns whether the status is 2xx. An example without a status counts as success. */
  public boolean isSuccess() {
    return status == 0 || (status >= 200 && status < 300);
  }

  /** Returns the status class: 2, 3, 4 or 5 (0 when unknown). */
  public int statusClass() {
    return status / 100;
  }
}
