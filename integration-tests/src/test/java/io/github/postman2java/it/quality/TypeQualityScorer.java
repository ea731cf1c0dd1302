package io.github.postman2java.it.quality;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.it.quality.OpenApiSpec.SchemaView;
import io.github.postman2java.naming.ClientGroup;
import io.github.postman2java.naming.FieldDecl;
import io.github.postman2java.naming.JavaType;
import io.github.postman2java.naming.NamedModel;
import io.github.postman2java.naming.OperationDecl;
import io.github.postman2java.naming.TypeDecl;
import io.github.postman2java.naming.TypeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the generated response types of one collection with its OpenAPI description. For
 * every operation found in the spec (same method, matching path template) each 2xx JSON schema
 * is walked together with the generated type: record fields against schema properties
 * (recursively, through lists and maps), scalars against schema types, enums against schema
 * enums. Each (generated type, schema) pair is walked once. See {@link TypeQualityReport} for the
 * figures.
 */
final class TypeQualityScorer {
  private final OpenApiSpec spec;
  private final NamedModel model;
  private final JsonNode collection;
  private final TypeQualityReport report;
  private final Map<String, TypeDecl> decls = new HashMap<>();
  private final Set<String> walked = new HashSet<>();
  /** Generated record → the property-name sets of the schemas it was compared with. */
  private final Map<String, Map<Set<String>, String>> schemasOfRecord = new LinkedHashMap<>();

  TypeQualityScorer(OpenApiSpec spec, NamedModel model, JsonNode collection,
      TypeQualityReport report) {
    this.spec = spec;
    this.model = model;
    this.collection = collection;
    this.report = report;
    for (TypeDecl t : model.modelTypes()) {
      decls.put(t.simpleName(), t);
      if (t instanceof TypeDecl.RecordDecl r) {
        for (TypeDecl n : r.nested()) {
          decls.put(t.simpleName() + "$" + n.simpleName(), n);
        }
      }
    }
  }

  void score() {
    List<OperationDecl> operations = operations(model.root());
    report.errorCodes = model.errorCodes().size();
    BorrowedNames borrowed = new BorrowedNames(operations);
    for (OperationDecl op : operations) {
      report.operations++;
      List<String> path = requestPath(op.pointer());
      if (!spec.hasOperation(op.httpMethod(), path)) {
        continue;
      }
      report.matchedOperations++;
      if (borrowed.isBorrowed(op)) {
        report.borrowedNames++;
        report.sample("borrowed name", op.itemName() + " → " + BorrowedNames.typeName(
            op.successType()));
      }
      if (BorrowedNames.typeName(op.successType()) != null) {
        report.namedResponses++;
      }
      Map<Integer, JsonNode> schemas = spec.successSchemas(op.httpMethod(), path);
      if (schemas.isEmpty() || op.successType() == null) {
        continue;
      }
      report.comparedOperations++;
      Map<Integer, TypeRef> byStatus = new LinkedHashMap<>();
      for (OperationDecl.ExampleRef ex : op.examples()) {
        if (ex.bodyType() != null && schemas.containsKey(ex.status())) {
          byStatus.putIfAbsent(ex.status(), ex.bodyType());
        }
      }
      if (byStatus.isEmpty()) {
        schemas.keySet().forEach(s -> byStatus.put(s, op.successType()));
      }
      byStatus.forEach((status, type) -> compare(type, schemas.get(status),
          op.itemName() + " " + status));
    }
    schemasOfRecord.forEach((record, sets) -> {
      if (isMerged(sets.keySet())) {
        report.mergedTypes++;
        report.sample("merged type", record + " ← " + sets.values());
      }
    });
  }

