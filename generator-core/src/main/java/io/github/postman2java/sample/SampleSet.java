package io.github.postman2java.sample;

import java.util.List;

/** The extract stage's output: the samples of each request, in file order. */
public record SampleSet(List<OperationSamples> operations) {

  /** Creates a sample set. */
  public SampleSet {
    operations = List.copyOf(operations);
  }
}
