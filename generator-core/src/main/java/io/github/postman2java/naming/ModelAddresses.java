package io.github.postman2java.naming;

import io.github.postman2java.overrides.MemberAddress;
import io.github.postman2java.overrides.OperationAddress;
import io.github.postman2java.overrides.PathStep;
import io.github.postman2java.overrides.Suggest;
import io.github.postman2java.overrides.TypeAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds what an override address means in a named model: requests by folder path or method and
 * URL path, bodies by role, members by JSON path, types where they occur or by their generated
 * name. Addresses that find nothing get a message with the nearest candidate ("did you mean").
 * Works on names as inference gave them, so renaming never breaks an address.
 */
final class ModelAddresses {
  private final Map<String, TypeDecl> types = new LinkedHashMap<>();
  private final List<OperationDecl> operations = new ArrayList<>();
  private final Map<String, ClientGroup> folders = new LinkedHashMap<>();

  /** A failed lookup: why, for the diagnostic. */
  static final class Miss extends Exception {
    private static final long serialVersionUID = 1L;

    Miss(String message) {
      super(message, null, false, false);
    }
  }

  /** A resolved member: the record that holds it and the member's JSON name. */
  record Member(String recordKey, String jsonName) {}

  ModelAddresses(NamedModel model) {
    for (TypeDecl top : model.modelTypes()) {
      types.put(top.simpleName(), top);
      if (top instanceof TypeDecl.RecordDecl r) {
        r.nested().forEach(n -> types.put(top.simpleName() + "." + n.simpleName(), n));
      }
    }
    Deque<Map.Entry<List<String>, ClientGroup>> work = new ArrayDeque<>();
    work.add(Map.entry(List.of(), model.root()));
    while (!work.isEmpty()) {
      var e = work.poll();
      folders.put(OperationAddress.render(e.getKey()), e.getValue());
      operations.addAll(e.getValue().operations());
      for (ClientGroup child : e.getValue().children()) {
        List<String> path = new ArrayList<>(e.getKey());
        path.add(child.title());
        work.add(Map.entry(path, child));
      }
    }
  }

  /** Types by key: {@code Top} or {@code Top.Nested}. */
  Map<String, TypeDecl> types() {
    return types;
  }

  List<OperationDecl> operations() {
    return operations;
  }

  /** The folder form of an operation's address, as the report prints it. */
  static String address(OperationDecl op) {
    List<String> path = new ArrayList<>(op.folders());
    path.add(op.itemName());
    return OperationAddress.render(path);
  }

