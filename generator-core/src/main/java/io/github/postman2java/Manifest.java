package io.github.postman2java;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postman2java.codegen.TypeNames;
import io.github.postman2java.naming.ClientGroup;
import io.github.postman2java.naming.NamedModel;
import io.github.postman2java.naming.OperationDecl;
import io.github.postman2java.naming.TypeRef;
import io.github.postman2java.secrets.Redacted;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds the manifest: for each operation, its place in the collection and the generated
 * method and types, with types in Jackson's canonical form ({@code java.util.List<a.b.C>},
 * nested classes with {@code $}), so tools can deserialize examples without parsing Java.
 */
final class Manifest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Manifest() {}

  static String render(NamedModel model) {
    TypeNames types = new TypeNames(model.modelPackage());
    ObjectNode root = MAPPER.createObjectNode();
    root.put("collection", model.collectionFile());
    root.put("package", model.basePackage());
    root.put("client", model.basePackage() + "." + model.clientClass());
    root.put("errorCodeEnum", model.basePackage() + "." + model.errorCodeEnum());
    ArrayNode operations = root.putArray("operations");
    Deque<ClientGroup> work = new ArrayDeque<>();
    work.add(model.root());
    while (!work.isEmpty()) {
      ClientGroup group = work.poll();
      for (OperationDecl op : group.operations()) {
        ObjectNode o = operations.addObject();
        o.put("pointer", op.pointer());
        o.put("name", Redacted.display(op.itemName()));
        ArrayNode folders = o.putArray("folders");
        op.folders().forEach(f -> folders.add(Redacted.display(f)));
        o.put("httpMethod", op.httpMethod());
        o.put("url", Redacted.display(op.rawUrl()));
        o.put("clientClass", model.basePackage() + "." + group.className());
        o.put("javaMethod", op.javaMethod());
        o.put("requestBodyType", canonical(types, op.requestType()));
        o.put("responseBodyType", canonical(types, op.successType()));
        ArrayNode examples = o.putArray("examples");
        for (OperationDecl.ExampleRef ex : op.examples()) {
          ObjectNode e = examples.addObject();
          e.put("pointer", ex.pointer());
          e.put("name", Redacted.display(ex.name()));
          e.put("status", ex.status());
          e.put("bodyType", canonical(types, ex.bodyType()));
        }
      }
      work.addAll(group.children());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String canonical(TypeNames types, TypeRef ref) {
    return ref == null ? null : types.canonical(ref);
  }
}
