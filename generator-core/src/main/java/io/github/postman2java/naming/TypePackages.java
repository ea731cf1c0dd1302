package io.github.postman2java.naming;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Where the model types go when the overrides file moved folder clients to sub-packages. */
final class TypePackages {
  private TypePackages() {}

  /**
   * A top-level type every user of which is a client of one moved package lives in that
   * package's {@code model} sub-package; a type also used elsewhere stays shared.
   */
  static Map<String, String> of(ClientGroup root, List<TypeDecl> tops,
      Map<String, String> clientPackages, String basePackage) {
    if (clientPackages.isEmpty()) {
      return Map.of();
    }
    Map<String, Set<String>> usedIn = new LinkedHashMap<>();
    Deque<ClientGroup> groups = new ArrayDeque<>(List.of(root));
    while (!groups.isEmpty()) {
      ClientGroup g = groups.poll();
      String pkg = clientPackages.getOrDefault(g.className(), basePackage);
      ClientGroup alone = new ClientGroup(g.className(), g.accessor(), g.title(), g.docLines(),
          g.operations(), List.of());
      for (String key : ModelOverrides.reachable(alone, tops)) {
        String top = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        usedIn.computeIfAbsent(top, k -> new TreeSet<>()).add(pkg);
      }
      groups.addAll(g.children());
    }
    Map<String, String> out = new LinkedHashMap<>();
    usedIn.forEach((top, packages) -> {
      String only = packages.iterator().next();
      if (packages.size() == 1 && !only.equals(basePackage)) {
        out.put(top, only + ".model");
      }
    });
    return out;
  }
}
