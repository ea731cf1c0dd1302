package io.github.postman2java.naming;

import io.github.postman2java.infer.Shape;
import io.github.postman2java.infer.Shape.ArrayShape;
import io.github.postman2java.infer.Shape.EnumShape;
import io.github.postman2java.infer.Shape.MapShape;
import io.github.postman2java.infer.Shape.ObjectShape;
import io.github.postman2java.infer.Shape.Property;
import io.github.postman2java.names.JavaNames;
import io.github.postman2java.names.Namespace;
import io.github.postman2java.naming.TypeDecl.EnumConstant;
import io.github.postman2java.naming.TypeDecl.EnumDecl;
import io.github.postman2java.naming.TypeDecl.RecordDecl;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names model types and decides where each lives.
 *
 * <ol>
 *   <li>Roots (request, response and error bodies) are registered in operation order with a
 *       preferred name ({@code MassUpdateLeadsRequest}); equal shapes are one type.
 *   <li>Object and enum shapes below the roots are owned by the top-level types that reach them.
 *       A shape reached from two top-level types is promoted to top level itself; repeat until
 *       stable. The rest are nested in their single owner ({@code MassUpdateLeadsRequest.Data}).
 *   <li>Names come from property paths (singular for array items), allocated through {@link
 *       Namespace}s: top-level per package, nested per owner, members per type. A taken name is
 *       qualified by its parent's name before any numeric suffix is used.
 * </ol>
 */
final class ModelNamer {
  private final Map<Shape, String> rootHints = new LinkedHashMap<>();
  private final Map<Shape, Boolean> rootIsRequest = new LinkedHashMap<>();
  private final Map<Shape, String> docs = new LinkedHashMap<>();
  private final Map<Shape, Held> heldNames = new LinkedHashMap<>();
  private final Map<Shape, String> topNames = new LinkedHashMap<>();
  private final Map<Shape, String[]> nestedNames = new LinkedHashMap<>(); // shape → {owner, name}
  private final Namespace topLevel = new Namespace(JavaNames.RESERVED_TYPES);
  private final List<TypeDecl> declarations = new ArrayList<>();

  /**
   * Registers a body root with its name candidates ({@code "|"}-separated, best first) and a
   * one-line description. {@code held}, when not null, is the member of a page or wrapper body
   * that holds the resource, named {@code heldName} (the path's resource: {@code /organizations}
   * → {@code Organization}) whatever the member is called.
   */
  void addRoot(Shape body, String preferredName, boolean request, String doc,
      Property held, String heldName) {
    Shape root = typeShapeOf(body);
    if (root != null) {
      docs.putIfAbsent(root, doc);
      rootHints.putIfAbsent(root, preferredName);
      rootIsRequest.merge(root, request, Boolean::logicalOr);
      if (held != null && root == body) {
        heldNames.putIfAbsent(root, new Held(held.jsonName(), heldName));
      }
    }
  }

  /** Registers a body root whose members are named after themselves. */
  void addRoot(Shape body, String preferredName, boolean request, String doc) {
    addRoot(body, preferredName, request, doc, null, null);
  }

  /** The member of a root that holds its resource, and the resource's name. */
  private record Held(String member, String name) {}

