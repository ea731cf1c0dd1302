package io.github.postman2java.infer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.sample.BodySample;
import io.github.postman2java.sample.OperationSamples;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The request bodies each request's model is read from. Requests to one endpoint (method, host
 * and path, variables aside) send one kind of body: a collection with 164 "createBooking"
 * variants (with a loyalty program, with a credit card, two travellers...) describes one {@code
 * CreateBookingRequest} whose members each variant sets or leaves out, as the API's own schema
 * does, not 164 types. So the JSON bodies of such requests are read together, in file order.
 *
 * <p>Each request keeps its own body when its endpoint is one in name only: bodies whose roots
 * differ in kind (an object here, a list there), or an RPC endpoint that one member dispatches
 * ({@code {"method": "getUser", ...}} and {@code {"method": "deleteUser", ...}} to {@code
 * /jsonrpc}), or a path with no literal segment.
 */
final class EndpointBodies {
  /** Top-level members that say which call an RPC endpoint makes. */
  private static final Set<String> DISPATCH = Set.of("method", "action", "operation",
      "operationname", "command", "cmd", "op", "jsonrpc", "query", "mutation", "function");

  private EndpointBodies() {}

  /**
   * For each operation (same order), the bodies its request model is read from: the bodies of
   * every request to its endpoint (one shared list per endpoint), or its own body alone; empty
   * when it sends none.
   */
  static List<List<BodySample>> of(List<OperationSamples> operations) {
    Map<String, List<BodySample>> byEndpoint = new LinkedHashMap<>();
    for (OperationSamples op : operations) {
      if (!op.endpoint().isEmpty() && isJson(op.requestBody())) {
        byEndpoint.computeIfAbsent(op.endpoint(), k -> new ArrayList<>()).add(op.requestBody());
      }
    }
    byEndpoint.values().removeIf(bodies -> bodies.size() < 2 || !oneKind(bodies));
    byEndpoint.replaceAll((k, v) -> List.copyOf(v));
    List<List<BodySample>> out = new ArrayList<>();
    for (OperationSamples op : operations) {
      List<BodySample> shared = op.endpoint().isEmpty() || !isJson(op.requestBody()) ? null
          : byEndpoint.get(op.endpoint());
      out.add(shared != null ? shared
          : op.requestBody() == null ? List.of() : List.of(op.requestBody()));
    }
    return out;
  }

  private static boolean isJson(BodySample body) {
    return body != null && body.kind() == BodySample.Kind.JSON && body.json() != null;
  }

  /** Whether the bodies are one kind of body: same root kind, no differing dispatch member. */
  private static boolean oneKind(List<BodySample> bodies) {
    JsonNode first = bodies.get(0).json();
    Map<String, Set<String>> dispatch = new LinkedHashMap<>();
    for (BodySample b : bodies) {
      JsonNode root = b.json();
      if (root.getNodeType() != first.getNodeType()) {
        return false;
      }
      if (root.isObject()) {
        root.fields().forEachRemaining(f -> {
          if (DISPATCH.contains(f.getKey().toLowerCase(java.util.Locale.ROOT))
              && f.getValue().isValueNode()) {
            dispatch.computeIfAbsent(f.getKey(), k -> new HashSet<>())
                .add(f.getValue().asText());
          }
        });
      }
    }
    return dispatch.values().stream().allMatch(values -> values.size() < 2);
  }
}
