package io.github.postman2java.bench;

import static io.github.postman2java.bench.SyntheticCollection.bearer;
import static io.github.postman2java.bench.SyntheticCollection.header;
import static io.github.postman2java.bench.SyntheticCollection.lowerCamel;
import static io.github.postman2java.bench.SyntheticCollection.param;
import static io.github.postman2java.bench.SyntheticCollection.render;
import static io.github.postman2java.bench.SyntheticCollection.variable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postman2java.bench.SyntheticCollection.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The requests of {@link SyntheticCollection}: the eight operations of a module (list, get,
 * create, update, delete, search, related notes, an action) with their URLs, query parameters,
 * auth, bodies and 2–6 saved examples. Draws from the collection's random stream.
 */
final class SyntheticRequests {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final SplittableRandom random;
  private final SyntheticBodies bodies;

  SyntheticRequests(SplittableRandom random, SyntheticBodies bodies) {
    this.random = random;
    this.bodies = bodies;
  }

  // ---- requests ------------------------------------------------------------------------------

  ObjectNode request(Module m, int op) {
    String idVar = lowerCamel(m.name()) + "Id";
    String base = "{{baseUrl}}/crm/{{apiVersion}}/" + m.plural();
    boolean recordIdVar = random.nextInt(6) == 0;
    String idSegment = recordIdVar ? "{{recordId}}" : ":" + idVar;
    String method;
    String name;
    List<String> path = new ArrayList<>(List.of("crm", "{{apiVersion}}", m.plural()));
    ArrayNode query = F.arrayNode();
    ObjectNode body = null;
    boolean hasId = false;
    switch (op) {
      case 0 -> {
        method = "GET";
        name = "List " + m.name() + "s";
        paging(query);
      }
      case 1 -> {
        method = "GET";
        name = "Get " + m.name();
        hasId = true;
        query.add(param("fields", "id,created_time,owner", false));
      }
      case 2 -> {
        method = "POST";
        name = "Create " + m.name();
        body = bodies.requestBody(m, false);
      }
      case 3 -> {
        method = "PATCH";
        name = "Update " + m.name();
        hasId = true;
        body = bodies.requestBody(m, true);
      }
      case 4 -> {
        method = "DELETE";
        name = "Delete " + m.name();
        hasId = true;
      }
      case 5 -> {
        method = "GET";
        name = "Search " + m.name() + "s";
        path.add("search");
        query.add(param("criteria", "(status:equals:open)", false));
        query.add(param("email", "{{searchEmail}}", false));
        query.add(param("modified_since", bodies.dateTime(), false));
        paging(query);
      }
      case 6 -> {
        method = "GET";
        name = "List " + m.name() + " notes";
        hasId = true;
        query.add(param("page", "1", false));
      }
      default -> {
        method = "POST";
        name = "Convert " + m.name();
        hasId = true;
        body = F.objectNode();
        body.put("overwrite", random.nextBoolean());
        body.put("notify_owner", true);
        ObjectNode assign = body.putObject("assign_to");
        assign.put("id", "__VAR_ownerId__");
        assign.put("email", "{{ownerEmail}}");
      }
    }
    if (hasId) {
      path.add(idSegment);
    }
    if (op == 6) {
      path.add("notes");
    }
    if (op == 7) {
      path.add("actions");
      path.add("convert");
    }

    ObjectNode req = F.objectNode();
    int authRoll = random.nextInt(30);
    if (authRoll < 3) {
      req.set("auth", bearer("{{adminToken}}"));
    } else if (authRoll == 3) {
      req.set("auth", F.objectNode().put("type", "noauth"));
    }
    req.put("method", method);
    ArrayNode headers = req.putArray("header");
    headers.add(header("Accept", "application/json"));
    if (body != null) {
      headers.add(header("Content-Type", "application/json"));
    }
    if (body != null) {
      ObjectNode b = req.putObject("body");
      b.put("mode", "raw");
      b.put("raw", render(body));
      b.putObject("options").putObject("raw").put("language", "json");
    }
    ObjectNode url = url(base, path, query, hasId && !recordIdVar ? idVar : null);
    req.set("url", url);
    req.put("description", name + " in the " + m.area() + " area. Returns the "
        + m.name().toLowerCase(Locale.ROOT) + " records visible to the caller.");

    ObjectNode item = F.objectNode();
    item.put("name", name);
    item.set("request", req);
    ArrayNode responses = item.putArray("response");
    int exampleCount = 2 + random.nextInt(5);
    for (int i = 0; i < exampleCount; i++) {
      responses.add(example(m, op, i, method, url));
    }
    return item;
  }

