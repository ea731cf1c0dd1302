package io.github.postman2java.naming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a request must not rename any type or method generated for the others: users' code
 * compiles against those names.
 */
class StabilityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path LEADS =
      Path.of("..", "sample-collections", "zoho-crm-leads.postman_collection.json");

  @TempDir Path temp;

  @Test
  void appendingACopyOfARequestRenamesNothing() throws IOException {
    // The copy has the same name and shapes: the worst case for sharing and collisions.
    assertNothingRenamed(LEADS, root -> {
      ArrayNode folder = (ArrayNode) root.at("/item/0/item");
      folder.add(folder.get(0).deepCopy());
    });
  }

  @Test
  void appendingANewRequestAtTheRootRenamesNothing() throws IOException {
    assertNothingRenamed(LEADS, root -> {
      ObjectNode item = (ObjectNode) root.at("/item/0/item/0").deepCopy();
      item.put("name", "Data");
      ((ObjectNode) item.get("request")).put("method", "PUT");
      ((ArrayNode) root.get("item")).add(item);
    });
  }

  @Test
  void appendingToARealCollectionRenamesNothing() throws IOException {
    Path zoho = SharedCorpus.require("docusign-notary.postman_collection.json");
    assertNothingRenamed(zoho, root -> {
      ArrayNode items = (ArrayNode) root.get("item");
      ArrayNode folder = (ArrayNode) items.get(0).get("item");
      folder.add(folder.get(0).deepCopy());
      items.add(folder.get(folder.size() - 2).deepCopy());
    });
  }

  interface Edit {
    void apply(ObjectNode root);
  }

  private void assertNothingRenamed(Path collection, Edit edit) throws IOException {
    GenerationResult before = CodegenRun.generate(collection, "com.example.stable");
    ObjectNode root = (ObjectNode) JSON.readTree(collection.toFile());
    edit.apply(root);
    Path changed = Files.createDirectories(temp.resolve("changed"))
        .resolve(collection.getFileName());
    JSON.writeValue(changed.toFile(), root);
    GenerationResult after = CodegenRun.generate(changed, "com.example.stable");

    assertThat(paths(after)).as("files after adding a request").containsAll(paths(before));
    Map<String, JsonNode> afterOps = operations(after);
    for (Map.Entry<String, JsonNode> op : operations(before).entrySet()) {
      JsonNode then = op.getValue();
      JsonNode now = afterOps.get(op.getKey());
      assertThat(now).as("operation %s still generated", op.getKey()).isNotNull();
      for (String field : List.of("clientClass", "javaMethod", "requestBodyType",
          "responseBodyType")) {
        assertThat(now.get(field)).as("%s of %s", field, op.getKey()).isEqualTo(then.get(field));
      }
    }
    for (GeneratedFile f : before.files()) {
      String nested = nestedTypeNames(f.content());
      String nestedAfter = after.files().stream()
          .filter(a -> a.relativePath().equals(f.relativePath()))
          .map(a -> nestedTypeNames(a.content())).findFirst().orElse("");
      assertThat(nestedAfter).as("nested types of %s", f.relativePath()).contains(nested);
    }
  }

  private static List<String> paths(GenerationResult r) {
    return r.files().stream().map(GeneratedFile::relativePath).toList();
  }

  private static Map<String, JsonNode> operations(GenerationResult r) throws IOException {
    Map<String, JsonNode> out = new HashMap<>();
    for (JsonNode op : JSON.readTree(r.manifestJson()).get("operations")) {
      out.put(op.get("pointer").asText(), op);
    }
    return out;
  }

  /** The declared nested record and enum names of a file, in order, as one string. */
  private static String nestedTypeNames(String source) {
    List<String> names = new ArrayList<>();
    for (String line : source.lines().toList()) {
      String t = line.strip();
      if (line.startsWith("  public record ") || line.startsWith("  public enum ")) {
        names.add(t.split("[ (<{]")[2]);
      }
    }
    return String.join(",", names);
  }
}
