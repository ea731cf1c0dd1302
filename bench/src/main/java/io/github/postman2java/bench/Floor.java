package io.github.postman2java.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * The floor a generator cannot beat: JVM start, a Jackson parse of the collection, and a Jackson
 * parse of every request body and saved example body. No inference, no code, no output.
 *
 * <p>Usage: {@code Floor <collection.json>}.
 */
public final class Floor {
  private Floor() {}

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode root = mapper.readTree(Path.of(args[0]).toFile());
    int bodies = 0;
    int json = 0;
    Deque<JsonNode> work = new ArrayDeque<>();
    work.push(root);
    while (!work.isEmpty()) {
      JsonNode node = work.pop();
      if (node.isObject()) {
        for (var it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          JsonNode v = e.getValue();
          if (v.isTextual() && (e.getKey().equals("raw") || e.getKey().equals("body"))) {
            String text = v.asText().strip();
            if (text.startsWith("{") || text.startsWith("[")) {
              bodies++;
              try {
                mapper.readTree(text);
                json++;
              } catch (JsonProcessingException ignored) {
                // not JSON (or a {{placeholder}} in a value): counted, not typed
              }
            }
          } else if (v.isContainerNode()) {
            work.push(v);
          }
        }
      } else if (node.isArray()) {
        node.forEach(work::push);
      }
    }
    System.out.println("floor: " + bodies + " bodies, " + json + " parsed as JSON");
  }
}
