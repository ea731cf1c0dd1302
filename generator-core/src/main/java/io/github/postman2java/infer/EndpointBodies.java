package io.github.postman2java.infer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.sample.BodySample;
import io.github.postman2java.sample.ExampleSample;
import io.github.postman2java.sample.OperationSamples;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The request bodies each request's model is read from. Requests to one endpoint (method, host
 * and path, variables aside) send one kind of body: a collection with 106 "createBooking"
 * variants (with a loyalty program, with a credit card, two travellers...) describes one {@code
 * CreateBookingRequest} whose members each variant sets or leaves out, as the API's own schema
 * does, not 106 types. So the JSON bodies of such requests are read together, in file order.
 *
 * <p>Each request keeps its own body when its endpoint is one in name only: bodies whose roots
 * differ in kind (an object here, a list there), or an RPC endpoint that one member dispatches
 * ({@code {"method": "getUser", ...}} and {@code {"method": "deleteUser", ...}} to {@code
 * /jsonrpc}: the dispatch member, like what picks the call in the URL, is part of the
 * endpoint, {@link io.github.postman2java.sample.Endpoints}),
 * or a path with no literal segment. A request that sends what the API should refuse (all its
 * saved responses are errors, or its name says {@code invalid}, {@code missing}...) reads its
 * body alone, so a misspelt member or a string age does not widen the type of the others.
 */
final class EndpointBodies {
  /** Words of an item name that say it sends a body the API should refuse. */
  private static final Set<String> NEGATIVE = Set.of("invalid", "missing", "malformed",
      "wrong", "bad", "negative", "unauthorized", "unauthorised", "forbidden", "incorrect",
      "illegal", "nonexistent", "non-existent");

  private EndpointBodies() {}

  /**
   * For each operation (same order), the bodies its request model is read from: the bodies of
   * every request to its endpoint (one shared list per endpoint), or its own body alone; empty
   * when it sends none.
   */
  static List<List<BodySample>> of(List<OperationSamples> operations) {
    Map<String, List<BodySample>> byEndpoint = new LinkedHashMap<>();
    for (OperationSamples op : operations) {
      if (pools(op)) {
        byEndpoint.computeIfAbsent(op.endpoint(), k -> new ArrayList<>()).add(op.requestBody());
      }
    }
    byEndpoint.values().removeIf(bodies -> bodies.size() < 2 || !oneKind(bodies));
    byEndpoint.replaceAll((k, v) -> List.copyOf(v));
    List<List<BodySample>> out = new ArrayList<>();
    for (OperationSamples op : operations) {
      List<BodySample> shared = pools(op) ? byEndpoint.get(op.endpoint()) : null;
      out.add(shared != null ? shared
          : op.requestBody() == null ? List.of() : List.of(op.requestBody()));
    }
    return out;
  }

  /** Whether the request's body is read with the other bodies sent to its endpoint. */
  private static boolean pools(OperationSamples op) {
    if (op.endpoint().isEmpty() || !isJson(op.requestBody())) {
      return false;
    }
    if (!op.examples().isEmpty() && op.examples().stream().noneMatch(ExampleSample::isSuccess)) {
      return false; // only refusals recorded: a negative test
    }
    for (String word : op.name().toLowerCase(Locale.ROOT).split("[^a-z\\-]+")) {
      if (NEGATIVE.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isJson(BodySample body) {
    return body != null && body.kind() == BodySample.Kind.JSON && body.json() != null;
  }

  /** Whether the bodies are one kind of body: the same root kind. */
  private static boolean oneKind(List<BodySample> bodies) {
    JsonNode first = bodies.get(0).json();
    return bodies.stream().allMatch(b -> b.json().getNodeType() == first.getNodeType());
  }
}
