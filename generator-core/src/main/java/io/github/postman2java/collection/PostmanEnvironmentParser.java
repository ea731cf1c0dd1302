package io.github.postman2java.collection;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.diag.SourceLocation;
import io.github.postman2java.json.LocatedJson;
import io.github.postman2java.json.LocatedJsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Postman environment or globals export (v2.1: {@code {"name", "values": [{"key",
 * "value", "type", "enabled"}], "_postman_variable_scope"}}) with positions, so a malformed file
 * is a coded diagnostic at {@code file:line:col}. Values are read as written: the secrets stage
 * decides which of them are credentials (Postman's {@code "type": "secret"} always is).
 */
public final class PostmanEnvironmentParser {
  private PostmanEnvironmentParser() {}

  /** Reads and parses an environment file; returns null when errors were reported. */
  public static PostmanEnvironment parse(Path file, Diagnostics diagnostics) {
    String name = String.valueOf(file.getFileName());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | OutOfMemoryError e) {
      diagnostics.error(DiagnosticCode.P2J001_UNREADABLE_FILE, SourceLocation.ofFile(name),
          "cannot read the environment file");
      return null;
    }
    return parse(name, bytes, diagnostics);
  }

  /** Parses environment bytes; {@code fileName} is used in locations only. */
  public static PostmanEnvironment parse(String fileName, byte[] bytes, Diagnostics diagnostics) {
    LocatedJson json = LocatedJsonReader.read(fileName, bytes, diagnostics);
    if (json == null) {
      return null;
    }
    JsonNode root = json.root();
    if (root.isArray()) {
      // Postman exports workspace globals as a bare array of values.
      List<PostmanVariable> values = values(json, root, "", diagnostics);
      return values == null ? null : new PostmanEnvironment(fileName, "", true, values);
    }
    if (!root.isObject()) {
      diagnostics.error(DiagnosticCode.P2J009_INVALID_ENVIRONMENT, json.at(root, ""),
          "not a Postman environment: the file must hold a JSON object with a \"values\" array"
              + " (or, for globals, an array of values)");
      return null;
    }
    JsonNode values = root.get("values");
    if (values == null || !values.isArray()) {
      String what = root.has("info") && root.has("item")
          ? "this is a collection, not an environment" : "\"values\" must be an array";
      diagnostics.error(DiagnosticCode.P2J009_INVALID_ENVIRONMENT,
          json.at(values != null && values.isContainerNode() ? values : root,
              values == null ? "" : "/values"),
          "not a Postman environment: " + what);
      return null;
    }
    List<PostmanVariable> out = values(json, values, "/values", diagnostics);
    if (out == null) {
      return null;
    }
    boolean globals = "globals".equals(Nodes.text(root, "_postman_variable_scope"));
    return new PostmanEnvironment(fileName, Nodes.text(root, "name"), globals, out);
  }

  /** Reads the values of {@code values} (at {@code pointer}); null when one is malformed. */
  private static List<PostmanVariable> values(LocatedJson json, JsonNode values, String pointer,
      Diagnostics diagnostics) {
    List<PostmanVariable> out = new ArrayList<>();
    boolean bad = false;
    int index = 0;
    for (JsonNode v : values) {
      String at = pointer + "/" + index++;
      if (!v.isObject() || !v.has("key") || !v.get("key").isTextual()) {
        diagnostics.error(DiagnosticCode.P2J009_INVALID_ENVIRONMENT,
            json.at(v.isContainerNode() ? v : values, at),
            "an environment value must be an object with a string \"key\"");
        bad = true;
        continue;
      }
      JsonNode value = v.get("value");
      JsonNode enabled = v.get("enabled");
      out.add(new PostmanVariable(v.get("key").asText(),
          value == null || value.isNull() ? "" : value.isContainerNode() ? value.toString()
              : value.asText(),
          Nodes.text(v, "type"),
          enabled != null && enabled.isBoolean() && !enabled.asBoolean(),
          null, json.at(v, at)));
    }
    return bad ? null : out;
  }
}
