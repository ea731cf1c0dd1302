package io.github.postman2java;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.postman2java.codegen.JacksonDialect;
import io.github.postman2java.codegen.TypeNames;
import io.github.postman2java.naming.ClientGroup;
import io.github.postman2java.naming.NamedModel;
import io.github.postman2java.naming.OperationDecl;
import io.github.postman2java.naming.TypeRef;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import io.github.postman2java.secrets.Redacted;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds the manifest: for each operation, its place in the collection and the generated
 * method and types, with types in Jackson's canonical form ({@code java.util.List<a.b.C>},
 * nested classes with {@code $}), so tools can deserialize examples without parsing Java.
 * Written with Jackson's streaming generator: no JSON tree outside the reading stages.
 */
final class Manifest {
  private static final JsonFactory JSON = new JsonFactory();

  private Manifest() {}

  static String render(NamedModel model, JacksonDialect jackson) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      write(g, model, jackson);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void write(JsonGenerator g, NamedModel model, JacksonDialect jackson)
      throws IOException {
    TypeNames types = new TypeNames(model, jackson);
    g.writeStartObject();
    g.writeStringField("collection", model.collectionFile());
    g.writeStringField("package", model.basePackage());
    g.writeStringField("client", model.basePackage() + "." + model.clientClass());
    if (model.hasErrorCodes()) {
      g.writeStringField("errorCodeEnum", model.basePackage() + "." + model.errorCodeEnum());
    } else {
      g.writeNullField("errorCodeEnum"); // no error example carries a code: no enum
    }
    g.writeArrayFieldStart("operations");
    Deque<ClientGroup> work = new ArrayDeque<>();
    work.add(model.root());
    while (!work.isEmpty()) {
      ClientGroup group = work.poll();
      for (OperationDecl op : group.operations()) {
        g.writeStartObject();
        g.writeStringField("pointer", op.pointer());
        g.writeStringField("name", Redacted.display(op.itemName()));
        g.writeArrayFieldStart("folders");
        for (String f : op.folders()) {
          g.writeString(Redacted.display(f));
        }
        g.writeEndArray();
        g.writeStringField("httpMethod", op.httpMethod());
        g.writeStringField("url", Redacted.display(op.rawUrl()));
        g.writeStringField("clientClass",
            model.clientPackage(group.className()) + "." + group.className());
        g.writeStringField("javaMethod", op.javaMethod());
        g.writeStringField("requestBodyType", canonical(types, op.requestType()));
        if (op.requestTemplate()) {
          // The collection's request body is a template (placeholders where the type has none).
          g.writeBooleanField("requestBodyTemplate", true);
        }
        g.writeStringField("responseBodyType", canonical(types, op.successType()));
        g.writeArrayFieldStart("examples");
        for (OperationDecl.ExampleRef ex : op.examples()) {
          g.writeStartObject();
          g.writeStringField("pointer", ex.pointer());
          g.writeStringField("name", Redacted.display(ex.name()));
          g.writeNumberField("status", ex.status());
          g.writeStringField("bodyType", canonical(types, ex.bodyType()));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      work.addAll(group.children());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static String canonical(TypeNames types, TypeRef ref) {
    return ref == null ? null : types.canonical(ref);
  }
}
