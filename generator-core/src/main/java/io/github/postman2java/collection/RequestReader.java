package io.github.postman2java.collection;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.diag.SourceLocation;
import io.github.postman2java.json.LocatedJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads request items, requests, bodies, auth blocks, variables and saved responses. */
final class RequestReader {
  private final LocatedJson json;
  private final Diagnostics diagnostics;

  RequestReader(LocatedJson json, Diagnostics diagnostics) {
    this.json = json;
    this.diagnostics = diagnostics;
  }

  PostmanRequestItem item(JsonNode node, String name, String ptr, SourceLocation at) {
    PostmanRequest request = request(node.get("request"), ptr + "/request", at);
    List<PostmanResponse> responses = new ArrayList<>();
    List<JsonNode> saved = Nodes.elements(node.get("response"));
    for (int i = 0; i < saved.size(); i++) {
      JsonNode r = saved.get(i);
      if (r.isObject()) {
        responses.add(response(r, ptr + "/response/" + i));
      }
    }
    return new PostmanRequestItem(name, Nodes.description(node.get("description")), request,
        responses, variables(node.get("variable")), PostmanCollectionParser.events(
            node.get("event")), at);
  }

  PostmanRequest request(JsonNode node, String ptr, SourceLocation fallback) {
    SourceLocation at = node != null && node.isContainerNode() ? json.at(node, ptr) : fallback;
    if (node == null || node.isNull()) {
      return new PostmanRequest("GET", UrlParser.parse(""), List.of(), null, null, null, at);
    }
    if (node.isTextual()) {
      return new PostmanRequest("GET", UrlParser.parse(node.asText()), List.of(), null, null,
          null, at);
    }
    String method = Nodes.text(node, "method");
    if (method == null || method.isBlank()) {
      diagnostics.warn(DiagnosticCode.P2J008_NONCONFORMING_EXPORT, at,
          "request has no method; using GET");
      method = "GET";
    }
    return new PostmanRequest(
        method.trim().toUpperCase(Locale.ROOT),
        url(node.get("url")),
        keyValues(node.get("header")),
        body(node.get("body")),
        auth(node.get("auth")),
        Nodes.description(node.get("description")),
        at);
  }

  private PostmanUrl url(JsonNode node) {
    if (node == null || node.isNull()) {
      return UrlParser.parse("");
    }
    if (!node.isObject()) {
      return UrlParser.parse(node.asText());
    }
    String raw = Nodes.text(node, "raw");
    PostmanUrl fromRaw = UrlParser.parse(raw == null ? "" : raw);
    List<String> host = new ArrayList<>();
    JsonNode h = node.get("host");
    if (h != null && h.isArray()) {
      h.forEach(x -> host.add(x.asText()));
    } else if (h != null && h.isTextual()) {
      // "{{api.domain}}" is one label: dots inside a variable do not split the host.
      host.addAll(UrlParser.splitOutsideBraces(h.asText(), '.'));
    }
    List<String> path = new ArrayList<>();
    JsonNode p = node.get("path");
    if (p != null && p.isArray()) {
      for (JsonNode seg : p) {
        String value = seg.isObject() ? Nodes.text(seg, "value") : Nodes.text(seg);
        path.add(value == null ? "" : value);
      }
    } else if (p != null && p.isTextual()) {
      for (String seg : p.asText().split("/", -1)) {
        if (!seg.isEmpty()) {
          path.add(seg);
        }
      }
    }
    boolean structured = h != null || p != null;
    List<PostmanKeyValue> query = node.has("query") ? keyValues(node.get("query"))
        : fromRaw.query();
    return new PostmanUrl(
        raw == null ? "" : raw,
        node.has("protocol") ? Nodes.text(node, "protocol") : fromRaw.protocol(),
        structured ? host : fromRaw.host(),
        node.has("port") ? Nodes.text(node, "port") : fromRaw.port(),
        structured ? path : fromRaw.path(),
        query,
        variables(node.get("variable")),
        node.has("hash") ? Nodes.text(node, "hash") : fromRaw.hash());
  }

