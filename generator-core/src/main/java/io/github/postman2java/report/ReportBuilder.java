package io.github.postman2java.report;

import io.github.postman2java.codegen.TypeNames;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.infer.EvidenceIndex;
import io.github.postman2java.infer.EvidenceIndex.PositionEvidence;
import io.github.postman2java.naming.ClientGroup;
import io.github.postman2java.naming.FieldDecl;
import io.github.postman2java.naming.NamedModel;
import io.github.postman2java.naming.OperationDecl;
import io.github.postman2java.naming.TypeDecl;
import io.github.postman2java.naming.TypeRef;
import io.github.postman2java.overrides.OperationAddress;
import io.github.postman2java.report.ReportEntries.Constant;
import io.github.postman2java.report.ReportEntries.Example;
import io.github.postman2java.report.ReportEntries.Field;
import io.github.postman2java.report.ReportEntries.Occurrence;
import io.github.postman2java.report.ReportEntries.Operation;
import io.github.postman2java.report.ReportEntries.Type;
import io.github.postman2java.secrets.CredentialNames;
import io.github.postman2java.secrets.Redacted;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the report's entries: walks every body type of every operation down its members,
 * noting where each generated type occurs, and joins the evidence of each occurrence.
 */
final class ReportBuilder {
  private static final int MAX_VALUE_LENGTH = 60;

  private final EvidenceReport.Input in;
  private final NamedModel model;
  private final Redaction secrets = new Redaction();
  private final TypeNames names;
  private final Map<String, TypeDecl> types;
  private final Map<String, TypeDecl> namedTypes;
  /** Type key → its occurrences, in operation order. */
  private final Map<String, List<Occurrence>> occurrences = new LinkedHashMap<>();
  /** Occurrence address → evidence body key and path, to look evidence up. */
  private final Map<Occurrence, String> pointerOf = new LinkedHashMap<>();
  private final ShapeProvenance provenance;
  /** Occurrence address → type key in the model before overrides; built on first use. */
  private Map<String, String> namedKeys;
  /** How many requests share each folder-form address; built on first use. */
  private Map<String, Integer> folderForms;

  ReportBuilder(EvidenceReport.Input in) {
    this.in = in;
    this.model = in.model();
    this.names = new TypeNames(model);
    this.types = byKey(model);
    this.namedTypes = in.named() == null ? types : byKey(in.named());
    this.provenance = new ShapeProvenance(in.inferred(), in.rewritten());
  }

  static Map<String, TypeDecl> byKey(NamedModel m) {
    Map<String, TypeDecl> out = new LinkedHashMap<>();
    for (TypeDecl t : m.modelTypes()) {
      out.put(t.simpleName(), t);
      if (t instanceof TypeDecl.RecordDecl r) {
        r.nested().forEach(n -> out.put(t.simpleName() + "." + n.simpleName(), n));
      }
    }
    return out;
  }

  ReportEntries.Report build() {
    List<Operation> operations = new ArrayList<>();
    Deque<ClientGroup> groups = new ArrayDeque<>(List.of(model.root()));
    while (!groups.isEmpty()) {
      ClientGroup g = groups.poll();
      for (OperationDecl op : g.operations()) {
        operations.add(operation(g, op));
      }
      groups.addAll(g.children());
    }
    List<Type> out = new ArrayList<>();
    for (Map.Entry<String, TypeDecl> e : types.entrySet()) {
      out.add(type(e.getKey(), e.getValue()));
    }
    List<String> all = in.warnings().stream().map(d -> secrets.redact(d.render())).toList();
    return new ReportEntries.Report(secrets.redact(model.collectionFile()), model.basePackage(),
        operations, out, all);
  }

  private Operation operation(ClientGroup g, OperationDecl op) {
    String address = address(op);
    walk(op, address, "request", op.requestType());
    walk(op, address, "response", op.successType());
    List<String> errors = new ArrayList<>();
    for (OperationDecl.ErrorBinding e : op.errors()) {
      String role = "error[" + e.statusClass() + "xx]";
      walk(op, address, role, e.type());
      errors.add(role + " " + e.statuses() + ": " + describe(e.type()));
    }
    List<Example> examples = op.examples().stream()
        .map(x -> new Example(secrets.redact(x.name()), x.status(), describe(x.bodyType())))
        .toList();
    String snippet = "\"operations\": {" + Json.quote(address) + ": {\"method\": "
        + Json.quote(op.javaMethod()) + "}}";
    return new Operation(address, op.httpMethod(), secrets.redact(op.rawUrl()),
        op.javaMethod(), g.className(), describe(op.requestType()), describe(op.successType()),
        errors, examples, warningsOf(op.pointer(), null), snippet);
  }

