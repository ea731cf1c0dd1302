package io.github.postman2java.overrides;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.diag.SourceLocation;
import io.github.postman2java.json.LocatedJson;
import io.github.postman2java.json.LocatedJsonReader;
import io.github.postman2java.overrides.Overrides.ErrorCodeRule;
import io.github.postman2java.overrides.Overrides.FieldRule;
import io.github.postman2java.overrides.Overrides.FolderRule;
import io.github.postman2java.overrides.Overrides.OperationRule;
import io.github.postman2java.overrides.Overrides.TypeRule;
import io.github.postman2java.overrides.Overrides.TypeSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the overrides file with positions ({@link LocatedJsonReader}), so every problem is a
 * coded diagnostic at {@code file:line:col} of the key at fault: a syntax error (P2J002), an
 * unknown key or a value of the wrong kind (P2J060, with "did you mean"), two rules for one
 * address (P2J062). Addresses are only parsed here; whether they match is decided by the stages
 * that apply them. The file's schema ships as {@code postman2java-overrides.schema.json}.
 */
public final class OverridesReader {
  /** The JSON Schema of the file, a resource beside this class. */
  public static final String SCHEMA_RESOURCE = "postman2java-overrides.schema.json";

  static final Set<String> TOP = Set.of("$schema", "types", "fields", "operations", "folders",
      "sameTypes", "distinctTypes", "errorCode");
  static final Set<String> TYPE_KEYS = Set.of("name", "constants");
  static final Set<String> FIELD_KEYS =
      Set.of("name", "type", "enum", "required", "nullable", "constants");
  static final Set<String> OPERATION_KEYS = Set.of("method", "exclude");
  static final Set<String> FOLDER_KEYS = Set.of("client", "package", "exclude");

  private final LocatedJson json;
  private final Diagnostics diagnostics;
  private final Map<String, SourceLocation> addresses = new HashMap<>();

  private OverridesReader(LocatedJson json, Diagnostics diagnostics) {
    this.json = json;
    this.diagnostics = diagnostics;
  }

