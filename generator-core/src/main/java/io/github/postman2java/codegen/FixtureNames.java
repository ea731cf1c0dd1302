package io.github.postman2java.codegen;

import io.github.postman2java.naming.ClientGroup;
import io.github.postman2java.names.JavaNames;
import io.github.postman2java.names.Namespace;
import io.github.postman2java.naming.OperationDecl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names in the examples class, first come, first served in file order (so appending a request or
 * an example renames nothing): one accessor per operation, its folder path and method name
 * ({@code massUpdate().leads(...)} → {@code massUpdateLeads()}); one method per saved example,
 * from the example's name ({@code "RECORD_LOCKED"} → {@code recordLocked()}, an unnamed one
 * {@code status204()}), a number appended on collision. Case-insensitive, because accessors and example names also name resource files.
 */
final class FixtureNames {
  /** Methods of {@code Object}, and the ones every examples class already has. */
  private static final Set<String> TAKEN = Set.of("all", "replay", "getClass", "hashCode", "equals",
      "toString", "notify", "notifyAll", "wait", "clone", "finalize");
  /** Methods of every operation's examples class besides the examples. */
  static final String ALL = "all";
  static final String REPLAY = "replay";
  static final String REQUEST_BODY = "requestBody";
  static final String RAW_REQUEST_BODY = "rawRequestBody";

  /** An operation with its accessor. */
  record Named(OperationDecl operation, String accessor) {}

  private FixtureNames() {}

  /** Returns every operation in file order with its accessor name. */
  static List<Named> operations(ClientGroup root, String examplesClass) {
    Map<OperationDecl, String> prefixes = new IdentityHashMap<>();
    List<OperationDecl> all = new ArrayList<>();
    collect(root, "", prefixes, all);
    all.sort(Comparator.comparing(OperationDecl::pointer, FixtureNames::compareInFileOrder));
    Namespace names = new Namespace(TAKEN);
    // A nested class may not share its enclosing class's name.
    names.reserve(JavaNames.camel(examplesClass.replaceFirst("Examples$", ""), "x"));
    List<Named> out = new ArrayList<>();
    for (OperationDecl op : all) {
      String base = JavaNames.camel(prefixes.get(op) + upperFirst(op.javaMethod()), "request");
      out.add(new Named(op, names.allocate(base)));
    }
    return out;
  }

  /** Returns a method name per saved example of {@code op}, in the order of its examples. */
  static List<String> examples(OperationDecl op) {
    Namespace names = new Namespace(TAKEN);
    names.reserve(REQUEST_BODY);
    names.reserve(RAW_REQUEST_BODY);
    List<String> out = new ArrayList<>();
    for (OperationDecl.ExampleRef ex : op.examples()) {
      // An unnamed example is called after its status: status204().
      out.add(names.allocate(JavaNames.camel(ex.name(), "status" + ex.status())));
    }
    return out;
  }

  private static void collect(ClientGroup group, String prefix,
      Map<OperationDecl, String> prefixes, List<OperationDecl> all) {
    for (OperationDecl op : group.operations()) {
      prefixes.put(op, prefix);
      all.add(op);
    }
    for (ClientGroup child : group.children()) {
      collect(child, prefix + upperFirst(child.accessor()), prefixes, all);
    }
  }

  /** Orders JSON pointers ({@code /item/10/item/2}) by position in the file. */
  static int compareInFileOrder(String a, String b) {
    String[] x = a.split("/");
    String[] y = b.split("/");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = isNumber(x[i]) && isNumber(y[i])
          ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i])) : x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.length() < 18 && s.chars().allMatch(Character::isDigit);
  }

  private static String upperFirst(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
