package io.github.postman2java.sample;

import io.github.postman2java.collection.PostmanCollection;
import java.util.List;
import java.util.Objects;

/** The extract stage's output: the collection and the samples of each request, in file order. */
public record SampleSet(PostmanCollection collection, List<OperationSamples> operations) {

  /** Creates a sample set. */
  public SampleSet {
    Objects.requireNonNull(collection, "collection");
    operations = List.copyOf(operations);
  }
}
