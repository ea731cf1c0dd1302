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
import java.util.ArrayList;
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
 *   <li>Roots (request, response and error bodies) are registered in operation order and named
 *       at once. A root is shared only under a name from what it is ({@code Organization}, the
 *       endpoint's {@code LinkTokenCreateResponse}): equal shapes with the same such name are
 *       one type; a root named after its own request ({@code MassUpdateLeadsRequest}) is that
 *       request's alone, so no request reads a type named after another. A request body and a
 *       response body are never one type ({@code EchoRequest} is only sent).
 *   <li>Object and enum shapes below the roots are owned by the first top-level type that
 *       reaches them and nested in it ({@code MassUpdateLeadsRequest.Data}); other roots of the
 *       same shape refer to them there.
 *   <li>Names come from property paths (singular for array items), allocated through {@link
 *       Namespace}s: top-level per package, nested per owner, members per type. A taken name is
 *       qualified by its parent's name before any numeric suffix is used.
 * </ol>
 */
final class ModelNamer {
  private final List<Root> roots = new ArrayList<>();
  /** (family, shape) → the type every later root of that family and shape reads. */
  private final Map<List<Object>, Root> sharedRoots = new HashMap<>();
  private final Map<Shape, String> docs = new LinkedHashMap<>();
  private final Map<Shape, String> topNames = new LinkedHashMap<>();
  private final Map<Shape, NestedName> nestedNames = new LinkedHashMap<>();
  private final Namespace topLevel = new Namespace(JavaNames.RESERVED_TYPES);
  private final List<TypeDecl> declarations = new ArrayList<>();

  /** A top-level type a body is read as: its shape, name and description. */
  static final class Root {
    private final Shape shape;
    private final String name;
    private final String doc;
    private final Held held;
    private final boolean request;

    private Root(Shape shape, String name, String doc, Held held, boolean request) {
      this.shape = shape;
      this.name = name;
      this.doc = doc;
      this.held = held;
      this.request = request;
    }

    String name() {
      return name;
    }
  }

  /** What a body is to its request: sent, a 2xx answer, or an error answer. */
  enum Family {
    REQUEST,
    SUCCESS,
    ERROR
  }

  /**
   * Registers a body root and returns the type it is read as, or {@code null} when the body is
   * no object or enum. Candidate names come best first. A root of the same family
   * and shape as an earlier one reads that earlier type when its name says what the body is: one
   * of {@code shared} (the path's resource, the endpoint) or {@code generic} (the verb: {@code
   * CreateResponse}, tried when every shared name is taken). Otherwise the root gets the first
   * free shared or generic name, or else one of {@code own}, names from the request itself that
   * are never lent to another request: a type is named after what it is, not after whichever
   * request came first. {@code held}, when not null, is the member of a page or wrapper body
   * that holds the resource, named {@code heldName} whatever the member is called.
   */
  Root addRoot(Shape body, Family family, Names shared, Names generic, Names own, String doc,
      Property held, String heldName) {
    return addRoot(body, family, "", shared, generic, own, doc, held, heldName);
  }

  /**
   * As {@link #addRoot(Shape, Family, Names, Names, Names, String, Property, String)}, lent
   * only to roots of the same {@code scope}: an endpoint's type ({@code TransferCancelResponse})
   * is named after one endpoint and read by the requests to it alone.
   */
  Root addRoot(Shape body, Family family, String scope, Names shared, Names generic,
      Names own, String doc, Property held, String heldName) {
    return addRoot(body, family, scope, "", shared, generic, own, doc, held, heldName);
  }

  /**
   * As {@link #addRoot(Shape, Family, String, Names, Names, Names, String, Property, String)};
   * a body of the same shape sent to the same {@code endpoint} (non-empty) is the type the first
   * such root got under a shared name, whatever the later ones' names would choose.
   */
  Root addRoot(Shape body, Family family, String scope, String endpoint, Names shared,
      Names generic, Names own, String doc, Property held, String heldName) {
    Shape root = ReachedTypes.typeShapeOf(body);
    if (root == null) {
      return null;
    }
    List<Object> sentTo = List.of(family, root, "@" + endpoint);
    Root same = endpoint.isEmpty() ? null : sharedRoots.get(sentTo);
    if (same != null) {
      return same;
    }
    List<Object> key = List.of(family, root, scope);
    Root existing = sharedRoots.get(key);
    if (existing != null) {
      if (!endpoint.isEmpty()) {
        sharedRoots.put(sentTo, existing);
      }
      return existing;
    }
    String name = firstFree(shared);
    if (name == null) {
      name = firstFree(generic);
    }
    boolean shareable = name != null;
    if (!shareable) {
      name = topLevel.allocate(own.list().toArray(String[]::new));
    }
    Held h = held != null && root == body ? new Held(held.jsonName(), heldName) : null;
    Root r = new Root(root, name, doc, h, family == Family.REQUEST);
    roots.add(r);
    topNames.putIfAbsent(root, name);
    docs.putIfAbsent(root, doc);
    if (shareable) {
      sharedRoots.put(key, r);
      if (!endpoint.isEmpty()) {
        sharedRoots.put(sentTo, r); // a name of its own is never lent (SearchMessagesRequest)
      }
    }
    return r;
  }

  /** Registers a body root whose members are named after themselves. */
  Root addRoot(Shape body, Family family, Names shared, Names generic, Names own,
      String doc) {
    return addRoot(body, family, shared, generic, own, doc, null, null);
  }

  /** Takes and returns the first free name, or {@code null} when all are taken. */
  private String firstFree(Names names) {
    for (String n : names.list()) {
      if (topLevel.isFree(n)) {
        topLevel.reserve(n);
        return n;
      }
    }
    return null;
  }

  /** Candidate type names, best first; empty candidates are left out. */
  record Names(List<String> list) {
    static final Names NONE = new Names(List.of());

    Names {
      list = List.copyOf(list);
    }

    static Names of(String... names) {
      return new Names(java.util.Arrays.stream(names).filter(n -> !n.isEmpty()).toList());
    }
  }

  /** A nested type: the top-level type it is declared in, and its own simple name. */
  private record NestedName(String owner, String name) {}

  /** The member of a root that holds its resource, and the resource's name. */
  record Held(String member, String name) {}

  /**
   * Decides placement and names; call once after every root is added. Placement depends only on
   * the order of roots, never on how many use a shape, so adding a request cannot move or rename
   * the types of the others.
   */
  void assign() {
    Set<Shape> tops = new LinkedHashSet<>(topNames.keySet());
    Map<Shape, Shape> owner = new LinkedHashMap<>();
    Map<Shape, ReachedTypes.Work> reachedBy = new LinkedHashMap<>();
    for (Root top : roots) {
      for (Map.Entry<Shape, ReachedTypes.Work> reached
          : ReachedTypes.reach(top.shape, tops, top.held).entrySet()) {
        if (owner.putIfAbsent(reached.getKey(), top.shape) == null) {
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
    roots.forEach(r -> topScope.reserve(r.name));
    for (Map.Entry<Shape, Shape> e : owner.entrySet()) {
      Shape shape = e.getKey();
      Shape top = e.getValue();
      String topName = topNames.get(top);
      Namespace space = nestedSpaces.computeIfAbsent(top, t -> new Namespace(topScope, Set.of()));
      ReachedTypes.Work w = reachedBy.get(shape);
      String parent = w.parent() == null ? null : nestedByShape.get(w.parent());
      String qualified = (parent == null ? topName : parent) + w.hint();
      String name = space.allocate(w.hint(), qualified);
      nestedByShape.put(shape, name);
      nestedNames.put(shape, new NestedName(topName, name));
    }
    Map<String, List<Shape>> nestedByOwner = new HashMap<>();
    nestedNames.forEach((shape, where) ->
        nestedByOwner.computeIfAbsent(where.owner(), k -> new ArrayList<>()).add(shape));
    for (Root top : roots) {
      List<TypeDecl> nested = top.name.equals(topNames.get(top.shape))
          ? nestedFor(top.shape, nestedByOwner) : List.of();
      declarations.add(declare(top.shape, top.name, nested, top.request, top.doc));
    }
  }

  private List<TypeDecl> nestedFor(Shape top, Map<String, List<Shape>> nestedByOwner) {
    List<TypeDecl> nested = new ArrayList<>();
    for (Shape shape : nestedByOwner.getOrDefault(topNames.get(top), List.of())) {
      nested.add(declare(shape, nestedNames.get(shape).name(), List.of(), false,
          docs.get(shape)));
    }
    return nested;
  }

  private TypeDecl declare(Shape shape, String name, List<TypeDecl> nested, boolean builder,
      String doc) {
    List<String> docLines = doc == null ? List.of() : List.of(doc);
    if (shape instanceof EnumShape e) {
      EnumDecl d = enumDecl(name, e.values(), List.of());
      return new EnumDecl(d.simpleName(), d.constants(), docLines);
    }
    ObjectShape o = (ObjectShape) shape;
    Namespace members = new Namespace(JavaNames.RESERVED_MEMBERS);
    List<FieldDecl> fields = new ArrayList<>();
    TypeRef self = topNames.containsKey(shape) ? new TypeRef.Named(name, null) : named(shape);
    for (Property p : o.properties()) {
      String javaName = members.allocate(JavaNames.camel(p.jsonName(), "field"),
          JavaNames.camel(p.jsonName(), "field") + "Value");
      fields.add(new FieldDecl(javaName, p.jsonName(), ref(p.shape(), self), p.required(),
          p.nullable()));
    }
    return new RecordDecl(name, fields, nested, builder, docLines);
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

  /** Returns the Java type for a body whose type is {@code root} (lists and maps around it). */
  TypeRef ref(Shape body, Root root) {
    if (root == null) {
      return ref(body);
    }
    if (body == root.shape || body.equals(root.shape)) {
      return new TypeRef.Named(root.name, null);
    }
    if (body instanceof ArrayShape a) {
      return new TypeRef.ListOf(ref(a.items(), root));
    }
    if (body instanceof MapShape m) {
      return new TypeRef.MapOf(ref(m.values(), root));
    }
    return ref(body);
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
    NestedName nested = nestedNames.get(shape);
    if (nested == null) {
      throw new IllegalStateException("unnamed shape");
    }
    return new TypeRef.Named(nested.owner(), nested.name());
  }

  List<TypeDecl> declarations() {
    return declarations.stream()
        .sorted(java.util.Comparator.comparing(TypeDecl::simpleName))
        .toList();
  }
}
