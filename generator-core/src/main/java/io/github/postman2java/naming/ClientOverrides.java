package io.github.postman2java.naming;

import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.SourceLocation;
import io.github.postman2java.names.JavaNames;
import io.github.postman2java.overrides.Overrides.FolderRule;
import io.github.postman2java.overrides.Overrides.OperationRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the request and folder rules: method and client class names, and which requests and
 * folders are generated. An exclusion holds for everything below it unless a rule closer to the
 * request says {@code "exclude": false}. Names must stay distinct (P2J062).
 */
final class ClientOverrides {
  private final ModelOverrides owner;
  private final ModelAddresses addresses;
  private final Map<String, OperationRule> byPointer = new HashMap<>();
  private final Map<ClientGroup, FolderRule> byGroup = new IdentityHashMap<>();
  /** Lower-cased class names of the client package (one file each, whatever the case). */
  private final Set<String> classNames = new HashSet<>();
  /** Client class → its sub-package (relative to the base package), for moved clients only. */
  final Map<String, String> subPackages = new java.util.LinkedHashMap<>();

  ClientOverrides(ModelOverrides owner, ModelAddresses addresses, String errorCodeEnum) {
    this.owner = owner;
    this.addresses = addresses;
    JavaNames.RUNTIME_TYPES.forEach(this::claim);
    claim(errorCodeEnum);
  }

  private boolean claim(String className) {
    return classNames.add(className.toLowerCase(java.util.Locale.ROOT));
  }

  ClientGroup apply(ClientGroup root, List<OperationRule> operations, List<FolderRule> folders) {
    for (OperationRule rule : operations) {
      try {
        OperationDecl op = addresses.operation(rule.operation());
        OperationRule first = byPointer.putIfAbsent(op.pointer(), rule);
        if (first != null) {
          conflict(rule.at(), "the request is already overridden at " + first.at().render());
        }
      } catch (ModelAddresses.Miss miss) {
        owner.error(DiagnosticCode.P2J061_OVERRIDE_UNMATCHED, rule.at(), miss.getMessage());
      }
    }
    for (FolderRule rule : folders) {
      try {
        ClientGroup g = addresses.folder(rule.folder());
        byGroup.put(g, rule);
        checkSubPackage(rule);
        if (rule.exclude() != null && rule.folder().isEmpty()) {
          conflict(rule.at(), "the collection itself cannot be excluded");
        }
      } catch (ModelAddresses.Miss miss) {
        owner.error(DiagnosticCode.P2J061_OVERRIDE_UNMATCHED, rule.at(), miss.getMessage());
      }
    }
    collectClassNames(root);
    ClientGroup out = group(root, false, null);
    return out == null ? new ClientGroup(root.className(), root.accessor(), root.title(),
        root.docLines(), List.of(), List.of()) : out;
  }

  private void collectClassNames(ClientGroup g) {
    claim(g.className());
    g.children().forEach(this::collectClassNames);
  }

  /**
   * A folder's sub-package holds its client and the clients of its sub-folders (unless they name
   * their own); it is relative to the base package and never the model or fixtures package.
   */
  private void checkSubPackage(FolderRule rule) {
    String p = rule.subPackage();
    if (p == null) {
      return;
    }
    String first = p.contains(".") ? p.substring(0, p.indexOf('.')) : p;
    if (rule.folder().isEmpty()) {
      conflict(rule.at(), "the collection's own client stays in the base package; set the"
          + " package option to move everything");
    } else if (first.equals("model") || first.equals("fixtures")) {
      conflict(rule.at(), "\"" + first + "\" is the generated " + first + " package; choose"
          + " another sub-package");
    }
  }

  /** Rebuilds a group; {@code null} when nothing in it is generated any more. */
  private ClientGroup group(ClientGroup g, boolean excludedAbove, String packageAbove) {
    FolderRule rule = byGroup.get(g);
    boolean excluded = rule != null && rule.exclude() != null ? rule.exclude() : excludedAbove;
    String subPackage = rule != null && rule.subPackage() != null && !rule.folder().isEmpty()
        ? rule.subPackage() : packageAbove;
    String className = g.className();
    if (rule != null && rule.client() != null && !rule.client().equals(className)) {
      if (TypeNameClaims.isReserved(rule.client())) {
        conflict(rule.at(), "the name " + rule.client() + " is reserved: generated code uses a"
            + " class of that name by its simple name; choose another name");
      } else if (!claim(rule.client())) {
        conflict(rule.at(), "a class named " + rule.client() + " is already generated (names"
            + " differing only in case are one file on some systems); choose another name");
      }
      className = rule.client();
    }
    Set<String> methods = new HashSet<>();
    List<ClientGroup> children = new ArrayList<>();
    for (ClientGroup child : g.children()) {
      ClientGroup c = group(child, excluded, subPackage);
      if (c != null) {
        children.add(c);
        methods.add(c.accessor());
      }
    }
    List<OperationDecl> ops = new ArrayList<>();
    for (OperationDecl op : g.operations()) {
      OperationRule r = byPointer.get(op.pointer());
      boolean skip = r != null && r.exclude() != null ? r.exclude() : excluded;
      if (skip) {
        continue;
      }
      String method = r != null && r.method() != null ? r.method() : op.javaMethod();
      for (String m : List.of(method, method + "WithResponse", method + "Async")) {
        if (!methods.add(m)) {
          conflict(r != null && r.method() != null ? r.at() : firstRuleIn(g),
              "two methods of " + className + " would be named " + m);
        }
      }
      ops.add(retarget(op, method));
    }
    // A folder whose requests were all left out is left out too.
    boolean hadContent = !g.operations().isEmpty() || !g.children().isEmpty();
    if (ops.isEmpty() && children.isEmpty() && (excluded || hadContent)) {
      return null;
    }
    if (subPackage != null) {
      subPackages.put(className, subPackage);
    }
    return new ClientGroup(className, g.accessor(), g.title(), g.docLines(), ops, children);
  }

  private SourceLocation firstRuleIn(ClientGroup g) {
    for (OperationDecl op : g.operations()) {
      OperationRule r = byPointer.get(op.pointer());
      if (r != null) {
        return r.at();
      }
    }
    return byPointer.values().iterator().next().at();
  }

  private OperationDecl retarget(OperationDecl op, String method) {
    List<OperationDecl.ErrorBinding> errors = op.errors().stream()
        .map(e -> new OperationDecl.ErrorBinding(e.statusClass(), e.statuses(),
            owner.finalType(e.type())))
        .toList();
    List<OperationDecl.ExampleRef> examples = op.examples().stream()
        .map(e -> new OperationDecl.ExampleRef(e.pointer(), e.name(), e.status(),
            owner.finalType(e.bodyType())))
        .toList();
    return new OperationDecl(op.pointer(), op.itemName(), op.folders(), op.httpMethod(),
        op.rawUrl(), method, op.docLines(), op.binding(),
        owner.finalType(op.requestType()), op.requestContentType(),
        owner.finalType(op.successType()), op.successBinary(), op.successKind(),
        errors, examples, op.pagination(), op.requestTemplate());
  }

  private void conflict(SourceLocation at, String message) {
    owner.error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT, at, message);
  }
}
