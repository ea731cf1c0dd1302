package io.github.postman2java.it.roundtrip;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.naming.FieldDecl;
import io.github.postman2java.naming.TypeDecl;
import io.github.postman2java.naming.TypeRef;
import io.github.postman2java.sample.Placeholders;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The lossless check of one collection, shared by {@link RoundTripGateTest} (the corpus and the
 * samples) and {@link DocumentsGateTest} (any directory of JSON documents): generate, compile
 * with {@code -Xlint:all -Werror}, then read every saved body into the type the manifest names
 * and write it back, strict and {@link Mutations mutated}, with a plain mapper and the client's;
 * and send every request model property as an explicit {@code null} ({@link ExplicitNulls}).
 */
final class CollectionGate {
  /**
   * Reads numbers exactly, so the comparison sees every digit and each number's kind ({@code 2.0}
   * stays a decimal: Jackson would strip its zero by default).
   */
  static final ObjectMapper EXACT = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  private CollectionGate() {}

  /** The report and baseline row of a collection: Jackson 2 output, or "name@jackson3". */
  static String rowName(String collection, int jackson) {
    return jackson == 2 ? collection : collection + "@jackson3";
  }

  /**
   * Generates {@code collection} for Jackson 2 or 3 into a package named after {@code name},
   * compiles it under {@code work} and round-trips every body it holds; {@code scalarBodies}
   * also checks bodies that are a bare string, number, boolean or {@code null}.
   */
  static RoundTripReport check(Path collection, int jackson, String name, Path work,
      boolean scalarBodies) throws Exception {
    RoundTripReport report = new RoundTripReport(rowName(name, jackson));
    String pkg = "gate.jackson" + jackson + "."
        + name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    GenerationResult result = CodegenRun.execute(
        GeneratorOptions.builder(collection, pkg).jackson(jackson).build());
    result.warnings().forEach(w -> report.warnings.add(w.toString()));
    countUntyped(result, report);
    InMemoryCompiler.Result compiled = InMemoryCompiler.compile(result.files(),
        work.resolve(report.collection));
    report.compiled = compiled.succeeded();
    if (!compiled.succeeded()) {
      report.compileError = compiled.diagnostics().lines().limit(6).toList().toString();
      return report;
    }
    ClassLoader loader = compiled.loader();
    Object clientMapper = Class.forName(pkg + ".ClientConfig", true, loader)
        .getMethod("defaultObjectMapper").invoke(null);
    Map<String, WireMapper> mappers = new LinkedHashMap<>();
    if (jackson == 2) {
      mappers.put("plain mapper", WireMapper.jackson2(new ObjectMapper().findAndRegisterModules()));
      mappers.put("client mapper", WireMapper.jackson2((ObjectMapper) clientMapper));
    } else {
      mappers.put("plain Jackson 3 mapper",
          WireMapper.jackson3(new tools.jackson.databind.ObjectMapper(), loader));
      mappers.put("client Jackson 3 mapper", WireMapper.jackson3(
          (tools.jackson.databind.ObjectMapper) clientMapper, loader));
    }
    // The gate's own view of the types (Jackson 2, whatever the generated code uses).
    ObjectMapper any = new ObjectMapper();
    any.setTypeFactory(any.getTypeFactory().withClassLoader(loader));
    ModelTypes types = new ModelTypes(loader, pkg, any.getTypeFactory());
    Mutations mutations = new Mutations(types, EXACT);
    ExplicitNulls nulls = new ExplicitNulls(types);
    JsonNode doc = new ObjectMapper().readTree(collection.toFile());
    for (JsonNode op : any.readTree(result.manifestJson()).get("operations")) {
      report.requests++;
      String pointer = op.get("pointer").asText();
      JsonNode requestType = op.get("requestBodyType");
      if (requestType != null && requestType.isTextual()) {
        nulls.addRequestType(any.getTypeFactory().constructFromCanonical(requestType.asText()));
      }
      roundTrip(mappers, any, mutations, report, doc.at(pointer + "/request/body/raw"),
          requestType, pointer + "/request/body/raw", scalarBodies);
      for (JsonNode ex : op.get("examples")) {
        report.examples++;
        roundTrip(mappers, any, mutations, report,
            doc.at(ex.get("pointer").asText() + "/body"), ex.get("bodyType"),
            ex.get("pointer").asText() + "/body", scalarBodies);
      }
    }
    report.membersAdded = mutations.membersAdded;
    report.enumValuesReplaced = mutations.enumValuesReplaced;
    report.misfitsPlaced = mutations.misfitsPlaced;
    mappers.forEach((mapperName, mapper) -> nulls.check(mapper, mapperName, report));
    return report;
  }

