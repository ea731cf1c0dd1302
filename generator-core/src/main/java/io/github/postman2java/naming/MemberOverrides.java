package io.github.postman2java.naming;

import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.names.JavaNames;
import io.github.postman2java.infer.Shape;
import io.github.postman2java.naming.TypeDecl.EnumDecl;
import io.github.postman2java.naming.TypeDecl.RecordDecl;
import io.github.postman2java.overrides.Overrides.FieldRule;
import io.github.postman2java.overrides.Suggest;
import io.github.postman2java.overrides.TypeExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies the member rules of the overrides file to the (already renamed) model types: Java
 * name, type, enum off or on with listed values, required, nullable, constant names. Two rules
 * reaching one member (through a shared type) conflict; a type name nothing declares is P2J063.
 */
final class MemberOverrides {
  private static final Map<String, JavaType> SCALARS = new java.util.HashMap<>();

  static {
    for (Shape.Scalar s : Shape.Scalar.values()) {
      JavaType t = JavaType.of(s);
      if (t.packageName() == null) {
        continue; // the generated runtime's own class, not a type to name in overrides
      }
      SCALARS.put(t.packageName() + "." + t.simpleName(), t);
    }
  }

  private final ModelOverrides owner;
  private final ModelAddresses addresses;
  private final Map<String, TypeDecl> types;
  private final Map<String, FieldRule> ruleOfMember = new HashMap<>();

  MemberOverrides(ModelOverrides owner, ModelAddresses addresses) {
    this.owner = owner;
    this.addresses = addresses;
    this.types = new LinkedHashMap<>(owner.types);
  }

