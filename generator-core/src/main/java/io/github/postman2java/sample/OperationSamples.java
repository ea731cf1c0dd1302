package io.github.postman2java.sample;

import io.github.postman2java.diag.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * Everything sampled for one request item: what inference reads, and no raw collection record.
 *
 * @param location where the request item is in the collection file
 * @param name the request item's name as written
 * @param folders the folder names from the collection root down to the item
 * @param requestBody the request's own body, or {@code null} when it has none
 * @param examples saved responses, sorted by status, name and body so that example order in the
 *     file never changes the output
 * @param graphqlVariables the top-level variables of a GraphQL body, in file order
 * @param path the request URL's path segments as written (the resource a body belongs to)
 * @param endpoint the method, host and path with every variable segment as {@code {}} ({@code
 *     POST {{baseUrl}}/v1/trip/orders/createBooking}), {@code ""} when the path has no literal
 *     segment: requests to one endpoint send one kind of body
 */
public record OperationSamples(
    SourceLocation location,
    String name,
    List<String> folders,
    BodySample requestBody,
    List<ExampleSample> examples,
    List<GraphqlVariable> graphqlVariables,
    List<String> path,
    String endpoint) {

  /** Creates the samples of one operation. */
  public OperationSamples {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(name, "name");
    folders = List.copyOf(folders);
    examples = List.copyOf(examples);
    graphqlVariables = List.copyOf(graphqlVariables);
    path = List.copyOf(path);
    Objects.requireNonNull(endpoint, "endpoint");
  }

  /** Returns these samples with other examples (same request, folders and variables). */
  public OperationSamples withExamples(BodySample requestBody, List<ExampleSample> examples) {
    return new OperationSamples(location, name, folders, requestBody, examples,
        graphqlVariables, path, endpoint);
  }

  /** Returns these samples without JSON trees (see {@link BodySample#withoutJson()}). */
  public OperationSamples withoutJson() {
    return withExamples(requestBody == null ? null : requestBody.withoutJson(),
        examples.stream().map(e -> e.withBody(e.body().withoutJson())).toList());
  }

  /** Returns the JSON pointer of the item in the collection file. */
  public String pointer() {
    return location.pointer();
  }
}