  private static void roundTrip(Map<String, WireMapper> mappers, ObjectMapper types,
      Mutations mutations, RoundTripReport report, JsonNode bodyText, JsonNode type,
      String where, boolean scalarBodies) {
    if (bodyText == null || !bodyText.isTextual() || bodyText.asText().isBlank()) {
      return;
    }
    JsonNode expected;
    try {
      expected = EXACT.readTree(bodyText.asText());
    } catch (IOException e) {
      return; // not JSON as written (placeholders, comments): outside the gate
    }
    if (expected == null || !scalarBodies && !expected.isContainerNode()) {
      return;
    }
    if (type == null || type.isNull()) {
      if (holdsTemplateValue(expected)) {
        report.templates++; // a placeholder outside every object: listed without a body type
      } else {
        report.jsonBodies++;
        report.fail("no type", where);
      }
      return;
    }
    JavaType javaType = types.getTypeFactory().constructFromCanonical(type.asText());
    String mutated;
    try {
      mutated = writeExact(mutations.mutate(expected, javaType));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Map<String, String> failures = new LinkedHashMap<>();
    for (Map.Entry<String, WireMapper> m : mappers.entrySet()) {
      String at = m.getKey() + ": " + where;
      sameBack(m.getValue(), javaType, bodyText.asText(), "strict", at, failures);
      sameBack(m.getValue(), javaType, mutated, "mutated", at, failures);
    }
    report.jsonBodies++;
    failures.forEach(report::fail);
    report.roundTripped += failures.keySet().stream().anyMatch(k -> k.startsWith("strict"))
        ? 0 : 1;
    report.mutatedOk += failures.keySet().stream().anyMatch(k -> k.startsWith("mutated"))
        ? 0 : 1;
  }

  /**
   * Whether {@code json} holds a template value: a type placeholder such as {@code "<integer>"}
   * (collections imported from OpenAPI) or a {@code "{{variable}}"}, which stands for a value of
   * the type the model has and cannot be read as it.
   */
  private static boolean holdsTemplateValue(JsonNode json) {
    if (json.isTextual()) {
      return Placeholders.isTemplateValue(json.textValue());
    }
    for (JsonNode child : json) {
      if (holdsTemplateValue(child)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text of a mutated tree. Written by {@link #EXACT} a decimal of scale 0 (read from
   * {@code 0e0} or {@code 1.23E2}) would become the integer {@code 0} or {@code 123}, which the
   * comparison would then blame on the model: it is written with one decimal place instead.
   */
  private static String writeExact(JsonNode tree) throws IOException {
    return EXACT.writeValueAsString(wholeDecimalsWithAPlace(tree));
  }

  private static JsonNode wholeDecimalsWithAPlace(JsonNode node) {
    if (node.isBigDecimal() && node.decimalValue().scale() == 0) {
      return DecimalNode.valueOf(node.decimalValue().setScale(1));
    }
    if (node.isObject()) {
      ObjectNode out = ((ObjectNode) node).objectNode();
      node.properties().forEach(e -> out.set(e.getKey(), wholeDecimalsWithAPlace(e.getValue())));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = ((ArrayNode) node).arrayNode();
      node.forEach(e -> out.add(wholeDecimalsWithAPlace(e)));
      return out;
    }
    return node;
  }

  /**
   * Reads {@code text} as {@code type}, writes it back and compares with {@code text} read by
   * {@link #EXACT}; a difference goes into {@code failures} (reason → where, the first per
   * reason).
   */
  private static void sameBack(WireMapper mapper, JavaType type, String text, String kind,
      String where, Map<String, String> failures) {
    try {
      JsonNode json = EXACT.readTree(text);
      Object value = mapper.read(text, type);
      JsonNode back = EXACT.readTree(mapper.write(value, type));
      String difference = JsonEquivalence.firstDifference(json, back, "");
      if (difference != null) {
        failures.putIfAbsent(kind + " differs", where + " at " + difference);
      }
    } catch (Exception e) {
      failures.putIfAbsent(kind + " " + e.getClass().getSimpleName(), where + " "
          + WireMapper.describe(e));
    }
  }

  private static void countUntyped(GenerationResult result, RoundTripReport report) {
    Deque<TypeDecl> types = new ArrayDeque<>(result.model().modelTypes());
    while (!types.isEmpty()) {
      TypeDecl t = types.poll();
      if (t instanceof TypeDecl.RecordDecl r) {
        types.addAll(r.nested());
        for (FieldDecl f : r.fields()) {
          report.fields++;
          if (isUntyped(f.type())) {
            report.untypedFields++;
          }
        }
      }
    }
  }

  private static boolean isUntyped(TypeRef ref) {
    if (ref instanceof TypeRef.ListOf l) {
      return isUntyped(l.item());
    }
    if (ref instanceof TypeRef.MapOf m) {
      return isUntyped(m.value());
    }
    return ref instanceof TypeRef.Any;
  }
}