  Map<String, TypeDecl> apply(List<FieldRule> rules) {
    for (FieldRule rule : rules) {
      ModelAddresses.Member member;
      try {
        member = addresses.member(rule.member());
      } catch (ModelAddresses.Miss miss) {
        owner.error(DiagnosticCode.P2J061_OVERRIDE_UNMATCHED, rule.at(), miss.getMessage());
        continue;
      }
      TypeRef.Named ref = owner.finalRef(member.recordKey());
      if (ref == null) {
        continue; // its type could not be renamed; that error is reported already
      }
      String key = ModelAddresses.key(ref);
      FieldRule first = ruleOfMember.putIfAbsent(key + "#" + member.jsonName(), rule);
      if (first != null) {
        owner.error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT, rule.at(), "this member of "
            + key + " is already overridden at " + first.at().render()
            + " (both addresses reach the same type); keep one entry");
        continue;
      }
      edit(key, member.jsonName(), rule);
    }
    return types;
  }

  private void edit(String key, String jsonName, FieldRule rule) {
    RecordDecl record = (RecordDecl) types.get(key);
    List<FieldDecl> fields = new ArrayList<>(record.fields());
    int index = -1;
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).jsonName().equals(jsonName)) {
        index = i;
      }
    }
    FieldDecl f = fields.get(index);
    TypeRef type = f.type();
    if (rule.type() != null && rule.enumValues() != null) {
      owner.error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT, rule.at(),
          "\"type\" and \"enum\" contradict each other; keep one");
      return;
    }
    if (rule.type() != null) {
      type = resolve(rule.type(), rule);
      if (type == null) {
        return;
      }
    }
    if (rule.enumValues() != null && !rule.enumValues().enabled()) {
      type = TypeRefs.mapLeaves(type, leaf -> isEnum(leaf)
          ? new TypeRef.Scalar(JavaType.STRING) : leaf);
    } else if (rule.enumValues() != null && !rule.enumValues().values().isEmpty()) {
      type = newEnum(key, jsonName, type, rule);
    }
    if (!rule.constants().isEmpty()) {
      renameConstants(type, rule);
    }
    String javaName = f.javaName();
    if (rule.javaName() != null) {
      javaName = rule.javaName();
      for (FieldDecl other : fields) {
        if (other != f && other.javaName().equals(javaName)
            || JavaNames.RESERVED_MEMBERS.contains(javaName)) {
          owner.error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT, rule.at(), key
              + " already has a member named " + javaName);
          return;
        }
      }
    }
    fields.set(index, new FieldDecl(javaName, jsonName, type,
        rule.required() != null ? rule.required() : f.required(),
        rule.nullable() != null ? rule.nullable() : f.nullable()));
    types.put(key, new RecordDecl(record.simpleName(), fields, record.nested(),
        record.builder(), record.docLines()));
  }

  private boolean isEnum(TypeRef leaf) {
    return leaf instanceof TypeRef.Named n
        && types.get(ModelAddresses.key(n)) instanceof EnumDecl;
  }

  /** Declares an enum of exactly the listed values beside the record, for this member. */
  private TypeRef newEnum(String key, String jsonName, TypeRef type, FieldRule rule) {
    boolean[] stringLeaf = {false};
    TypeRefs.mapLeaves(type, leaf -> {
      stringLeaf[0] |= isEnum(leaf) || leaf instanceof TypeRef.Scalar s
          && s.type() == JavaType.STRING;
      return leaf;
    });
    if (!stringLeaf[0]) {
      owner.error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT, rule.at(), "the member is "
          + TypeRefs.describe(type) + "; only string members can be enums");
      return type;
    }
    String top = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
    String base = JavaNames.pascal(JavaNames.singular(jsonName), "Value");
    String name = base;
    for (int i = 2; types.containsKey(top + "." + name) || types.containsKey(name); i++) {
      name = base + i;
    }
    EnumDecl decl = ModelNamer.enumDecl(name, rule.enumValues().values(), List.of());
    types.put(top + "." + name, new EnumDecl(name, decl.constants(),
        List.of("Values of \"" + jsonName + "\", listed in the overrides file.")));
    TypeRef.Named ref = new TypeRef.Named(top, name);
    return TypeRefs.mapLeaves(type, leaf -> isEnum(leaf) || leaf instanceof TypeRef.Scalar
        ? ref : leaf);
  }

  private void renameConstants(TypeRef type, FieldRule rule) {
    boolean[] found = {false};
    TypeRefs.mapLeaves(type, leaf -> {
      if (isEnum(leaf)) {
        String k = ModelAddresses.key((TypeRef.Named) leaf);
        types.put(k, owner.renameConstants(types.get(k), rule.constants(), rule.at()));
        found[0] = true;
      }
      return leaf;
    });
    if (!found[0]) {
      owner.error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT, rule.at(), "the member is "
          + TypeRefs.describe(type) + ", not an enum; \"constants\" applies to enums only");
    }
  }

  /** The reference a written type stands for; generated types by their final names. */
  private TypeRef resolve(TypeExpr expr, FieldRule rule) {
    if (expr instanceof TypeExpr.ListOf l) {
      TypeRef item = resolve(l.item(), rule);
      return item == null ? null : new TypeRef.ListOf(item);
    }
    if (expr instanceof TypeExpr.MapOf m) {
      TypeRef value = resolve(m.value(), rule);
      return value == null ? null : new TypeRef.MapOf(value);
    }
    if (expr instanceof TypeExpr.Json) {
      return new TypeRef.Any();
    }
    if (expr instanceof TypeExpr.Jdk j) {
      JavaType s = SCALARS.get(j.qualifiedName());
      return s != null ? new TypeRef.Scalar(s) : new TypeRef.External(j.qualifiedName());
    }
    if (expr instanceof TypeExpr.External x) {
      return new TypeRef.External(x.qualifiedName());
    }
    String name = ((TypeExpr.Generated) expr).name();
    if (!types.containsKey(name)) {
      Set<String> candidates = new TreeSet<>(types.keySet());
      candidates.addAll(TypeExpr.JDK.keySet());
      candidates.add("JsonNode");
      owner.error(DiagnosticCode.P2J063_OVERRIDE_UNKNOWN_TYPE, rule.at(), "unknown type \""
          + name + "\": not a JDK type, not a generated type, and not a qualified class name"
          + Suggest.didYouMean(name, candidates));
      return null;
    }
    int dot = name.indexOf('.');
    return dot < 0 ? new TypeRef.Named(name, null)
        : new TypeRef.Named(name.substring(0, dot), name.substring(dot + 1));
  }
}
