package io.github.postman2java.naming;

import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.naming.TypeDecl.EnumConstant;
import io.github.postman2java.naming.TypeDecl.EnumDecl;
import io.github.postman2java.naming.TypeDecl.RecordDecl;
import io.github.postman2java.overrides.Overrides.TypeSet;
import io.github.postman2java.overrides.TypeAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies {@code "sameTypes"}: the user says several generated types are one. The first keeps
 * its name and place; the others' members join it (a member is required only when every type
 * requires it, nullable when any allows null; a member two types type differently is a
 * conflict), enums join their values, and every reference to the others points at the first.
 * Types nested in a dropped top-level type move into the first type's top-level type.
 */
final class SameTypes {
  private final ModelOverrides owner;
  private final ModelAddresses addresses;
  private final Map<String, TypeDecl> types;
  /** Final key of a dropped type → the type it joined. */
  final Map<String, TypeRef.Named> joined = new HashMap<>();
  /** Pairs still to join: members of joined records that are generated types join too. */
  private final List<String[]> pending = new ArrayList<>();
  /** Nested types of dropped top-level types, moved once every join is done. */
  private final List<Runnable> moves = new ArrayList<>();

  SameTypes(ModelOverrides owner, ModelAddresses addresses, Map<String, TypeDecl> types) {
    this.owner = owner;
    this.addresses = addresses;
    this.types = new LinkedHashMap<>(types);
  }

  Map<String, TypeDecl> apply(List<TypeSet> sets) {
    for (TypeSet set : sets) {
      List<String> keys = new ArrayList<>();
      for (TypeAddress a : set.types()) {
        try {
          String key = ModelAddresses.key(owner.finalRef(ModelAddresses.key(addresses.type(a))));
          while (joined.containsKey(key)) {
            key = ModelAddresses.key(joined.get(key));
          }
          if (!keys.contains(key)) {
            keys.add(key);
          }
        } catch (ModelAddresses.Miss miss) {
          owner.error(DiagnosticCode.P2J061_OVERRIDE_UNMATCHED, set.at(), miss.getMessage());
          return types;
        }
      }
      String target = keys.get(0);
      for (String other : keys.subList(1, keys.size())) {
        pending.add(new String[] {target, other});
      }
      while (!pending.isEmpty()) {
        String[] pair = pending.remove(0);
        String a = resolve(pair[0]);
        String b = resolve(pair[1]);
        if (!a.equals(b)) {
          join(a, b, set);
        }
      }
      moves.forEach(Runnable::run);
      moves.clear();
    }
    return types;
  }