  /**
   * The address to print for a request: its folder path and name, or its method and URL path
   * when another request has the same folder path and name (the folder form would match both).
   */
  String address(OperationDecl op) {
    if (folderForms == null) {
      folderForms = new java.util.HashMap<>();
      Deque<ClientGroup> groups = new ArrayDeque<>(List.of(
          in.named() == null ? model.root() : in.named().root()));
      while (!groups.isEmpty()) {
        ClientGroup g = groups.poll();
        g.operations().forEach(o -> folderForms.merge(folderForm(o), 1, Integer::sum));
        groups.addAll(g.children());
      }
    }
    String folder = folderForm(op);
    return secrets.redact(folderForms.getOrDefault(folder, 1) > 1
        ? op.httpMethod() + " " + OperationAddress.urlPath(op.rawUrl()) : folder);
  }

  private static String folderForm(OperationDecl op) {
    List<String> path = new ArrayList<>(op.folders());
    path.add(op.itemName());
    return OperationAddress.render(path);
  }

  /** Notes every generated type reached from a body, with its path. */
  private void walk(OperationDecl op, String address, String role, TypeRef body) {
    TypeWalk.walk(types, body, (path, key) -> {
      Occurrence o = new Occurrence(address, role, path);
      occurrences.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
      pointerOf.put(o, op.pointer());
    });
  }

  private Type type(String key, TypeDecl decl) {
    List<Occurrence> occ = occurrences.getOrDefault(key, List.of());
    String canonical = names.canonical(ref(key));
    List<String> snippets = new ArrayList<>();
    if (!occ.isEmpty()) {
      snippets.add("\"types\": {" + Json.quote(occ.get(0).address()) + ": {\"name\": "
          + Json.quote(decl.simpleName()) + "}}");
    }
    List<String> why = new ArrayList<>(provenance.describe(occ, pointerOf));
    if (occ.size() > 1) {
      why.add("shared: the same type in " + occ.size() + " places");
      if (decl instanceof TypeDecl.RecordDecl) {
        // To undo the sharing (or a merge) between two of these places.
        snippets.add("\"distinctTypes\": [[" + Json.quote(occ.get(0).address()) + ", "
            + Json.quote(occ.get(1).address()) + "]]");
      }
    }
    TypeDecl before = occ.isEmpty() ? null : beforeOverrides(occ.get(0));
    if (before != null && !before.simpleName().equals(decl.simpleName())) {
      why.add("renamed by the overrides file (inference named it " + before.simpleName() + ")");
    }
    List<Field> fields = new ArrayList<>();
    List<Constant> constants = new ArrayList<>();
    if (decl instanceof TypeDecl.RecordDecl r) {
      for (FieldDecl f : r.fields()) {
        fields.add(field(f, occ, before));
      }
    } else if (decl instanceof TypeDecl.EnumDecl e) {
      PositionEvidence ev = evidence(occ, "");
      for (TypeDecl.EnumConstant c : e.constants()) {
        int seen = ev == null ? 0 : ev.values().getOrDefault(c.wireValue(), 0);
        constants.add(new Constant(c.javaName(), secrets.redact(c.wireValue()), seen));
      }
      if (!occ.isEmpty() && !e.constants().isEmpty()) {
        snippets.add("\"types\": {" + Json.quote(occ.get(0).address()) + ": {\"constants\": {"
            + Json.quote(secrets.redact(e.constants().get(0).wireValue())) + ": "
            + Json.quote(e.constants().get(0).javaName()) + "}}}");
      }
    }
    Set<String> warnings = new LinkedHashSet<>();
    for (Occurrence o : occ) {
      warnings.addAll(warningsOf(pointerOf.get(o), o.path()));
    }
    return new Type(key, canonical, decl instanceof TypeDecl.EnumDecl ? "enum" : "record", occ,
        why, fields, constants, List.copyOf(warnings), snippets);
  }

  private TypeDecl beforeOverrides(Occurrence o) {
    if (namedKeys == null) {
      namedKeys = new LinkedHashMap<>();
      NamedModel named = in.named() == null ? model : in.named();
      Deque<ClientGroup> groups = new ArrayDeque<>(List.of(named.root()));
      while (!groups.isEmpty()) {
        ClientGroup g = groups.poll();
        for (OperationDecl op : g.operations()) {
          String address = address(op);
          TypeWalk.walk(namedTypes, op.requestType(),
              (path, key) -> namedKeys.putIfAbsent(address + " request " + path, key));
          TypeWalk.walk(namedTypes, op.successType(),
              (path, key) -> namedKeys.putIfAbsent(address + " response " + path, key));
          for (OperationDecl.ErrorBinding e : op.errors()) {
            TypeWalk.walk(namedTypes, e.type(), (path, key) -> namedKeys.putIfAbsent(
                address + " error[" + e.statusClass() + "xx] " + path, key));
          }
        }
        groups.addAll(g.children());
      }
    }
    String key = namedKeys.get(o.address());
    return key == null ? null : namedTypes.get(key);
  }

