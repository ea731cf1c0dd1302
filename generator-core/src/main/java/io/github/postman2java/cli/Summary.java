package io.github.postman2java.cli;

import io.github.postman2java.GenerationResult;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.diag.DiagnosticGroups;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The one-screen summary printed after a successful run. */
final class Summary {
  /** Warning lines shown; the rest are counted. */
  private static final int MAX_LINES = 10;

  private Summary() {}

  static String render(GenerationResult result) {
    GenerationResult.Totals totals = result.totals();
    Map<String, Integer> byCode = new TreeMap<>();
    for (Diagnostic d : result.warnings()) {
      byCode.merge(d.code().id(), 1, Integer::sum);
    }
    StringBuilder s = new StringBuilder();
    s.append("postman2java: ").append(totals.collectionFile()).append('\n');
    s.append("  operations   ").append(totals.operations()).append(" in ")
        .append(totals.clients()).append(" client class(es); entry point ")
        .append(totals.entryPoint()).append('\n');
    s.append("  model types  ").append(totals.records()).append(" records, ")
        .append(totals.enums()).append(" enums; ")
        .append(totals.errorCodes() == 0 ? "no error codes (no error-code enum)"
            : totals.errorCodes() + " error codes in " + totals.errorCodeEnum()).append('\n');
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
    // The same cause on many places prints once with its count (DiagnosticGroups).
    List<DiagnosticGroups.Group> groups = DiagnosticGroups.of(result.warnings());
    for (DiagnosticGroups.Group g : groups.stream().limit(MAX_LINES).toList()) {
      s.append("    ").append(g.render()).append('\n');
    }
    if (groups.size() > MAX_LINES) {
      int rest = groups.stream().skip(MAX_LINES).mapToInt(DiagnosticGroups.Group::count).sum();
      s.append("    … ").append(rest).append(" more (").append(groups.size() - MAX_LINES)
          .append(" causes)\n");
    }
    if (!result.infos().isEmpty()) {
      s.append("  infos        ").append(result.infos().size()).append('\n');
      for (Diagnostic d : result.infos().stream().limit(10).toList()) {
        s.append("    ").append(d.render()).append('\n');
      }
      if (result.infos().size() > 10) {
        s.append("    … ").append(result.infos().size() - 10).append(" more\n");
      }
    }
    return s.toString();
  }
}
