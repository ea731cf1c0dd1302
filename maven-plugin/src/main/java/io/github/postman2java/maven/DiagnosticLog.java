package io.github.postman2java.maven;

import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.diag.DiagnosticGroups;
import io.github.postman2java.diag.GenerationException;
import io.github.postman2java.diag.Severity;
import io.github.postman2java.diag.SourceLocation;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/**
 * Renders diagnostics for the Maven log as {@code path:line:col: error[P2J002]: message}, with
 * the collection's path relative to the project (the core only knows its file name), so IDEs and
 * CI annotators can link to the line. In Eclipse, the same diagnostics become markers on the
 * collection through {@link BuildContext#addMessage}. A cause repeated on many places is logged
 * once with its count ({@link DiagnosticGroups}); markers stay one per place.
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

  /**
   * Logs every diagnostic of {@code e} (errors as errors), adds IDE markers for those located in
   * the collection, and returns the errors, one a line.
   */
  static String logFailure(GenerationException e, GenerationJob job, Log log,
      BuildContext context) {
    List<Diagnostic> all = e.diagnostics();
    for (DiagnosticGroups.Group g : DiagnosticGroups.of(all)) {
      if (g.first().severity() == Severity.ERROR) {
        log.error(g.render(d -> render(d, job)));
      } else {
        log.warn(g.render(d -> render(d, job)));
      }
    }
    for (Diagnostic d : all) {
      boolean error = d.severity() == Severity.ERROR;
      if (isIde(context)
          && d.location().file().equals(job.collection().getFileName().toString())) {
        context.addMessage(job.collection().toFile(), d.location().line(),
            d.location().column(), "[" + d.code().id() + "] " + d.message(),
            error ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING, null);
      }
    }
    return DiagnosticGroups.of(all).stream()
        .filter(g -> g.first().severity() == Severity.ERROR)
        .map(g -> g.render(d -> render(d, job)))
        .collect(Collectors.joining("\n"));
  }

  /** Logs warnings, a cause repeated on many places once with its count and first places. */
  static void logWarnings(List<Diagnostic> warnings, GenerationJob job, Log log) {
    for (DiagnosticGroups.Group g : DiagnosticGroups.of(warnings)) {
      log.warn(g.render(d -> render(d, job)));
    }
  }

  /**
   * Returns whether {@code context} is an IDE's. On the command line Maven injects {@link
   * DefaultBuildContext}, whose markers would only repeat the log lines above.
   */
  private static boolean isIde(BuildContext context) {
    return context != null && context.getClass() != DefaultBuildContext.class;
  }
}
