package io.github.postman2java.diag;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the input has errors; carries every diagnostic collected so far. */
public final class GenerationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  /** Creates the exception from the diagnostics that stopped generation. */
  public GenerationException(List<Diagnostic> diagnostics) {
    super(
        diagnostics.stream()
            .filter(d -> d.severity() == Severity.ERROR)
            .map(Diagnostic::render)
            .collect(Collectors.joining("\n")),
        null,
        false,
        false);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Returns every diagnostic, errors and warnings. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