  /**
   * Decides placement and names; call once after every root is added. Placement depends only on
   * the order of roots, never on how many use a shape, so adding a request cannot move or rename
   * the types of the others.
   */
  void assign() {
    Set<Shape> tops = new LinkedHashSet<>(rootHints.keySet());
    for (Shape top : tops) {
      topNames.put(top, topLevel.allocate(rootHints.get(top).split("\\|")));
    }
    Map<Shape, Shape> owner = new LinkedHashMap<>();
    Map<Shape, Work> reachedBy = new LinkedHashMap<>();
    for (Shape top : tops) {
      for (Map.Entry<Shape, Work> reached : reach(top, tops, heldNames.get(top)).entrySet()) {
        if (owner.putIfAbsent(reached.getKey(), top) == null) {
          reachedBy.put(reached.getKey(), reached.getValue());
          docs.putIfAbsent(reached.getKey(), reached.getValue().doc());
        }
      }
    }
    Map<Shape, Namespace> nestedSpaces = new LinkedHashMap<>();
    Map<Shape, String> nestedByShape = new LinkedHashMap<>();
    // A nested type must not shadow a top-level one: record headers would bind to it. Every
    // nested scope reads the top-level scope live instead of copying it.
    Namespace topScope = new Namespace(JavaNames.RESERVED_TYPES);
    topNames.values().forEach(topScope::reserve);
    for (Map.Entry<Shape, Shape> e : owner.entrySet()) {
      Shape shape = e.getKey();
      Shape top = e.getValue();
      String topName = topNames.get(top);
      Namespace space = nestedSpaces.computeIfAbsent(top, t -> new Namespace(topScope, Set.of()));
      Work w = reachedBy.get(shape);
      String parent = w.parent() == null ? null : nestedByShape.get(w.parent());
      String qualified = (parent == null ? topName : parent) + w.hint();
      String name = space.allocate(w.hint(), qualified);
      nestedByShape.put(shape, name);
      nestedNames.put(shape, new String[] {topName, name});
    }
    Map<String, List<Shape>> nestedByOwner = new HashMap<>();
    nestedNames.forEach((shape, where) ->
        nestedByOwner.computeIfAbsent(where[0], k -> new ArrayList<>()).add(shape));
    for (Shape top : rootHints.keySet()) {
      declarations.add(declare(top, topNames.get(top), nestedFor(top, nestedByOwner)));
    }
  }

  private List<TypeDecl> nestedFor(Shape top, Map<String, List<Shape>> nestedByOwner) {
    List<TypeDecl> nested = new ArrayList<>();
    for (Shape shape : nestedByOwner.getOrDefault(topNames.get(top), List.of())) {
      nested.add(declare(shape, nestedNames.get(shape)[1], List.of()));
    }
    return nested;
  }

  private TypeDecl declare(Shape shape, String name, List<TypeDecl> nested) {
    if (shape instanceof EnumShape e) {
      EnumDecl d = enumDecl(name, e.values(), List.of());
      return new EnumDecl(d.simpleName(), d.constants(), docLines(shape));
    }
    ObjectShape o = (ObjectShape) shape;
    Namespace members = new Namespace(JavaNames.RESERVED_MEMBERS);
    List<FieldDecl> fields = new ArrayList<>();
    TypeRef self = named(shape);
    for (Property p : o.properties()) {
      String javaName = members.allocate(JavaNames.camel(p.jsonName(), "field"),
          JavaNames.camel(p.jsonName(), "field") + "Value");
      fields.add(new FieldDecl(javaName, p.jsonName(), ref(p.shape(), self), p.required(),
          p.nullable()));
    }
    boolean builder = Boolean.TRUE.equals(rootIsRequest.get(shape));
    return new RecordDecl(name, fields, nested, builder, docLines(shape));
  }

  private List<String> docLines(Shape shape) {
    String doc = docs.get(shape);
    return doc == null ? List.of() : List.of(doc);
  }

  /** Builds an open enum declaration; constants are allocated around the reserved UNKNOWN. */
  static EnumDecl enumDecl(String name, List<String> values, List<List<String>> docs) {
    return enumDecl(name, values, docs, "VALUE_");
  }