  /** Two schemas whose property names overlap less than half (Jaccard) are different things. */
  private static boolean isMerged(Set<Set<String>> sets) {
    List<Set<String>> list = new ArrayList<>(sets);
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        Set<String> inter = new HashSet<>(list.get(i));
        inter.retainAll(list.get(j));
        Set<String> union = new HashSet<>(list.get(i));
        union.addAll(list.get(j));
        if (!list.get(i).isEmpty() && !list.get(j).isEmpty()
            && 2 * inter.size() < union.size()) {
          return true;
        }
      }
    }
    return false;
  }

  private void compare(TypeRef type, JsonNode schemaNode, String where) {
    SchemaView s = spec.view(schemaNode);
    if (type instanceof TypeRef.ListOf l) {
      if (s.isArray() && s.items != null) {
        compare(l.item(), s.items, where + "[]");
      } else if (!s.isArray() && !s.types.isEmpty()) {
        report.kindMismatches++;
        report.sample("kind mismatch", where + ": List where the spec has " + s.types);
      }
      return;
    }
    if (type instanceof TypeRef.MapOf m) {
      if (s.additionalProperties != null) {
        compare(m.value(), s.additionalProperties, where + "{}");
      } else if (s.declaresProperties && !s.openObject) {
        report.mapsForRecords++;
        report.sample("map for record", where + (s.name == null ? "" : " (" + s.name + ")"));
      }
      return;
    }
    if (type instanceof TypeRef.Named n) {
      String key = n.topLevel() + (n.nested() == null ? "" : "$" + n.nested());
      TypeDecl decl = decls.get(key);
      if (decl instanceof TypeDecl.EnumDecl e) {
        scalar(type, e, s, where);
      } else if (decl instanceof TypeDecl.RecordDecl r) {
        record(key, r, schemaNode, s, where);
      }
      return;
    }
    if (type instanceof TypeRef.Scalar) {
      scalar(type, null, s, where);
      return;
    }
    if (type instanceof TypeRef.Any && s.isScalar()) {
      report.untypedScalars++;
    }
  }

  private void record(String key, TypeDecl.RecordDecl r, JsonNode schemaNode, SchemaView s,
      String where) {
    if (!s.isObject() || s.isFreeForm()) {
      if (s.isScalar() || s.isArray()) {
        report.kindMismatches++;
        report.sample("kind mismatch", where + ": record " + key + " where the spec has "
            + s.types);
      }
      return;
    }
    schemasOfRecord.computeIfAbsent(key, k -> new LinkedHashMap<>())
        .putIfAbsent(Set.copyOf(s.properties.keySet()), s.name == null ? "inline" : s.name);
    if (!walked.add(key + "\u0000" + System.identityHashCode(schemaNode))) {
      return;
    }
    for (FieldDecl f : r.fields()) {
      JsonNode property = s.properties.get(f.jsonName());
      if (property == null) {
        if (!s.openObject) {
          report.fields++;
          report.sample("field not in spec", where + "." + f.jsonName() + " (" + key + ")");
        }
        continue;
      }
      report.fields++;
      report.matchedFields++;
      compare(f.type(), property, where + "." + f.jsonName());
    }
  }

  private void scalar(TypeRef type, TypeDecl.EnumDecl e, SchemaView s, String where) {
    if (!s.isScalar()) {
      if (s.isObject() || s.isArray()) {
        report.kindMismatches++;
        report.sample("kind mismatch", where + ": scalar where the spec has " + s.types);
      }
      return;
    }
    String generated = e != null ? "enum" : kind(type);
    report.scalars++;
    if (agrees(generated, s)) {
      report.agreeingScalars++;
    } else {
      report.sample("scalar disagrees", where + ": " + generated + " vs " + s.types
          + (s.format == null ? "" : " " + s.format));
    }
    boolean stringy = s.types.contains("string");
    if (e != null) {
      report.enums++;
      if (s.isEnum()) {
        report.trueEnums++;
      } else {
        report.sample("enum not in spec", where + " " + values(e));
      }
    }
    if (s.isEnum() && stringy && (e != null || "string".equals(generated))) {
      report.specEnums++;
      if (e != null) {
        report.foundEnums++;
        report.sample("enum found", where + " " + values(e));
      } else {
        report.sample("enum missed", where + " " + s.enumValues.size() + " values");
      }
    }
  }

  private static String values(TypeDecl.EnumDecl e) {
    List<String> v = e.constants().stream().map(TypeDecl.EnumConstant::wireValue).limit(6)
        .toList();
    return v + (e.constants().size() > 6 ? "…" : "");
  }

  /** The generated scalar's kind: string, integer, number, boolean, date-time, date, or other. */
  private static String kind(TypeRef type) {
    JavaType k = ((TypeRef.Scalar) type).type();
    return switch (k) {
      case STRING -> "string";
      case LONG, BIG_INTEGER -> "integer";
      case BIG_DECIMAL -> "number";
      case BOOLEAN -> "boolean";
      case OFFSET_DATE_TIME -> "date-time";
      case LOCAL_DATE -> "date";
      case NUMBER_OR_STRING -> "string_or_number";
      default -> k.name().toLowerCase(java.util.Locale.ROOT);
    };
  }


  /**
   * Whether a generated scalar fits the spec's type. A date-time or date fits a string without
   * a format (the GitHub spec leaves many date-time strings unformatted); a string fits a
   * date-time string; a union of string and number fits either.
   */
  static boolean agrees(String generated, SchemaView s) {
    Set<String> t = s.types;
    return switch (generated) {
      case "string", "enum" -> t.contains("string");
      case "integer" -> t.contains("integer");
      case "number" -> t.contains("number");
      case "boolean" -> t.contains("boolean");
      case "date-time" -> t.contains("string")
          && (s.format == null || s.format.equals("date-time"));
      case "date" -> t.contains("string") && (s.format == null || s.format.equals("date"));
      case "string_or_number" -> t.contains("string")
          && (t.contains("integer") || t.contains("number"));
      default -> false;
    };
  }

  private static List<OperationDecl> operations(ClientGroup root) {
    List<OperationDecl> out = new ArrayList<>();
    Deque<ClientGroup> work = new ArrayDeque<>();
    work.add(root);
    while (!work.isEmpty()) {
      ClientGroup g = work.poll();
      out.addAll(g.operations());
      work.addAll(g.children());
    }
    return out;
  }

  /** The request's path segments as written in the collection (host and query left out). */
  private List<String> requestPath(String pointer) {
    JsonNode url = collection.at(pointer + "/request/url");
    List<String> out = new ArrayList<>();
    if (url.isObject() && url.has("path")) {
      url.get("path").forEach(p -> out.addAll(OpenApiSpec.segments(p.asText())));
      return out;
    }
    String raw = url.isTextual() ? url.asText() : url.path("raw").asText("");
    raw = raw.replaceFirst("[?#].*", "").replaceFirst("^[a-zA-Z]+://", "");
    List<String> segments = OpenApiSpec.segments(raw);
    return segments.isEmpty() ? out : segments.subList(1, segments.size());
  }
}
