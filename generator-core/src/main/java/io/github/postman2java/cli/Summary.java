package io.github.postman2java.cli;

import io.github.postman2java.GenerationResult;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.naming.ClientGroup;
import io.github.postman2java.naming.TypeDecl;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/** The one-screen summary printed after a successful run. */
final class Summary {
  private Summary() {}

  static String render(GenerationResult result) {
    int operations = 0;
    int clients = 0;
    Deque<ClientGroup> work = new ArrayDeque<>();
    work.add(result.model().root());
    while (!work.isEmpty()) {
      ClientGroup g = work.poll();
      clients++;
      operations += g.operations().size();
      work.addAll(g.children());
    }
    int records = 0;
    int enums = 0;
    Deque<TypeDecl> types = new ArrayDeque<>(result.model().modelTypes());
    while (!types.isEmpty()) {
      TypeDecl t = types.poll();
      if (t instanceof TypeDecl.RecordDecl r) {
        records++;
        types.addAll(r.nested());
      } else {
        enums++;
      }
    }
    Map<String, Integer> byCode = new TreeMap<>();
    for (Diagnostic d : result.warnings()) {
      byCode.merge(d.code().id(), 1, Integer::sum);
    }
    StringBuilder s = new StringBuilder();
    s.append("postman2java: ").append(result.model().collectionFile()).append('\n');
    s.append("  operations   ").append(operations).append(" in ").append(clients)
        .append(" client class(es); entry point ").append(result.model().basePackage())
        .append('.').append(result.model().clientClass()).append('\n');
    s.append("  model types  ").append(records).append(" records, ").append(enums)
        .append(" enums; ").append(result.model().errorCodes().size())
        .append(" error codes in ").append(result.model().errorCodeEnum()).append('\n');
    s.append("  files        ").append(result.files().size() + result.fixtures().size())
        .append(" generated, ").append(result.written().size())
        .append(" written (others unchanged)\n");
    if (!result.fixtures().isEmpty()) {
      s.append("  fixtures     ").append(result.fixtures().size())
          .append(" test files (typed saved examples, replay transport)\n");
    }
    s.append("  warnings     ").append(result.warnings().size());
    byCode.forEach((code, n) -> s.append("  ").append(code).append('×').append(n));
    s.append('\n');
    for (Diagnostic d : result.warnings().stream().limit(10).toList()) {
      s.append("    ").append(d.render()).append('\n');
    }
    if (result.warnings().size() > 10) {
      s.append("    … ").append(result.warnings().size() - 10).append(" more\n");
    }
    return s.toString();
  }
}