  /** Returns the operation an address names; exactly one must match. */
  OperationDecl operation(OperationAddress address) throws Miss {
    List<OperationDecl> found = new ArrayList<>();
    for (OperationDecl op : operations) {
      if (address.isMethodForm() ? address.method().equals(op.httpMethod())
          && address.path().equals(urlPath(op.rawUrl()))
          : address(op).equals(OperationAddress.render(address.itemPath()))) {
        found.add(op);
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.size() > 1) {
      throw new Miss("the address \"" + address + "\" matches " + found.size()
          + " requests; use the other form (" + (address.isMethodForm() ? "Folder/Request name"
              : "METHOD /path") + ")");
    }
    List<String> candidates = operations.stream()
        .map(op -> address.isMethodForm() ? op.httpMethod() + " " + urlPath(op.rawUrl())
            : address(op))
        .toList();
    throw new Miss("no request \"" + address + "\"" + Suggest.didYouMean(address.toString(),
        candidates));
  }

  /** Returns the folder's client group; {@code []} is the collection's root client. */
  ClientGroup folder(List<String> path) throws Miss {
    String key = OperationAddress.render(path);
    ClientGroup g = folders.get(key);
    if (g == null) {
      throw new Miss("no folder \"" + key + "\"" + Suggest.didYouMean(key, folders.keySet()));
    }
    return g;
  }

  static String urlPath(String raw) {
    return OperationAddress.urlPath(raw);
  }

  /** Returns the type at a body position (through lists and maps). */
  TypeRef typeAt(MemberAddress address) throws Miss {
    return walk(address, address.path().size());
  }

  /** Returns the type a type address names, as a named reference. */
  TypeRef.Named type(TypeAddress address) throws Miss {
    if (address.generatedName() != null) {
      String name = address.generatedName();
      if (!types.containsKey(name)) {
        throw new Miss("no generated type \"" + name + "\"" + Suggest.didYouMean(name,
            types.keySet()));
      }
      int dot = name.indexOf('.');
      return dot < 0 ? new TypeRef.Named(name, null)
          : new TypeRef.Named(name.substring(0, dot), name.substring(dot + 1));
    }
    TypeRef t = unwrap(typeAt(address.occurrence()));
    if (!(t instanceof TypeRef.Named n)) {
      throw new Miss("\"" + address + "\" is not a generated type (it is "
          + TypeRefs.describe(t) + ")");
    }
    return n;
  }

  /** Returns the member a field address names. */
  Member member(MemberAddress address) throws Miss {
    List<PathStep> path = address.path();
    if (path.isEmpty() || !(path.get(path.size() - 1) instanceof PathStep.Property p)) {
      throw new Miss("a field address ends with a member name, like $.data[*].status");
    }
    TypeRef parent = unwrap(walk(address, path.size() - 1));
    TypeDecl decl = parent instanceof TypeRef.Named n ? types.get(key(n)) : null;
    if (!(decl instanceof TypeDecl.RecordDecl r)) {
      throw new Miss("\"" + address + "\": the parent is not an object type");
    }
    if (r.fields().stream().noneMatch(f -> f.jsonName().equals(p.name()))) {
      throw new Miss("no member \"" + p.name() + "\" in \"" + address + "\""
          + Suggest.didYouMean(p.name(), r.fields().stream().map(FieldDecl::jsonName).toList()));
    }
    return new Member(key((TypeRef.Named) parent), p.name());
  }

  static String key(TypeRef.Named n) {
    return n.nested() == null ? n.topLevel() : n.topLevel() + "." + n.nested();
  }

  private TypeRef walk(MemberAddress address, int steps) throws Miss {
    OperationDecl op = operation(address.operation());
    TypeRef t = body(op, address);
    List<PathStep> path = address.path();
    for (int i = 0; i < steps; i++) {
      PathStep step = path.get(i);
      if (step instanceof PathStep.Items) {
        if (!(t instanceof TypeRef.ListOf l)) {
          throw miss(address, i, "is not an array");
        }
        t = l.item();
      } else if (step instanceof PathStep.MapValues) {
        if (!(t instanceof TypeRef.MapOf m)) {
          throw miss(address, i, "is not a map");
        }
        t = m.value();
      } else {
        String name = ((PathStep.Property) step).name();
        TypeDecl decl = t instanceof TypeRef.Named n ? types.get(key(n)) : null;
        if (!(decl instanceof TypeDecl.RecordDecl r)) {
          throw miss(address, i, t instanceof TypeRef.ListOf ? "is an array (add [*])"
              : "is not an object");
        }
        FieldDecl field = r.fields().stream().filter(f -> f.jsonName().equals(name))
            .findFirst().orElse(null);
        if (field == null) {
          throw new Miss("no member \"" + name + "\" at " + PathStep.render(path.subList(0, i))
              + " of \"" + address.operation() + " " + address.roleLabel() + "\""
              + Suggest.didYouMean(name, r.fields().stream().map(FieldDecl::jsonName).toList()));
        }
        t = field.type();
      }
    }
    return t;
  }

  private static Miss miss(MemberAddress address, int i, String what) {
    return new Miss(PathStep.render(address.path().subList(0, i)) + " of \""
        + address.operation() + " " + address.roleLabel() + "\" " + what);
  }

  private static TypeRef body(OperationDecl op, MemberAddress address) throws Miss {
    TypeRef t = switch (address.role()) {
      case REQUEST -> op.requestType();
      case RESPONSE -> op.successType();
      case ERROR -> op.errors().stream()
          .filter(e -> address.statusClass() == 0 || e.statusClass() == address.statusClass())
          .map(OperationDecl.ErrorBinding::type)
          .filter(x -> x != null)
          .findFirst().orElse(null);
    };
    if (t == null || t instanceof TypeRef.Any || t instanceof TypeRef.Text) {
      throw new Miss("\"" + address.operation() + "\" has no JSON " + address.roleLabel()
          + " body");
    }
    return t;
  }

  private static TypeRef unwrap(TypeRef t) {
    TypeRef x = t;
    while (x instanceof TypeRef.ListOf || x instanceof TypeRef.MapOf) {
      x = x instanceof TypeRef.ListOf l ? l.item() : ((TypeRef.MapOf) x).value();
    }
    return x;
  }
}