  /** Builds an enum declaration whose digit-leading constants start with {@code digitPrefix}. */
  static EnumDecl enumDecl(String name, List<String> values, List<List<String>> docs,
      String digitPrefix) {
    Namespace constants = new Namespace(Set.of("UNKNOWN"));
    List<EnumConstant> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String c = JavaNames.constant(values.get(i), digitPrefix);
      out.add(new EnumConstant(constants.allocate(c, c + "_VALUE"), values.get(i),
          docs.isEmpty() ? List.of() : docs.get(i)));
    }
    return new EnumDecl(name, out, List.of());
  }

  /** Returns the Java type for a body shape. */
  TypeRef ref(Shape shape) {
    return ref(shape, new TypeRef.Any());
  }

  /** Returns the Java type for a property of the type {@code self}. */
  private TypeRef ref(Shape shape, TypeRef self) {
    if (shape instanceof Shape.SelfShape) {
      return self;
    }
    if (shape instanceof Shape.ScalarShape s) {
      return new TypeRef.Scalar(JavaType.of(s.scalar()));
    }
    if (shape instanceof ArrayShape a) {
      return new TypeRef.ListOf(ref(a.items(), self));
    }
    if (shape instanceof MapShape m) {
      return new TypeRef.MapOf(ref(m.values(), self));
    }
    if (shape instanceof ObjectShape o && o.properties().isEmpty()) {
      return new TypeRef.MapOf(new TypeRef.Any());
    }
    if (shape instanceof ObjectShape || shape instanceof EnumShape) {
      return named(shape);
    }
    return new TypeRef.Any();
  }

  private TypeRef named(Shape shape) {
    String top = topNames.get(shape);
    if (top != null) {
      return new TypeRef.Named(top, null);
    }
    String[] nested = nestedNames.get(shape);
    if (nested == null) {
      throw new IllegalStateException("unnamed shape");
    }
    return new TypeRef.Named(nested[0], nested[1]);
  }

  List<TypeDecl> declarations() {
    return declarations.stream()
        .sorted(java.util.Comparator.comparing(TypeDecl::simpleName))
        .toList();
  }

  /** The shape that becomes a type for a body: objects (non-empty) and enums, through arrays. */
  static Shape typeShapeOf(Shape body) {
    Shape s = body;
    while (true) {
      if (s instanceof ArrayShape a) {
        s = a.items();
      } else if (s instanceof MapShape m) {
        s = m.values();
      } else {
        break;
      }
    }
    if (s instanceof ObjectShape o && !o.properties().isEmpty() || s instanceof EnumShape) {
      return s;
    }
    return null;
  }

  /** A shape waiting to be visited, with the name hint of the path that reached it. */
  private record Work(Shape shape, String hint, String doc, Shape parent) {}

  /**
   * Returns the object and enum shapes reachable from {@code top} without passing through another
   * top-level type, each with its name hint (first path that reached it, breadth first).
   */
  private static Map<Shape, Work> reach(Shape top, Set<Shape> tops, Held held) {
    Map<Shape, Work> out = new LinkedHashMap<>();
    Deque<Work> work = new ArrayDeque<>();
    pushChildren(work, top);
    Shape member = held == null || !(top instanceof ObjectShape o) ? null
        : o.properties().stream().filter(p -> p.jsonName().equals(held.member()))
            .map(Property::shape).findFirst().orElse(null);
    Work holder = work.stream().filter(x -> x.shape() == member).findFirst().orElse(null);
    if (holder != null) {
      // What a page or wrapper holds is the path's resource, whatever the member's name.
      work.remove(holder);
      work.addFirst(new Work(holder.shape(), held.name(), holder.doc(), holder.parent()));
    }
    while (!work.isEmpty()) {
      Work w = work.pollFirst();
      Shape s = typeShapeOf(w.shape());
      if (s == null || s.equals(top) || tops.contains(s) || out.containsKey(s)) {
        continue;
      }
      out.put(s, w);
      pushChildren(work, s);
    }
    return out;
  }

  private static void pushChildren(Deque<Work> work, Shape s) {
    if (s instanceof ObjectShape o) {
      for (Property p : o.properties()) {
        boolean plural = p.shape() instanceof ArrayShape || p.shape() instanceof MapShape;
        String hint = JavaNames.pascal(plural ? JavaNames.singular(p.jsonName()) : p.jsonName(),
            "Value");
        String doc = (p.shape() instanceof ArrayShape ? "An element of the \""
            : p.shape() instanceof MapShape ? "A value of the \"" : "The \"")
            + p.jsonName() + "\" property.";
        work.addLast(new Work(p.shape(), hint, doc, s));
      }
    }
  }
}
