package io.github.postman2java.maven;

import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.diag.GenerationException;
import io.github.postman2java.diag.Severity;
import io.github.postman2java.diag.SourceLocation;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;

/**
 * Renders diagnostics for the Maven log as {@code path:line:col: error[P2J002]: message}, with
 * the collection's path relative to the project (the core only knows its file name), so IDEs and
 * CI annotators can link to the line.
 */
final class DiagnosticLog {
  private DiagnosticLog() {}

  /** Renders {@code d}, replacing the collection's file name with the job's display path. */
  static String render(Diagnostic d, GenerationJob job) {
    SourceLocation at = d.location();
    if (at.file().equals(job.collection().getFileName().toString())) {
      at = new SourceLocation(job.displayPath(), at.line(), at.column(), at.pointer());
    }
    return new Diagnostic(d.severity(), d.code(), d.message(), at).render();
  }

  /** Logs every diagnostic of {@code e} (errors as errors) and returns the errors, one a line. */
  static String logFailure(GenerationException e, GenerationJob job, Log log) {
    List<Diagnostic> all = e.diagnostics();
    for (Diagnostic d : all) {
      if (d.severity() == Severity.ERROR) {
        log.error(render(d, job));
      } else {
        log.warn(render(d, job));
      }
    }
    return all.stream()
        .filter(d -> d.severity() == Severity.ERROR)
        .map(d -> render(d, job))
        .collect(Collectors.joining("\n"));
  }
}