  private void join(String target, String other, TypeSet set) {
    TypeDecl a = types.get(target);
    TypeDecl b = types.get(other);
    if (a instanceof EnumDecl x && b instanceof EnumDecl y) {
      List<EnumConstant> constants = new ArrayList<>(x.constants());
      for (EnumConstant c : y.constants()) {
        if (constants.stream().noneMatch(k -> k.wireValue().equals(c.wireValue()))) {
          if (constants.stream().anyMatch(k -> k.javaName().equals(c.javaName()))) {
            owner.error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT, set.at(), "joining " + other
                + " into " + target + " gives two constants named " + c.javaName());
          }
          constants.add(c);
        }
      }
      types.put(target, new EnumDecl(x.simpleName(), constants, x.docLines()));
    } else if (a instanceof RecordDecl x && b instanceof RecordDecl y) {
      types.put(target, new RecordDecl(x.simpleName(), members(x, y, target, other, set),
          x.nested(), x.builder() || y.builder(), x.docLines()));
    } else {
      owner.error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT, set.at(), target + " and " + other
          + " cannot be one type: one is an enum, the other a record");
      return;
    }
    types.remove(other);
    TypeRef.Named into = ref(target);
    joined.put(other, into);
    if (!other.contains(".")) {
      // After the member joins: nested types joined into others are not moved.
      moves.add(() -> moveNested(other, resolveTop(target), set));
    }
  }

  private List<FieldDecl> members(RecordDecl x, RecordDecl y, String target, String other,
      TypeSet set) {
    List<FieldDecl> out = new ArrayList<>();
    for (FieldDecl f : x.fields()) {
      FieldDecl g = y.fields().stream().filter(m -> m.jsonName().equals(f.jsonName()))
          .findFirst().orElse(null);
      if (g == null) {
        out.add(new FieldDecl(f.javaName(), f.jsonName(), f.type(), false, f.nullable()));
      } else {
        if (!same(f.type(), g.type(), target, other)) {
          owner.error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT, set.at(), "the member \""
              + f.jsonName() + "\" is " + TypeRefs.describe(f.type()) + " in " + target
              + " but " + TypeRefs.describe(g.type()) + " in " + other
              + "; force one type for it first");
        }
        out.add(new FieldDecl(f.javaName(), f.jsonName(), f.type(),
            f.required() && g.required(), f.nullable() || g.nullable()));
      }
    }
    for (FieldDecl g : y.fields()) {
      if (x.fields().stream().noneMatch(m -> m.jsonName().equals(g.jsonName()))) {
        String name = g.javaName();
        if (out.stream().anyMatch(m -> m.javaName().equals(g.javaName()))) {
          name = g.javaName() + "Value";
        }
        out.add(new FieldDecl(name, g.jsonName(), g.type(), false, g.nullable()));
      }
    }
    return out;
  }

  private String resolveTop(String key) {
    String k = resolve(key);
    return k.contains(".") ? k.substring(0, k.indexOf('.')) : k;
  }

  private String resolve(String key) {
    String k = key;
    while (joined.containsKey(k)) {
      k = ModelAddresses.key(joined.get(k));
    }
    return k;
  }

  /**
   * Equal types, counting a reference to either joined type as the same; two generated types
   * of one kind at the same place (both records, both enums) are the same too, and are joined.
   */
  private boolean same(TypeRef a, TypeRef b, String target, String other) {
    TypeRef x = unwrapBoth(a, b, true);
    TypeRef y = unwrapBoth(a, b, false);
    if (x instanceof TypeRef.Named n && y instanceof TypeRef.Named m) {
      TypeDecl dn = types.get(resolve(ModelAddresses.key(n)));
      TypeDecl dm = types.get(resolve(ModelAddresses.key(m)));
      if (dn != null && dm != null && dn.getClass() == dm.getClass()) {
        pending.add(new String[] {ModelAddresses.key(n), ModelAddresses.key(m)});
        return true;
      }
    }
    TypeRef.Named t = ref(target);
    java.util.function.UnaryOperator<TypeRef> norm = leaf -> leaf instanceof TypeRef.Named n
        && ModelAddresses.key(n).equals(other) ? t : leaf;
    return TypeRefs.mapLeaves(a, norm).equals(TypeRefs.mapLeaves(b, norm));
  }

  /** The leaves of {@code a} and {@code b} when both wrap them the same way, else themselves. */
  private static TypeRef unwrapBoth(TypeRef a, TypeRef b, boolean first) {
    TypeRef x = a;
    TypeRef y = b;
    while (x instanceof TypeRef.ListOf l && y instanceof TypeRef.ListOf k
        || x instanceof TypeRef.MapOf && y instanceof TypeRef.MapOf) {
      x = x instanceof TypeRef.ListOf l ? l.item() : ((TypeRef.MapOf) x).value();
      y = y instanceof TypeRef.ListOf k ? k.item() : ((TypeRef.MapOf) y).value();
    }
    return first ? x : y;
  }

  private void moveNested(String dropped, String intoTop, TypeSet set) {
    for (String key : new ArrayList<>(types.keySet())) {
      if (key.startsWith(dropped + ".")) {
        String simple = key.substring(dropped.length() + 1);
        String moved = intoTop + "." + simple;
        if (types.containsKey(moved)) {
          owner.error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT, set.at(), "moving " + key
              + " into " + intoTop + " clashes with " + moved + "; rename one of them");
          continue;
        }
        types.put(moved, types.remove(key));
        joined.put(key, ref(moved));
      }
    }
  }

  private static TypeRef.Named ref(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? new TypeRef.Named(key, null)
        : new TypeRef.Named(key.substring(0, dot), key.substring(dot + 1));
  }
}
