package io.github.postman2java.collection;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.collection.PostmanCollection.SchemaVersion;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.diag.SourceLocation;
import io.github.postman2java.json.LocatedJson;
import io.github.postman2java.json.LocatedJsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parse stage: collection file → {@link PostmanCollection}.
 *
 * <ol>
 *   <li>Read JSON with positions ({@link LocatedJsonReader}); a BOM is skipped.
 *   <li>Recognise the format: v2.0 / v2.1 by {@code info.schema}; v1 ({@code requests[]}) and
 *       other versions are refused with a coded error naming what was found.
 *   <li>Walk folders iteratively (any depth) into immutable records; unknown fields are ignored.
 * </ol>
 */
public final class PostmanCollectionParser {
  private static final String SUPPORTED = "supported: Postman collection format v2.0.0 and v2.1.0";

  private PostmanCollectionParser() {}

  /** Reads and parses a collection file; returns null when errors were reported. */
  public static PostmanCollection parse(Path file, Diagnostics diagnostics) {
    String name = String.valueOf(file.getFileName());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | OutOfMemoryError e) {
      diagnostics.error(
          DiagnosticCode.P2J001_UNREADABLE_FILE, SourceLocation.ofFile(name), "cannot read file");
      return null;
    }
    return parse(name, bytes, diagnostics);
  }

  /** Parses collection bytes; {@code fileName} is used in locations only. */
  public static PostmanCollection parse(String fileName, byte[] bytes, Diagnostics diagnostics) {
    LocatedJson json = LocatedJsonReader.read(fileName, bytes, diagnostics);
    if (json == null) {
      return null;
    }
    JsonNode root = json.root();
    SourceLocation rootAt = json.at(root, "");
    if (!root.isObject()) {
      diagnostics.error(
          DiagnosticCode.P2J003_NOT_A_COLLECTION,
          rootAt,
          "found a JSON " + root.getNodeType().name().toLowerCase(Locale.ROOT)
              + ", not a collection object; " + SUPPORTED);
      return null;
    }
    SchemaVersion version = version(root, rootAt, diagnostics);
    if (version == null) {
      return null;
    }
    JsonNode info = root.get("info");
    String name = Nodes.text(info, "name");
    JsonNode items = itemsOf(root, "", json, diagnostics);
    RequestReader requests = new RequestReader(json, diagnostics);
    return new PostmanCollection(
        fileName,
        version,
        name == null ? "" : name,
        info == null ? null : Nodes.description(info.get("description")),
        readItems(items, itemsPointer(root, ""), json, requests, diagnostics),
        requests.auth(root.get("auth")),
        requests.variables(root.get("variable")),
        events(root.get("event")),
        rootAt);
  }

  /** The version segment of a schema URL, e.g. {@code /v2.1.0/}; bounded so it never echoes input. */
  private static final Pattern SCHEMA_VERSION =
      Pattern.compile("/v(\\d{1,3}(?:\\.\\d{1,3}){0,3})(?:/|$)");

  private static SchemaVersion version(JsonNode root, SourceLocation at, Diagnostics d) {
    JsonNode info = root.get("info");
    String schema = Nodes.text(info, "schema");
    boolean hasItems = root.has("item") || root.has("items");
    Matcher m = schema == null ? null : SCHEMA_VERSION.matcher(schema);
    String found = m != null && m.find() ? m.group(1) : null;
    if (found != null && (found.equals("2.1") || found.startsWith("2.1."))) {
      return SchemaVersion.V2_1;
    }
    if (found != null && (found.equals("2.0") || found.startsWith("2.0."))) {
      return SchemaVersion.V2_0;
    }
    if (found != null && (found.equals("1") || found.startsWith("1.")) || root.has("requests")) {
      d.error(DiagnosticCode.P2J004_UNSUPPORTED_V1, at,
          "found a Postman collection in format v1; " + SUPPORTED
              + " (re-export it from Postman, or convert it with postman-collection-transformer)");
      return null;
    }
    if (found != null) {
      d.error(DiagnosticCode.P2J005_UNSUPPORTED_SCHEMA, at,
          "found collection schema version v" + found + ", which is not supported; " + SUPPORTED);
      return null;
    }
    if (schema != null && schema.toLowerCase(Locale.ROOT).contains("postman")) {
      d.error(DiagnosticCode.P2J005_UNSUPPORTED_SCHEMA, at,
          "found a collection schema without a known version; " + SUPPORTED);
      return null;
    }
    if (info != null && info.isObject() && hasItems) {
      d.warn(DiagnosticCode.P2J008_NONCONFORMING_EXPORT, at,
          "info.schema is missing or unknown; reading the file as v2.1");
      return SchemaVersion.V2_1;
    }
    d.error(DiagnosticCode.P2J003_NOT_A_COLLECTION, at,
        "found a JSON object without 'info' and 'item', not a Postman collection; " + SUPPORTED);
    return null;
  }

  private static String itemsPointer(JsonNode node, String pointer) {
    return pointer + (node.has("item") || !node.has("items") ? "/item" : "/items");
  }

  private static JsonNode itemsOf(JsonNode node, String pointer, LocatedJson json, Diagnostics d) {
    if (node.has("item")) {
      return node.get("item");
    }
    if (node.has("items")) {
      d.warn(DiagnosticCode.P2J008_NONCONFORMING_EXPORT, json.at(node, pointer),
          "uses 'items' instead of 'item'");
      return node.get("items");
    }
    return null;
  }

  /** One pending item list to read: where to read it and the list to fill. */
  private record Pending(JsonNode array, String pointer, List<PostmanItem> into) {}

  /**
   * Reads an item tree without recursion: folders are built bottom-up after their children, so a
   * work list of pending arrays plus a list of folders to assemble in reverse order suffices.
   */
  private static List<PostmanItem> readItems(
      JsonNode items, String pointer, LocatedJson json, RequestReader requests, Diagnostics d) {
    List<PostmanItem> top = new ArrayList<>();
    Deque<Pending> work = new ArrayDeque<>();
    List<Runnable> assemble = new ArrayList<>();
    work.push(new Pending(items, pointer, top));
    while (!work.isEmpty()) {
      Pending p = work.pop();
      List<JsonNode> elements = Nodes.elements(p.array());
      if (p.array() != null && !p.array().isArray() && !p.array().isNull()) {
        d.warn(DiagnosticCode.P2J007_INVALID_FIELD, json.at(p.array(), p.pointer()),
            "'item' is not an array; ignored");
      }
      for (int i = 0; i < elements.size(); i++) {
        JsonNode node = elements.get(i);
        String ptr = p.pointer() + "/" + i;
        SourceLocation at = json.at(node, ptr);
        if (!node.isObject()) {
          d.warn(DiagnosticCode.P2J007_INVALID_FIELD, at, "an item is not an object; ignored");
          continue;
        }
        String name = Nodes.text(node, "name");
        name = name == null ? "" : name;
        JsonNode children = itemsOf(node, ptr, json, d);
        if (children != null && !node.has("request")) {
          List<PostmanItem> kids = new ArrayList<>();
          int slot = p.into().size();
          p.into().add(null); // replaced once the children are read
          String folderName = name;
          List<PostmanItem> into = p.into();
          assemble.add(() -> into.set(slot, new PostmanFolder(folderName,
              Nodes.description(node.get("description")), kids,
              requests.auth(node.get("auth")), requests.variables(node.get("variable")),
              events(node.get("event")), at)));
          work.push(new Pending(children, itemsPointer(node, ptr), kids));
        } else if (node.has("request")) {
          p.into().add(requests.item(node, name, ptr, at));
        } else {
          d.warn(DiagnosticCode.P2J007_INVALID_FIELD, at,
              "an item has neither 'request' nor 'item'; ignored");
        }
      }
    }
    // Children are complete before their folder is assembled: assemble deepest first.
    for (int i = assemble.size() - 1; i >= 0; i--) {
      assemble.get(i).run();
    }
    return top;
  }

  static List<PostmanEvent> events(JsonNode node) {
    List<PostmanEvent> out = new ArrayList<>();
    for (JsonNode e : Nodes.elements(node)) {
      JsonNode script = e.get("script");
      out.add(new PostmanEvent(Nodes.text(e, "listen"),
          script == null ? List.of() : Nodes.lines(script.get("exec")),
          Nodes.bool(e.get("disabled"))));
    }
    return out;
  }
}
