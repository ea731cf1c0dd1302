package io.github.postman2java.robustness;

import static io.github.postman2java.robustness.Robust.collection;
import static io.github.postman2java.robustness.Robust.example;
import static io.github.postman2java.robustness.Robust.get;
import static io.github.postman2java.robustness.Robust.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any JSON document generates and compiles: each document is the example response (and, for
 * objects, the request body) of a one-request collection, generated into its own package, and
 * every package is compiled in one javac run with {@code -Xlint:all -Werror}. The documents are
 * hostile on purpose (deep and recursive nesting, wide objects, mixed arrays, keys that differ
 * only by case or punctuation, empty, unicode and reserved keys, members named after the types
 * generated files use), approximating a public set of real documents nobody here has seen.
 */
class RobustHostileDocumentsTest {
  /** Members that would shadow a type a generated file uses if a nested type took their name. */
  static final List<String> SHADOWING = List.of("list", "map", "optional", "string", "object",
      "integer", "long", "boolean", "override", "class", "record", "set", "objects", "jsonNode",
      "json_property", "JsonCreator", "jsonValue", "jsonInclude", "offsetDateTime", "localDate",
      "bigDecimal", "apiException", "apiResponse", "builder", "enum", "double", "number", "void");

  @TempDir Path tmp;

  @Test
  @DisplayName("members named list, map, optional, string, object... never shadow a used type")
  void membersNamedAfterUsedTypes() {
    StringBuilder body = new StringBuilder("{");
    for (String name : SHADOWING) {
      // An object (a nested type named after the member), a list of them, and a scalar list.
      body.append('"').append(name).append("\": {\"id\": 1, \"tags\": [\"a\"], \"when\":")
          .append(" \"2024-01-07T10:00:00Z\", \"items\": [{\"n\": 1}]},")
          .append('"').append(name).append("s\": [{\"x\": 1.5, \"at\": \"2024-01-07\"}],");
    }
    body.append("\"list_of_lists\": [[1, 2]], \"plain\": {\"list\": [{\"v\": 1}],"
        + " \"map\": {\"a\": {\"v\": 2}}}}");
    compileAll(List.of(body.toString()));
  }

  @Test
  @DisplayName("a recursive document 23 levels deep generates quickly")
  void deepRecursiveDocument() {
    List<String> docs = new ArrayList<>();
    for (int variant = 0; variant < 4; variant++) {
      docs.add(tree(23, variant));
    }
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> compileAll(docs));
  }

  @Test
  @DisplayName("50 hostile documents generate and compile")
  void manyHostileDocuments() {
    Random random = new Random(20261201L);
    List<String> docs = new ArrayList<>(fixedDocuments());
    while (docs.size() < 50) {
      docs.add(HostileJson.document(random));
    }
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(600), () -> compileAll(docs));
  }

  static List<String> fixedDocuments() {
    return List.of(
        "{\"id\": 1, \"ID\": \"a\", \"Id\": true, \"iD\": null}",
        "{\"\": 1, \" \": 2, \"-\": 3, \"_\": 4, \"$\": 5, \"__\": {\"\": {\"\": []}}}",
        "{\"foo_bar\": 1, \"fooBar\": \"x\", \"foo-bar\": true, \"FOO_BAR\": 2.5, \"foo bar\": null}",
        "{\"名前\": \"x\", \"ключ\": 1, \"clé\": {\"café\": true}, \"😀\": [1], \"ß\": \"s\"}",
        "{\"1\": 1, \"2abc\": {\"3\": [true]}, \"-1\": null, \"0x1F\": \"h\"}",
        "[[[[[]]]], [[]], []]",
        "[1, \"a\", true, null, {\"a\": 1}, [1]]",
        "[{\"a\": 1}, {\"a\": \"x\"}, {\"a\": [1]}, {\"a\": {\"b\": 1}}, {\"b\": null}]",
        "{\"class\": {\"class\": {\"class\": 1}}, \"record\": [{\"record\": []}]}",
        "{\"value\": 1, \"values\": [1], \"toString\": \"s\", \"hashCode\": 2, \"equals\": true,"
            + " \"getClass\": 3, \"builder\": {\"build\": 1}, \"fromValue\": \"v\"}",
        "{\"a\": 9223372036854775808, \"b\": 1e400, \"c\": -0, \"d\": 0.1000000000000000000001}",
        "{\"status\": \"UNKNOWN\", \"kind\": \"_\", \"type\": \"\", \"mode\": \"1st\"}",
        "{\"data\": {\"data\": {\"data\": {\"data\": {\"data\": {\"data\": \"deep\"}}}}}}",
        "{\"Tree\": {\"tree\": {\"TREE\": {\"node\": {\"Node\": 1}}}}}",
        "{\"items\": [{\"items\": [{\"items\": []}]}], \"total\": 1}",
        "{\"count\": 2, \"next\": null, \"previous\": null, \"results\": [{\"id\": 1,"
            + " \"results\": [{\"id\": 2}]}]}");
  }

  /** A tree of {@code depth} levels of {@code children}, in a few shapes that do not fold. */
  static String tree(int depth, int variant) {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (int level = 0; level < depth; level++) {
      open.append("{\"name\": \"n").append(level).append('"');
      switch (variant) {
        case 0 -> open.append(", \"id\": ").append(level);
        case 1 -> open.append(level % 2 == 0 ? ", \"extra" + level + "\": true" : "");
        case 2 -> open.append(", \"meta\": {\"level\": ").append(level).append('}');
        default -> open.append(", \"first\": {\"name\": \"f\", \"children\": []}");
      }
      open.append(", \"children\": [");
      close.append("]}");
    }
    return open + (variant == 1 ? "{\"name\": \"leaf\", \"children\": \"none\"}"
        : "{\"name\": \"leaf\", \"children\": []}") + close;
  }

  /** Generates every document in its own package, then compiles all packages at once. */
  private void compileAll(List<String> docs) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      String doc = docs.get(i);
      var items = new ArrayList<com.fasterxml.jackson.databind.JsonNode>();
      items.add(get("Get doc", "https://api.example.com/docs/" + i,
          example("ok", 200, doc)));
      if (doc.startsWith("{")) {
        items.add(request("Send doc", "POST", "https://api.example.com/docs", doc,
            example("created", 201, doc)));
      }
      byte[] bytes = collection("Doc " + i,
          items.toArray(com.fasterxml.jackson.databind.JsonNode[]::new)).toString()
          .getBytes(StandardCharsets.UTF_8);
      Path file = Robust.write(tmp.resolve("d" + i), "c.postman_collection.json", bytes);
      GenerationResult result = Robust.run(GeneratorOptions.builder(file, "com.acme.d" + i)
          .build()).success();
      result.files().forEach(f -> sources.add(JavaFileObjects.forSourceString(
          f.relativePath().replace('/', '.').replaceAll("\\.java$", ""), f.content())));
    }
    Compilation c = Robust.javac().compile(sources);
    if (c.status() != Compilation.Status.SUCCESS || !c.warnings().isEmpty()) {
      StringBuilder msg = new StringBuilder("generated code does not compile cleanly:\n");
      c.diagnostics().stream().limit(20).forEach(d -> msg.append(d).append('\n'));
      fail(msg.toString());
    }
    assertThat(sources).isNotEmpty();
  }
}
