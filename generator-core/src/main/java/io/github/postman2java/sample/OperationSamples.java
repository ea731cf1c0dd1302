package io.github.postman2java.sample;

import io.github.postman2java.collection.PostmanRequestItem;
import java.util.List;
import java.util.Objects;

/**
 * Everything sampled for one request item.
 *
 * @param folders the folder names from the collection root down to the item
 * @param requestBody the request's own body, or {@code null} when it has none
 * @param examples saved responses, sorted by status, name and body so that example order in the
 *     file never changes the output
 */
public record OperationSamples(
    PostmanRequestItem item,
    List<String> folders,
    BodySample requestBody,
    List<ExampleSample> examples) {

  /** Creates the samples of one operation. */
  public OperationSamples {
    Objects.requireNonNull(item, "item");
    folders = List.copyOf(folders);
    examples = List.copyOf(examples);
  }

  /** Returns these samples without JSON trees (see {@link BodySample#withoutJson()}). */
  public OperationSamples withoutJson() {
    return new OperationSamples(item, folders,
        requestBody == null ? null : requestBody.withoutJson(),
        examples.stream().map(e -> new ExampleSample(e.name(), e.status(), e.body().withoutJson(),
            e.location())).toList());
  }

  /** Returns the JSON pointer of the item in the collection file. */
  public String pointer() {
    return item.location().pointer();
  }
}
