package io.github.postman2java.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.postman2java.infer.EvidenceIndex.PositionEvidence;
import io.github.postman2java.report.ReportEntries.Field;
import io.github.postman2java.report.ReportEntries.Operation;
import io.github.postman2java.report.ReportEntries.Type;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The report as JSON, for tools: the same entries as the page, streamed (jackson-core). */
final class ReportJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ReportJson() {}

  static String render(ReportEntries.Report r) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("collection", r.collection());
      g.writeStringField("basePackage", r.basePackage());
      g.writeArrayFieldStart("operations");
      for (Operation op : r.operations()) {
        operation(g, op);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("types");
      for (Type t : r.types()) {
        type(g, t);
      }
      g.writeEndArray();
      strings(g, "warnings", r.warnings());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void operation(JsonGenerator g, Operation op) throws IOException {
    g.writeStartObject();
    g.writeStringField("address", op.address());
    g.writeStringField("httpMethod", op.httpMethod());
    g.writeStringField("url", op.url());
    g.writeStringField("javaMethod", op.javaMethod());
    g.writeStringField("client", op.client());
    g.writeStringField("requestType", op.requestType());
    g.writeStringField("responseType", op.responseType());
    strings(g, "errorTypes", op.errorTypes());
    g.writeArrayFieldStart("examples");
    for (ReportEntries.Example e : op.examples()) {
      g.writeStartObject();
      g.writeStringField("name", e.name());
      g.writeNumberField("status", e.status());
      g.writeStringField("bodyType", e.bodyType());
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "warnings", op.warnings());
    g.writeStringField("snippet", op.snippet());
    g.writeEndObject();
  }

  private static void type(JsonGenerator g, Type t) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", t.key());
    g.writeStringField("canonical", t.canonical());
    g.writeStringField("kind", t.kind());
    g.writeArrayFieldStart("occurrences");
    for (ReportEntries.Occurrence o : t.occurrences()) {
      g.writeStartObject();
      g.writeStringField("operation", o.operation());
      g.writeStringField("role", o.role());
      g.writeStringField("path", o.path());
      g.writeStringField("address", o.address());
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "provenance", t.provenance());
    g.writeArrayFieldStart("fields");
    for (Field f : t.fields()) {
      field(g, f);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("constants");
    for (ReportEntries.Constant c : t.constants()) {
      g.writeStartObject();
      g.writeStringField("javaName", c.javaName());
      g.writeStringField("wireValue", c.wireValue());
      g.writeNumberField("seen", c.seen());
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "warnings", t.warnings());
    strings(g, "snippets", t.snippets());
    g.writeEndObject();
  }

  private static void field(JsonGenerator g, Field f) throws IOException {
    g.writeStartObject();
    g.writeStringField("javaName", f.javaName());
    g.writeStringField("jsonName", f.jsonName());
    g.writeStringField("type", f.type());
    g.writeBooleanField("required", f.required());
    g.writeBooleanField("nullable", f.nullable());
    g.writeStringField("address", f.address());
    PositionEvidence e = f.evidence();
    if (e == null) {
      g.writeNullField("evidence");
    } else {
      g.writeObjectFieldStart("evidence");
      g.writeNumberField("seen", e.seen());
      g.writeNumberField("nulls", e.nulls());
      g.writeNumberField("present", e.present());
      g.writeNumberField("parentObjects", e.parentObjects());
      counts(g, "kinds", e.kinds());
      counts(g, "values", e.values());
      g.writeBooleanField("moreValues", e.moreValues());
      g.writeEndObject();
    }
    strings(g, "reasons", f.reasons());
    strings(g, "overridden", f.overridden());
    strings(g, "snippets", f.snippets());
    g.writeEndObject();
  }

  private static void counts(JsonGenerator g, String name, Map<String, Integer> m)
      throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
