package io.github.postman2java.it.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An OpenAPI 3 description read as the type-quality test's oracle (JSON or YAML). Finds the
 * operation of a Postman request by method and path template, and flattens schemas into {@link
 * SchemaView}s: {@code $ref} followed, {@code allOf} merged, {@code oneOf}/{@code anyOf} united
 * (a property of any alternative is a property of the union).
 */
final class OpenApiSpec {
  private static final int MAX_REF_DEPTH = 32;
  private final JsonNode root;
  private final List<PathTemplate> paths = new ArrayList<>();
  private final Map<JsonNode, SchemaView> views = new java.util.IdentityHashMap<>();

  private OpenApiSpec(JsonNode root) {
    this.root = root;
    for (Iterator<String> it = root.path("paths").fieldNames(); it.hasNext(); ) {
      String p = it.next();
      paths.add(new PathTemplate(p, segments(p)));
    }
  }

  static OpenApiSpec read(Path file) throws IOException {
    String name = file.getFileName().toString();
    ObjectMapper mapper = name.endsWith(".yml") || name.endsWith(".yaml")
        ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
    return new OpenApiSpec(mapper.readTree(file.toFile()));
  }

  private record PathTemplate(String path, List<String> segments) {}

  /** The 2xx JSON response schemas of an operation, by status; empty when none is found. */
  Map<Integer, JsonNode> successSchemas(String method, List<String> requestPath) {
    JsonNode op = operation(method, requestPath);
    Map<Integer, JsonNode> out = new LinkedHashMap<>();
    if (op == null) {
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = op.path("responses").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> r = it.next();
      if (!r.getKey().matches("2\\d\\d")) {
        continue;
      }
      JsonNode response = deref(r.getValue());
      JsonNode schema = jsonSchema(response.path("content"));
      if (schema != null) {
        out.put(Integer.parseInt(r.getKey()), schema);
      }
    }
    return out;
  }

  /** Whether the spec has an operation for this request. */
  boolean hasOperation(String method, List<String> requestPath) {
    return operation(method, requestPath) != null;
  }

  private static JsonNode jsonSchema(JsonNode content) {
    for (Iterator<Map.Entry<String, JsonNode>> it = content.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> c = it.next();
      if (c.getKey().toLowerCase(Locale.ROOT).contains("json") && c.getValue().has("schema")) {
        return c.getValue().get("schema");
      }
    }
    return null;
  }

  /**
   * The operation whose path template matches {@code requestPath} (variables match any segment),
   * preferring the template with the most literal segments.
   */
  private JsonNode operation(String method, List<String> requestPath) {
    PathTemplate best = null;
    int bestLiterals = -1;
    for (PathTemplate t : paths) {
      if (t.segments().size() != requestPath.size()
          || !root.path("paths").path(t.path()).has(method.toLowerCase(Locale.ROOT))) {
        continue;
      }
      int literals = 0;
      boolean match = true;
      for (int i = 0; i < requestPath.size() && match; i++) {
        String s = t.segments().get(i);
        String r = requestPath.get(i);
        if (s.startsWith("{")) {
          continue;
        }
        if (s.equals(r)) {
          literals++;
        } else {
          match = false;
        }
      }
      if (match && literals > bestLiterals) {
        best = t;
        bestLiterals = literals;
      }
    }
    return best == null ? null
        : root.path("paths").path(best.path()).path(method.toLowerCase(Locale.ROOT));
  }

  static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** Follows {@code $ref}s to the node they name. */
  JsonNode deref(JsonNode node) {
    JsonNode n = node;
    for (int i = 0; i < MAX_REF_DEPTH && n.has("$ref"); i++) {
      n = root.at(n.get("$ref").asText().substring(1));
    }
    return n;
  }

  /** The flattened view of a schema (cached per node, so recursive schemas terminate). */
  SchemaView view(JsonNode schema) {
    SchemaView cached = views.get(schema);
    if (cached != null) {
      return cached;
    }
    SchemaView v = new SchemaView();
    views.put(schema, v);
    fill(v, schema, 0);
    return v;
  }

  private void fill(SchemaView v, JsonNode schema, int depth) {
    if (depth > MAX_REF_DEPTH || schema == null || schema.isMissingNode()) {
      return;
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (v.name == null) {
        v.name = ref.substring(ref.lastIndexOf('/') + 1);
      }
      fill(v, root.at(ref.substring(1)), depth + 1);
      return;
    }
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) {
      v.types.add(type.asText());
    } else if (type != null && type.isArray()) {
      type.forEach(t -> v.types.add(t.asText()));
    }
    if (schema.has("format") && v.format == null) {
      v.format = schema.get("format").asText();
    }
    if (schema.has("enum")) {
      Set<String> values = new LinkedHashSet<>();
      schema.get("enum").forEach(e -> {
        if (!e.isNull()) {
          values.add(e.asText());
        }
      });
      v.enumValues = v.enumValues == null ? values : union(v.enumValues, values);
    } else if (isScalarSchema(schema)) {
      v.openScalar = true;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      v.properties.putIfAbsent(p.getKey(), p.getValue());
    }
    if (schema.has("properties")) {
      v.declaresProperties = true;
    }
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null && !(additional.isBoolean() && !additional.asBoolean())) {
      v.additionalProperties = additional.isObject() ? additional : v.additionalProperties;
      v.openObject = true;
    }
    if (schema.has("items") && v.items == null) {
      v.items = schema.get("items");
    }
    for (String combiner : List.of("allOf", "oneOf", "anyOf")) {
      for (JsonNode part : schema.path(combiner)) {
        if (combiner.equals("allOf")) {
          fill(v, part, depth + 1);
        } else {
          v.alternatives++;
          fill(v, part, depth + 1);
        }
      }
    }
  }

  private static boolean isScalarSchema(JsonNode schema) {
    JsonNode t = schema.get("type");
    return t != null && t.isTextual()
        && Set.of("string", "integer", "number", "boolean").contains(t.asText());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }

  /** A schema flattened for comparison. */
  static final class SchemaView {
    /** The component name of the first {@code $ref}, or null for an inline schema. */
    String name;
    final Set<String> types = new LinkedHashSet<>();
    String format;
    /** The enum values, or null when no part of the schema is an enum. */
    Set<String> enumValues;
    /** Some scalar part of the schema has no enum (a oneOf of an enum and a free string). */
    boolean openScalar;
    final Map<String, JsonNode> properties = new LinkedHashMap<>();
    boolean declaresProperties;
    boolean openObject;
    JsonNode additionalProperties;
    JsonNode items;
    int alternatives;

    boolean isEnum() {
      return enumValues != null && !enumValues.isEmpty() && !openScalar;
    }

    boolean isObject() {
      return types.contains("object") || declaresProperties || openObject;
    }

    boolean isArray() {
      return types.contains("array") || items != null;
    }

    /** An object with no declared properties: any field is allowed. */
    boolean isFreeForm() {
      return !declaresProperties;
    }

    boolean isScalar() {
      return !isObject() && !isArray()
          && (types.contains("string") || types.contains("integer") || types.contains("number")
              || types.contains("boolean"));
    }
  }
}