  /** Reads {@code file}; on any error reports it and returns {@link Overrides#NONE}. */
  public static Overrides read(Path file, Diagnostics diagnostics) {
    String name = file.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      diagnostics.error(DiagnosticCode.P2J001_UNREADABLE_FILE, SourceLocation.ofFile(name),
          "cannot read the overrides file");
      return Overrides.NONE;
    }
    return read(name, bytes, diagnostics);
  }

  /** Reads overrides from {@code bytes}, {@code name} being the file's display name. */
  public static Overrides read(String name, byte[] bytes, Diagnostics diagnostics) {
    LocatedJson json = LocatedJsonReader.read(name, bytes, diagnostics, true);
    if (json == null) {
      return Overrides.NONE;
    }
    return new OverridesReader(json, diagnostics).document(name);
  }

  private Overrides document(String name) {
    JsonNode root = json.root();
    if (!root.isObject()) {
      invalid(json.at(root, ""), "the overrides file must be a JSON object");
      return Overrides.NONE;
    }
    checkKeys(root, "", TOP);
    List<TypeRule> types = new ArrayList<>();
    List<FieldRule> fields = new ArrayList<>();
    List<OperationRule> operations = new ArrayList<>();
    List<FolderRule> folders = new ArrayList<>();
    entries(root, "types", TYPE_KEYS, (key, value, at) -> {
      TypeAddress type = typeAddress(key, at);
      if (type != null && unique("type " + type, at)) {
        types.add(new TypeRule(type, identifier(value, "name", at, false),
            constants(value, at), at));
      }
    });
    entries(root, "fields", FIELD_KEYS, (key, value, at) -> {
      MemberAddress member = member(key, at);
      if (member != null && unique("field " + member, at)) {
        fields.add(new FieldRule(member, identifier(value, "name", at, false),
            type(value, at), enumSetting(value, at), bool(value, "required", at),
            bool(value, "nullable", at), constants(value, at), at));
      }
    });
    entries(root, "operations", OPERATION_KEYS, (key, value, at) -> {
      OperationAddress op = OperationAddress.parse(key);
      if (op == null) {
        invalid(at, "the request address is empty");
      } else if (unique("operation " + op, at)) {
        operations.add(new OperationRule(op, identifier(value, "method", at, false),
            bool(value, "exclude", at), at));
      }
    });
    entries(root, "folders", FOLDER_KEYS, (key, value, at) -> {
      List<String> folder = key.isBlank() ? List.of() : OperationAddress.splitPath(key);
      if (unique("folder " + OperationAddress.render(folder), at)) {
        folders.add(new FolderRule(folder, identifier(value, "client", at, false),
            subPackage(value, at), bool(value, "exclude", at), at));
      }
    });
    return new Overrides(name, types, fields, operations, folders, typeSets(root, "sameTypes"),
        typeSets(root, "distinctTypes"), errorCode(root));
  }

  /** Receives one {@code "address": {...}} entry of a section. */
  private interface Entry {
    void accept(String key, JsonNode value, SourceLocation at);
  }

  private void entries(JsonNode root, String section, Set<String> keys, Entry entry) {
    JsonNode node = root.get(section);
    if (node == null) {
      return;
    }
    if (!node.isObject()) {
      invalid(json.fieldAt(root, section, "/" + section),
          "\"" + section + "\" must be an object of \"address\": {...} entries");
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String pointer = "/" + section + "/" + escape(e.getKey());
      SourceLocation at = json.fieldAt(node, e.getKey(), pointer);
      if (!e.getValue().isObject()) {
        invalid(at, "the value of an entry in \"" + section + "\" must be an object");
        continue;
      }
      checkKeys(e.getValue(), pointer, keys);
      entry.accept(e.getKey(), e.getValue(), at);
    }
  }

  private void checkKeys(JsonNode object, String pointer, Set<String> allowed) {
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        invalid(json.fieldAt(object, key, pointer + "/" + escape(key)), "unknown key \""
            + key + "\"" + Suggest.didYouMean(key, allowed) + " (allowed: "
            + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    }
  }

  private boolean unique(String canonical, SourceLocation at) {
    SourceLocation first = addresses.putIfAbsent(canonical, at);
    if (first != null) {
      diagnostics.error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT, at,
          "a second rule for the same " + canonical.substring(0, canonical.indexOf(' '))
              + " (the first is at " + first.render() + "); merge them into one entry");
      return false;
    }
    return true;
  }

  private MemberAddress member(String key, SourceLocation at) {
    try {
      return MemberAddress.parse(key);
    } catch (MemberAddress.SyntaxException e) {
      invalid(at, "bad body member address: " + e.getMessage());
      return null;
    }
  }

  private TypeAddress typeAddress(String key, SourceLocation at) {
    if (TypeExpr.Holder.NAME.matcher(key).matches()) {
      return new TypeAddress(null, key);
    }
    MemberAddress m = member(key, at);
    return m == null ? null : new TypeAddress(m, null);
  }

  private TypeExpr type(JsonNode value, SourceLocation at) {
    String text = string(value, "type", at);
    if (text == null) {
      return null;
    }
    try {
      return TypeExpr.parse(text);
    } catch (TypeExpr.SyntaxException e) {
      diagnostics.error(DiagnosticCode.P2J063_OVERRIDE_UNKNOWN_TYPE, at, e.getMessage()
          + Suggest.didYouMean(text, TypeExpr.JDK.keySet()));
      return null;
    }
  }

  private Overrides.EnumSetting enumSetting(JsonNode value, SourceLocation at) {
    JsonNode e = value.get("enum");
    if (e == null) {
      return null;
    }
    if (e.isBoolean()) {
      return new Overrides.EnumSetting(e.booleanValue(), List.of());
    }
    if (e.isArray() && !e.isEmpty()) {
      List<String> values = new ArrayList<>();
      for (JsonNode v : e) {
        if (!v.isTextual()) {
          invalid(at, "\"enum\" lists the wire values as strings");
          return null;
        }
        values.add(v.textValue());
      }
      return new Overrides.EnumSetting(true, values);
    }
    invalid(at, "\"enum\" is false (no enum), true, or a non-empty list of wire values");
    return null;
  }

  private Map<String, String> constants(JsonNode value, SourceLocation at) {
    JsonNode c = value.get("constants");
    if (c == null) {
      return Map.of();
    }
    if (!c.isObject()) {
      invalid(at, "\"constants\" maps wire values to Java constant names");
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    c.fields().forEachRemaining(e -> {
      if (e.getValue().isTextual() && JavaWords.isIdentifier(e.getValue().textValue())) {
        out.put(e.getKey(), e.getValue().textValue());
      } else {
        invalid(at, "the constant for one wire value is not a Java identifier");
      }
    });
    return out;
  }

  private String subPackage(JsonNode value, SourceLocation at) {
    String p = string(value, "package", at);
    if (p != null && !JavaWords.isPackage(p)) {
      invalid(at, "\"package\" must be a Java package name such as \"leads\" or"
          + " \"crm.leads\"");
      return null;
    }
    return p;
  }

  private String identifier(JsonNode value, String key, SourceLocation at, boolean optional) {
    String name = string(value, key, at);
    if (name != null && !JavaWords.isIdentifier(name)) {
      invalid(at, "\"" + key + "\" must be a Java identifier");
      return null;
    }
    return name;
  }

  private String string(JsonNode value, String key, SourceLocation at) {
    JsonNode v = value.get(key);
    if (v == null) {
      return null;
    }
    if (!v.isTextual() || v.textValue().isBlank()) {
      invalid(at, "\"" + key + "\" must be a non-empty string");
      return null;
    }
    return v.textValue();
  }

  private Boolean bool(JsonNode value, String key, SourceLocation at) {
    JsonNode v = value.get(key);
    if (v == null) {
      return null;
    }
    if (!v.isBoolean()) {
      invalid(at, "\"" + key + "\" must be true or false");
      return null;
    }
    return v.booleanValue();
  }

  private List<TypeSet> typeSets(JsonNode root, String section) {
    JsonNode node = root.get(section);
    List<TypeSet> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    SourceLocation sectionAt = json.fieldAt(root, section, "/" + section);
    if (!node.isArray()) {
      invalid(sectionAt, "\"" + section + "\" is a list of lists of type addresses");
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode set = node.get(i);
      SourceLocation at = json.at(set, "/" + section + "/" + i);
      if (at.line() == 0) {
        at = sectionAt;
      }
      if (!set.isArray() || set.size() < 2) {
        invalid(at, "each entry of \"" + section + "\" lists two or more type addresses");
        continue;
      }
      List<TypeAddress> types = new ArrayList<>();
      for (JsonNode t : set) {
        TypeAddress a = t.isTextual() ? typeAddress(t.textValue(), at) : null;
        if (a == null && !t.isTextual()) {
          invalid(at, "a type address is a string");
        }
        if (a != null) {
          types.add(a);
        }
      }
      if (types.size() == set.size()) {
        out.add(new TypeSet(types, at));
      }
    }
    return out;
  }

  private ErrorCodeRule errorCode(JsonNode root) {
    JsonNode node = root.get("errorCode");
    if (node == null) {
      return null;
    }
    SourceLocation at = json.fieldAt(root, "errorCode", "/errorCode");
    if (!node.isTextual() || node.textValue().isBlank()) {
      invalid(at, "\"errorCode\" is the name of the body member holding the error code");
      return null;
    }
    return new ErrorCodeRule(node.textValue(), at);
  }

  private void invalid(SourceLocation at, String message) {
    diagnostics.error(DiagnosticCode.P2J060_OVERRIDES_INVALID, at, message);
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
