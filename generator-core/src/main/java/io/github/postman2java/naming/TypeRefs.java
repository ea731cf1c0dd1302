package io.github.postman2java.naming;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Small operations on {@link TypeRef} trees used when overrides change a model. */
final class TypeRefs {
  private TypeRefs() {}

  /** Maps every leaf of {@code ref} (below lists and maps) through {@code f}. */
  static TypeRef mapLeaves(TypeRef ref, UnaryOperator<TypeRef> f) {
    if (ref instanceof TypeRef.ListOf l) {
      return new TypeRef.ListOf(mapLeaves(l.item(), f));
    }
    if (ref instanceof TypeRef.MapOf m) {
      return new TypeRef.MapOf(mapLeaves(m.value(), f));
    }
    return ref == null ? null : f.apply(ref);
  }

  /** Points references at renamed types ({@code key} → new reference). */
  static TypeRef retarget(TypeRef ref, Map<String, TypeRef.Named> renamed) {
    return mapLeaves(ref, leaf -> leaf instanceof TypeRef.Named n
        && renamed.containsKey(ModelAddresses.key(n)) ? renamed.get(ModelAddresses.key(n)) : leaf);
  }

  /** Adds the keys of the generated types {@code ref} refers to. */
  static void collect(TypeRef ref, Set<String> out) {
    mapLeaves(ref, leaf -> {
      if (leaf instanceof TypeRef.Named n) {
        out.add(ModelAddresses.key(n));
      }
      return leaf;
    });
  }

  /** Describes a type for a message: {@code List<Lead>}, {@code String}, {@code JsonNode}. */
  static String describe(TypeRef ref) {
    if (ref instanceof TypeRef.ListOf l) {
      return "List<" + describe(l.item()) + ">";
    }
    if (ref instanceof TypeRef.MapOf m) {
      return "Map<String, " + describe(m.value()) + ">";
    }
    if (ref instanceof TypeRef.Named n) {
      return ModelAddresses.key(n);
    }
    if (ref instanceof TypeRef.Scalar s) {
      return s.type().simpleName();
    }
    if (ref instanceof TypeRef.External x) {
      return x.qualifiedName();
    }
    return ref instanceof TypeRef.Text ? "String" : "JsonNode";
  }
}