  private Field field(FieldDecl f, List<Occurrence> occ, TypeDecl before) {
    String step = EvidenceIndex.step(f.jsonName());
    PositionEvidence ev = evidence(occ, step);
    boolean secret = CredentialNames.isSecretName(f.jsonName());
    if (ev != null) {
      Map<String, Integer> values = new LinkedHashMap<>();
      if (!secret) {
        ev.values().forEach((v, n) -> values.merge(shorten(secrets.redact(v)), n, Integer::sum));
      }
      ev = new PositionEvidence(ev.seen(), ev.nulls(), ev.present(), ev.parentObjects(),
          ev.kinds(), values, ev.moreValues() || secret && !ev.values().isEmpty(),
          ev.reasons());
    }
    String address = occ.isEmpty() ? null : occ.get(0).address() + step;
    List<String> snippets = new ArrayList<>();
    String type = describe(f.type());
    if (address != null) {
      String k = Json.quote(address);
      snippets.add("\"fields\": {" + k + ": {\"type\": " + Json.quote(type) + "}}");
      if (isEnum(f.type())) {
        snippets.add("\"fields\": {" + k + ": {\"enum\": false}}");
      }
      if (!f.required()) {
        snippets.add("\"fields\": {" + k + ": {\"required\": true}}");
      }
      if (f.nullable()) {
        snippets.add("\"fields\": {" + k + ": {\"nullable\": false}}");
      }
      snippets.add("\"fields\": {" + k + ": {\"name\": " + Json.quote(f.javaName()) + "}}");
    }
    List<String> overridden = new ArrayList<>();
    if (before instanceof TypeDecl.RecordDecl r) {
      r.fields().stream().filter(b -> b.jsonName().equals(f.jsonName())).findFirst()
          .ifPresent(b -> {
            String was = describe(b.type());
            if (!b.javaName().equals(f.javaName()) || !was.equals(type)
                || b.required() != f.required() || b.nullable() != f.nullable()) {
              overridden.add("changed by the overrides file; inference said " + b.javaName()
                  + ": " + was + (b.required() ? ", required" : ", optional")
                  + (b.nullable() ? ", nullable" : ""));
            }
          });
    }
    List<String> reasons = ev == null ? List.of() : ev.reasons();
    return new Field(f.javaName(), secrets.redact(f.jsonName()), type, f.required(),
        f.nullable(), address == null ? null : secrets.redact(address), ev, reasons,
        overridden, snippets.stream().map(secrets::redact).toList());
  }

  private static String shorten(String v) {
    return v.length() > MAX_VALUE_LENGTH ? v.substring(0, MAX_VALUE_LENGTH) + "…" : v;
  }

  private boolean isEnum(TypeRef t) {
    TypeRef x = t;
    while (x instanceof TypeRef.ListOf || x instanceof TypeRef.MapOf) {
      x = x instanceof TypeRef.ListOf l ? l.item() : ((TypeRef.MapOf) x).value();
    }
    return x instanceof TypeRef.Named n && types.get(key(n)) instanceof TypeDecl.EnumDecl;
  }

  /** The evidence at {@code step} below every occurrence, summed. */
  private PositionEvidence evidence(List<Occurrence> occ, String step) {
    PositionEvidence sum = null;
    for (Occurrence o : occ) {
      EvidenceIndex.BodyEvidence body = in.evidence().bodies()
          .get(EvidenceIndex.key(pointerOf.get(o), o.role()));
      PositionEvidence e = body == null ? null : body.positions().get(o.path() + step);
      sum = sum == null ? e : e == null ? sum : EvidenceSum.add(sum, e);
    }
    return sum;
  }

  private List<String> warningsOf(String pointer, String path) {
    List<String> out = new ArrayList<>();
    String inferPath = path == null ? null
        : path.replace("[*]", "[]").replace(".*", "{}");
    for (Diagnostic d : in.warnings()) {
      String p = d.location().pointer();
      boolean sameOp = pointer != null && (p.equals(pointer) || p.startsWith(pointer + "/"));
      if (sameOp && (inferPath == null || d.message().contains(inferPath + ".")
          || d.message().contains(inferPath + " "))) {
        out.add(secrets.redact(d.render()));
      }
    }
    return out;
  }

  String describe(TypeRef t) {
    if (t == null) {
      return "(no body)";
    }
    if (t instanceof TypeRef.ListOf l) {
      return "List<" + describe(l.item()) + ">";
    }
    if (t instanceof TypeRef.MapOf m) {
      return "Map<String, " + describe(m.value()) + ">";
    }
    if (t instanceof TypeRef.Named n) {
      return key(n);
    }
    String canonical = names.canonical(t);
    return canonical.startsWith("java.lang.") || canonical.startsWith("java.math.")
        || canonical.startsWith("java.time.") || canonical.startsWith("com.fasterxml.")
        ? canonical.substring(canonical.lastIndexOf('.') + 1) : canonical;
  }

  /** The collection is redacted by the secrets stage; markers are shown as the output shows them. */
  private static final class Redaction {
    String redact(String s) {
      return s == null ? null : Redacted.display(s);
    }
  }

  static String key(TypeRef.Named n) {
    return n.nested() == null ? n.topLevel() : n.topLevel() + "." + n.nested();
  }

  private static TypeRef.Named ref(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? new TypeRef.Named(key, null)
        : new TypeRef.Named(key.substring(0, dot), key.substring(dot + 1));
  }
}
