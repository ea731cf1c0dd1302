package io.github.postman2java.naming;

import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.diag.SourceLocation;
import io.github.postman2java.naming.TypeDecl.EnumConstant;
import io.github.postman2java.naming.TypeDecl.EnumDecl;
import io.github.postman2java.naming.TypeDecl.RecordDecl;
import io.github.postman2java.overrides.Overrides;
import io.github.postman2java.overrides.Overrides.FieldRule;
import io.github.postman2java.overrides.Overrides.TypeRule;
import io.github.postman2java.overrides.Suggest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the user's overrides to the named model, after naming decided everything from the
 * evidence: so an override addresses what inference produced (where it occurs, never a name
 * that the override itself changes) and a shared type changes everywhere it is used.
 *
 * <ol>
 *   <li>Resolve every address ({@link ModelAddresses}); one that finds nothing is P2J061 with
 *       "did you mean".
 *   <li>Rename types and enum constants; a name taken twice is P2J062.
 *   <li>Change members ({@link MemberOverrides}): Java name, type, enum off / on with values,
 *       required, nullable.
 *   <li>Rename client classes and methods, leave out excluded requests and folders ({@link
 *       ClientOverrides}).
 *   <li>Drop the types nothing refers to any more (an enum that was stopped, the nested type of
 *       a member forced to another type).
 * </ol>
 *
 * <p>On any error the caller stops before generating (the diagnostics are errors).
 */
public final class ModelOverrides {
  private final NamedModel model;
  private final Overrides overrides;
  private final Diagnostics diagnostics;
  private final ModelAddresses addresses;
  /** Types by key, renamed and edited as rules apply. */
  final Map<String, TypeDecl> types = new LinkedHashMap<>();
  /** Old key → reference under its final name. */
  final Map<String, TypeRef.Named> renamed = new HashMap<>();
  /** Final key of a type joined into another ({@code sameTypes}) → that type. */
  final Map<String, TypeRef.Named> joined = new HashMap<>();

  private ModelOverrides(NamedModel model, Overrides overrides, Diagnostics diagnostics) {
    this.model = model;
    this.overrides = overrides;
    this.diagnostics = diagnostics;
    this.addresses = new ModelAddresses(model);
  }

  /** Returns {@code model} with {@code overrides} applied; errors go to {@code diagnostics}. */
  public static NamedModel apply(NamedModel model, Overrides overrides, Diagnostics diagnostics) {
    if (overrides.isEmpty()) {
      return model;
    }
    return new ModelOverrides(model, overrides, diagnostics).run();
  }

  private NamedModel run() {
    Set<String> before = reachable(model.root(), model.modelTypes());
    renameTypes();
    retargetFields();
    Map<String, TypeDecl> edited = new MemberOverrides(this, addresses).apply(overrides.fields());
    types.clear();
    types.putAll(edited);
    joinSameTypes();
    ClientOverrides clients = new ClientOverrides(this, addresses, model.errorCodeEnum());
    ClientGroup root = clients.apply(model.root(), overrides.operations(), overrides.folders());
    DistinctTypes.check(this, addresses, overrides.distinctTypes());
    List<TypeDecl> tops = assemble();
    Set<String> after = reachable(root, tops);
    List<TypeDecl> kept = prune(tops, before, after);
    Map<String, String> clientPackages = new LinkedHashMap<>();
    clients.subPackages.forEach((cls, sub) -> clientPackages.put(cls,
        model.basePackage() + "." + sub));
    return new NamedModel(model.collectionFile(), model.collectionName(), model.basePackage(),
        model.modelPackage(), root.className(), model.errorCodeEnum(), model.errorCodes(),
        model.errorCodePlaces(),
        kept, root, model.authKinds(), model.baseUrlDefault(), model.baseUrlVariable(),
        clientPackages, TypePackages.of(root, kept, clientPackages, model.basePackage()));
  }

  void error(DiagnosticCode code, SourceLocation at, String message) {
    diagnostics.error(code, at, message);
  }

