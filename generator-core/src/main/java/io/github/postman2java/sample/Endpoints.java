package io.github.postman2java.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.collection.Placeholder;
import io.github.postman2java.collection.PostmanKeyValue;
import io.github.postman2java.collection.PostmanRequest;
import io.github.postman2java.collection.PostmanVariable;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The endpoint a request is sent to: what tells one kind of request body from another. Method,
 * host and path, with variable segments as {@code {}} ({@code POST {{baseUrl}}/v1/trip/orders/
 * createBooking}, {@code PUT {{baseUrl}}/users/{}}), except what picks the call: a path
 * variable whose value is a word ({@code /items/:collection} with {@code articles} and with
 * {@code authors} are two endpoints, {@code /users/:id} with {@code 42} one) and a query
 * parameter with a dispatch name ({@code /api.php?action=login}, {@code ?action=edit}) or a
 * top-level body member with one ({@code {"method": "cancel", ...}} and {@code {"method":
 * "refund", ...}} to {@code /rpc}).
 */
public final class Endpoints {
  /** Member and parameter names that say which call one URL makes ({@code method}, ...). */
  public static final Set<String> DISPATCH = Set.of("method", "action", "operation",
      "operationname", "command", "cmd", "op", "query", "mutation", "function", "queryid",
      "extensions", "service", "call");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z_\\-]*");

  private Endpoints() {}

  /**
   * The endpoint key of a request whose raw body reads as {@code body} (or null), or {@code
   * ""} when its path has no literal segment.
   */
  public static String of(PostmanRequest request, JsonNode body) {
    StringBuilder out = new StringBuilder(request.method()).append(' ')
        .append(String.join(".", request.url().host()));
    boolean literal = false;
    for (String segment : request.url().path()) {
      if (segment.isEmpty()) {
        continue; // "/users/" is "/users"
      }
      String variable = Placeholder.pathVariable(segment);
      if (variable != null) {
        String value = valueOf(request, variable);
        out.append('/').append(WORD.matcher(value).matches() ? "{" + value + "}" : "{}");
      } else if (Placeholder.contains(segment)) {
        out.append("/{}");
      } else {
        literal = true;
        out.append('/').append(segment);
      }
    }
    for (PostmanKeyValue q : request.url().query()) {
      if (!q.disabled() && DISPATCH.contains(q.key().toLowerCase(Locale.ROOT))) {
        out.append(out.indexOf("?") < 0 ? '?' : '&').append(q.key()).append('=')
            .append(q.value());
      }
    }
    if (body != null && body.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (DISPATCH.contains(f.getKey().toLowerCase(Locale.ROOT))) {
          JsonNode v = f.getValue();
          out.append(" #").append(f.getKey()).append('=')
              .append(v.isValueNode() ? v.asText() : v.toString());
        }
      }
    }
    return literal ? out.toString() : "";
  }

  private static String valueOf(PostmanRequest request, String variable) {
    for (PostmanVariable v : request.url().variables()) {
      if (v.key().equals(variable) && !v.disabled()) {
        return v.value();
      }
    }
    return "";
  }
}