  /** Reads headers or query parameters: an array of entries, or a raw "K: V" string. */
  List<PostmanKeyValue> keyValues(JsonNode node) {
    List<PostmanKeyValue> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node.isTextual()) {
      for (String line : node.asText().split("\r?\n")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          out.add(new PostmanKeyValue(line.substring(0, colon).trim(),
              line.substring(colon + 1).trim(), false, null));
        }
      }
      return out;
    }
    for (JsonNode e : Nodes.elements(node)) {
      if (e.isTextual()) {
        out.addAll(keyValues(e));
      } else if (e.isObject()) {
        String key = e.has("key") ? Nodes.text(e, "key") : Nodes.text(e, "name");
        out.add(new PostmanKeyValue(key, Nodes.text(e, "value"), Nodes.bool(e.get("disabled")),
            Nodes.description(e.get("description"))));
      }
    }
    return out;
  }

  private PostmanBody body(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    String modeText = Nodes.text(node, "mode");
    PostmanBody.Mode mode;
    try {
      mode = modeText == null ? PostmanBody.Mode.NONE
          : PostmanBody.Mode.valueOf(modeText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      mode = PostmanBody.Mode.NONE;
    }
    JsonNode options = node.get("options");
    String language = options == null ? null : Nodes.text(options.path("raw"), "language");
    String raw = null;
    String variables = null;
    String fileSrc = null;
    List<PostmanFormField> fields = new ArrayList<>();
    switch (mode) {
      case RAW -> raw = Nodes.text(node, "raw");
      case URLENCODED, FORMDATA -> fields = formFields(node.get(modeText.toLowerCase(Locale.ROOT)));
      case FILE -> fileSrc = Nodes.text(node.path("file"), "src");
      case GRAPHQL -> {
        JsonNode g = node.get("graphql");
        raw = Nodes.text(g, "query");
        JsonNode v = g == null ? null : g.get("variables");
        variables = v == null ? null : v.isTextual() ? v.asText() : v.toString();
      }
      default -> { }
    }
    return new PostmanBody(mode, raw, language, fields, variables, fileSrc,
        Nodes.bool(node.get("disabled")));
  }

  private List<PostmanFormField> formFields(JsonNode node) {
    List<PostmanFormField> out = new ArrayList<>();
    for (JsonNode e : Nodes.elements(node)) {
      if (!e.isObject()) {
        continue;
      }
      boolean file = "file".equals(Nodes.text(e, "type"));
      JsonNode src = e.get("src");
      String value = file ? (src != null && src.isArray() ? (src.size() > 0 ? src.get(0).asText()
          : "") : Nodes.text(src)) : Nodes.text(e, "value");
      out.add(new PostmanFormField(Nodes.text(e, "key"), value, file,
          Nodes.text(e, "contentType"), Nodes.bool(e.get("disabled")),
          Nodes.description(e.get("description"))));
    }
    return out;
  }

  /** Reads auth in either shape: v2.1 {@code [{key, value}]} or v2.0 {@code {key: value}}. */
  PostmanAuth auth(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    String type = Nodes.text(node, "type");
    if (type == null) {
      return null;
    }
    type = type.toLowerCase(Locale.ROOT);
    Map<String, String> params = new LinkedHashMap<>();
    JsonNode p = node.get(type);
    if (p != null && p.isArray()) {
      for (JsonNode e : p) {
        String key = Nodes.text(e, "key");
        JsonNode v = e.get("value");
        if (key != null) {
          params.put(key, v == null || v.isNull() ? "" : v.isContainerNode() ? v.toString()
              : v.asText());
        }
      }
    } else if (p != null && p.isObject()) {
      p.fields().forEachRemaining(en -> params.put(en.getKey(),
          en.getValue().isContainerNode() ? en.getValue().toString() : en.getValue().asText()));
    }
    return new PostmanAuth(type, params);
  }

  List<PostmanVariable> variables(JsonNode node) {
    List<PostmanVariable> out = new ArrayList<>();
    for (JsonNode v : Nodes.elements(node)) {
      if (!v.isObject()) {
        continue;
      }
      String key = v.has("key") ? Nodes.text(v, "key") : Nodes.text(v, "id");
      JsonNode value = v.get("value");
      out.add(new PostmanVariable(key,
          value == null || value.isNull() ? "" : value.isContainerNode() ? value.toString()
              : value.asText(),
          Nodes.text(v, "type"), Nodes.bool(v.get("disabled")),
          Nodes.description(v.get("description"))));
    }
    return out;
  }

  private PostmanResponse response(JsonNode r, String ptr) {
    SourceLocation at = json.at(r, ptr);
    JsonNode code = r.get("code");
    int status = code != null && code.canConvertToInt() ? code.asInt() : 0;
    if (status == 0 && code != null && code.isTextual()) {
      try {
        status = Integer.parseInt(code.asText().trim());
      } catch (NumberFormatException e) {
        status = 0;
      }
    }
    JsonNode body = r.get("body");
    String bodyText = body == null || body.isNull() ? null
        : body.isContainerNode() ? body.toString() : body.asText();
    JsonNode original = r.get("originalRequest");
    return new PostmanResponse(
        Nodes.text(r, "name"),
        status,
        Nodes.text(r, "status"),
        keyValues(r.get("header")),
        bodyText,
        Nodes.text(r, "_postman_previewlanguage"),
        original == null || original.isNull() ? null
            : request(original, ptr + "/originalRequest", at),
        at,
        at.child("body"));
  }
}