  private void paging(ArrayNode query) {
    query.add(param("page", String.valueOf(1 + random.nextInt(3)), false));
    query.add(param("per_page", "50", false));
    query.add(param("sort_by", random.nextBoolean() ? "modified_time" : "created_time", false));
    query.add(param("sort_order", "desc", true));
  }

  private ObjectNode url(String base, List<String> path, ArrayNode query, String idVar) {
    ObjectNode url = F.objectNode();
    StringBuilder raw = new StringBuilder("{{baseUrl}}/").append(String.join("/", path));
    boolean first = true;
    for (var q : query) {
      if (q.has("disabled")) {
        continue;
      }
      raw.append(first ? '?' : '&').append(q.get("key").asText()).append('=')
          .append(q.get("value").asText());
      first = false;
    }
    url.put("raw", raw.toString());
    url.putArray("host").add("{{baseUrl}}");
    ArrayNode p = url.putArray("path");
    path.forEach(p::add);
    if (!query.isEmpty()) {
      url.set("query", query);
    }
    if (idVar != null) {
      ObjectNode v = url.putArray("variable").addObject();
      v.put("key", idVar);
      v.put("value", "{{recordId}}");
      v.put("description", "The record's id.");
    }
    return url;
  }

  // ---- examples ------------------------------------------------------------------------------

  private ObjectNode example(Module m, int op, int index, String method, ObjectNode url) {
    int code;
    String status;
    String exName;
    ObjectNode body;
    boolean minimal = false;
    if (index == 0 || (index == 1 && random.nextInt(3) == 0)) {
      minimal = index == 1;
      code = op == 2 ? 201 : op == 4 ? 204 : 200;
      status = code == 201 ? "Created" : code == 204 ? "No Content" : "OK";
      exName = minimal ? "Success (sparse record)" : "Success";
      body = code == 204 ? null : bodies.successBody(m, op, minimal);
    } else {
      int[] codes = {400, 401, 403, 404, 409, 422, 429};
      code = codes[random.nextInt(codes.length)];
      status = switch (code) {
        case 400 -> "Bad Request";
        case 401 -> "Unauthorized";
        case 403 -> "Forbidden";
        case 404 -> "Not Found";
        case 409 -> "Conflict";
        case 422 -> "Unprocessable Entity";
        default -> "Too Many Requests";
      };
      exName = status + " (" + index + ")";
      body = bodies.errorBody(code, m);
    }
    ObjectNode ex = F.objectNode();
    ex.put("name", exName);
    ObjectNode original = ex.putObject("originalRequest");
    original.put("method", method);
    original.putArray("header").add(header("Accept", "application/json"));
    original.set("url", url.deepCopy());
    ex.put("status", status);
    ex.put("code", code);
    ex.put("_postman_previewlanguage", body == null ? "text" : "json");
    ArrayNode headers = ex.putArray("header");
    if (body != null) {
      headers.add(header("Content-Type", "application/json;charset=UTF-8"));
    }
    headers.add(header("Date", "Tue, 05 Mar 2024 10:15:30 GMT"));
    headers.add(header("X-Request-Id", Long.toHexString(random.nextLong())));
    if (code == 429) {
      headers.add(header("Retry-After", "30"));
    }
    ex.putArray("cookie");
    ex.put("body", body == null ? "" : render(body));
    return ex;
  }
}