  /** Renames types and their enum constants; keys change to the final names. */
  private void renameTypes() {
    Map<String, String> newNames = new LinkedHashMap<>();
    Map<String, Map<String, String>> constants = new HashMap<>();
    Map<String, TypeRule> ruleOf = new HashMap<>();
    for (TypeRule rule : overrides.types()) {
      String key;
      try {
        key = ModelAddresses.key(addresses.type(rule.type()));
      } catch (ModelAddresses.Miss miss) {
        error(DiagnosticCode.P2J061_OVERRIDE_UNMATCHED, rule.at(), miss.getMessage());
        continue;
      }
      TypeRule first = ruleOf.putIfAbsent(key, rule);
      if (first != null) {
        error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT, rule.at(), "the type " + key
            + " is already overridden at " + first.at().render() + "; use one entry");
        continue;
      }
      if (rule.name() != null) {
        newNames.put(key, rule.name());
      }
      if (!rule.constants().isEmpty()) {
        constants.put(key, rule.constants());
      }
    }
    Map<String, String> finalTop = new LinkedHashMap<>();
    for (String key : addresses.types().keySet()) {
      if (!key.contains(".")) {
        finalTop.put(key, newNames.getOrDefault(key, key));
      }
    }
    TypeNameClaims claims = new TypeNameClaims(finalTop.values());
    for (var e : addresses.types().entrySet()) {
      String key = e.getKey();
      int dot = key.indexOf('.');
      String newTop = finalTop.get(dot < 0 ? key : key.substring(0, dot));
      String simple = newNames.getOrDefault(key, e.getValue().simpleName());
      String finalKey = dot < 0 ? newTop : newTop + "." + simple;
      String refused = claims.claim(key, finalKey, newNames.containsKey(key));
      if (refused != null) {
        // Report at the rule that renamed this type, else at the one that took its name.
        TypeRule rule = ruleOf.get(key);
        if (rule == null) {
          rule = ruleOf.get(claims.holder(finalKey));
        }
        error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT,
            rule != null ? rule.at() : SourceLocation.ofFile(overrides.file()), refused);
      }
      TypeDecl decl = withName(e.getValue(), simple);
      if (constants.containsKey(key)) {
        decl = renameConstants(decl, constants.get(key), ruleOf.get(key).at());
      }
      types.put(finalKey, decl);
      renamed.put(key, dot < 0 ? new TypeRef.Named(newTop, null)
          : new TypeRef.Named(newTop, simple));
    }
  }

  private static TypeDecl withName(TypeDecl d, String name) {
    if (d instanceof EnumDecl e) {
      return new EnumDecl(name, e.constants(), e.docLines());
    }
    RecordDecl r = (RecordDecl) d;
    return new RecordDecl(name, r.fields(), r.nested(), r.builder(), r.docLines());
  }

  /** Renames constants of an enum by wire value; Java names must stay distinct. */
  TypeDecl renameConstants(TypeDecl decl, Map<String, String> names, SourceLocation at) {
    if (!(decl instanceof EnumDecl e)) {
      error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT, at, decl.simpleName()
          + " is not an enum; \"constants\" applies to enums only");
      return decl;
    }
    List<String> wires = e.constants().stream().map(EnumConstant::wireValue).toList();
    for (String wire : new java.util.TreeSet<>(names.keySet())) {
      if (!wires.contains(wire)) {
        error(DiagnosticCode.P2J061_OVERRIDE_UNMATCHED, at, "the enum " + e.simpleName()
            + " has no wire value \"" + wire + "\"" + Suggest.didYouMean(wire, wires));
      }
    }
    List<EnumConstant> out = new ArrayList<>();
    Set<String> used = new HashSet<>(Set.of("UNKNOWN"));
    for (EnumConstant c : e.constants()) {
      String name = names.getOrDefault(c.wireValue(), c.javaName());
      if (!used.add(name)) {
        error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT, at, "two constants of " + e.simpleName()
            + " would be named " + name);
      }
      out.add(new EnumConstant(name, c.wireValue(), c.docLines()));
    }
    return new EnumDecl(e.simpleName(), out, e.docLines());
  }

  /** Joins the types {@code sameTypes} lists and points members at the surviving type. */
  private void joinSameTypes() {
    if (overrides.sameTypes().isEmpty()) {
      return;
    }
    SameTypes same = new SameTypes(this, addresses, types);
    Map<String, TypeDecl> out = same.apply(overrides.sameTypes());
    for (String key : same.joined.keySet()) {
      TypeRef.Named to = same.joined.get(key);
      while (same.joined.containsKey(ModelAddresses.key(to))) {
        to = same.joined.get(ModelAddresses.key(to));
      }
      joined.put(key, to);
    }
    types.clear();
    for (var e : out.entrySet()) {
      TypeDecl d = e.getValue();
      if (d instanceof RecordDecl r) {
        d = new RecordDecl(r.simpleName(), r.fields().stream().map(f -> new FieldDecl(
            f.javaName(), f.jsonName(), TypeRefs.retarget(f.type(), joined), f.required(),
            f.nullable())).toList(), r.nested(), r.builder(), r.docLines());
      }
      types.put(e.getKey(), d);
    }
  }

  /** The final type of a reference of the model as inference named it. */
  TypeRef finalType(TypeRef original) {
    return TypeRefs.retarget(TypeRefs.retarget(original, renamed), joined);
  }

  /** Points every member and body at the types' final names. */
  private void retargetFields() {
    for (var e : types.entrySet()) {
      if (e.getValue() instanceof RecordDecl r) {
        List<FieldDecl> fields = r.fields().stream().map(f -> new FieldDecl(f.javaName(),
            f.jsonName(), TypeRefs.retarget(f.type(), renamed), f.required(), f.nullable()))
            .toList();
        e.setValue(new RecordDecl(r.simpleName(), fields, r.nested(), r.builder(),
            r.docLines()));
      }
    }
  }

  /** Rebuilds top-level declarations with their nested ones, sorted by name. */
  private List<TypeDecl> assemble() {
    Map<String, List<TypeDecl>> nested = new LinkedHashMap<>();
    for (var e : types.entrySet()) {
      int dot = e.getKey().indexOf('.');
      if (dot >= 0) {
        nested.computeIfAbsent(e.getKey().substring(0, dot), k -> new ArrayList<>())
            .add(e.getValue());
      }
    }
    List<TypeDecl> tops = new ArrayList<>();
    for (var e : types.entrySet()) {
      if (e.getKey().indexOf('.') < 0) {
        TypeDecl d = e.getValue();
        if (d instanceof RecordDecl r) {
          d = new RecordDecl(r.simpleName(), r.fields(),
              nested.getOrDefault(e.getKey(), List.of()), r.builder(), r.docLines());
        }
        tops.add(d);
      }
    }
    tops.sort(java.util.Comparator.comparing(TypeDecl::simpleName));
    return tops;
  }

  /** Keys of every type reachable from the operations of {@code root}. */
  static Set<String> reachable(ClientGroup root, List<TypeDecl> tops) {
    Map<String, TypeDecl> byKey = new HashMap<>();
    for (TypeDecl t : tops) {
      byKey.put(t.simpleName(), t);
      if (t instanceof RecordDecl r) {
        r.nested().forEach(n -> byKey.put(t.simpleName() + "." + n.simpleName(), n));
      }
    }
    Set<String> seen = new HashSet<>();
    java.util.Deque<String> work = new java.util.ArrayDeque<>();
    java.util.Deque<ClientGroup> groups = new java.util.ArrayDeque<>(List.of(root));
    Set<String> start = new HashSet<>();
    while (!groups.isEmpty()) {
      ClientGroup g = groups.poll();
      for (OperationDecl op : g.operations()) {
        TypeRefs.collect(op.requestType(), start);
        TypeRefs.collect(op.successType(), start);
        op.errors().forEach(e -> TypeRefs.collect(e.type(), start));
      }
      groups.addAll(g.children());
    }
    work.addAll(start);
    while (!work.isEmpty()) {
      String key = work.poll();
      if (!seen.add(key)) {
        continue;
      }
      if (byKey.get(key) instanceof RecordDecl r) {
        Set<String> refs = new HashSet<>();
        r.fields().forEach(f -> TypeRefs.collect(f.type(), refs));
        work.addAll(refs);
      }
    }
    return seen;
  }

  /** Drops the types the overrides made unreachable (never ones unreachable before). */
  private List<TypeDecl> prune(List<TypeDecl> tops, Set<String> before, Set<String> after) {
    Set<String> wasReachable = new HashSet<>();
    before.forEach(k -> wasReachable.add(renamed.containsKey(k)
        ? ModelAddresses.key(renamed.get(k)) : k));
    List<TypeDecl> out = new ArrayList<>();
    for (TypeDecl t : tops) {
      String top = t.simpleName();
      if (wasReachable.contains(top) && !after.contains(top)) {
        continue;
      }
      if (t instanceof RecordDecl r) {
        List<TypeDecl> nested = r.nested().stream()
            .filter(n -> !(wasReachable.contains(top + "." + n.simpleName())
                && !after.contains(top + "." + n.simpleName())))
            .toList();
        t = new RecordDecl(r.simpleName(), r.fields(), nested, r.builder(), r.docLines());
      }
      out.add(t);
    }
    return out;
  }

  /** The final reference for an original key. */
  TypeRef.Named finalRef(String originalKey) {
    return renamed.get(originalKey);
  }
}
