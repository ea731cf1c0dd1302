package io.github.postman2java.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects diagnostics across stages. Stages report and keep going where they can; the
 * orchestrator calls {@link #throwIfErrors()} at each stage boundary. Thread-confined.
 */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();

  /** Records an error. */
  public void error(DiagnosticCode code, SourceLocation at, String message) {
    all.add(new Diagnostic(Severity.ERROR, code, message, at));
  }

  /** Records a warning. */
  public void warn(DiagnosticCode code, SourceLocation at, String message) {
    all.add(new Diagnostic(Severity.WARNING, code, message, at));
  }

  /** Records an info: a decision worth reporting, not a problem. */
  public void info(DiagnosticCode code, SourceLocation at, String message) {
    all.add(new Diagnostic(Severity.INFO, code, message, at));
  }

  /** Appends everything {@code other} recorded, in its order (merging parallel work). */
  public void addAll(Diagnostics other) {
    all.addAll(other.all);
  }

  /** Returns whether any error was recorded. */
  public boolean hasErrors() {
    return all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** Returns every diagnostic in report order. */
  public List<Diagnostic> all() {
    return List.copyOf(all);
  }

  /** Returns only the warnings. */
  public List<Diagnostic> warnings() {
    return all.stream().filter(d -> d.severity() == Severity.WARNING).toList();
  }

  /** Returns only the infos. */
  public List<Diagnostic> infos() {
    return all.stream().filter(d -> d.severity() == Severity.INFO).toList();
  }

  /** Throws a {@link GenerationException} holding every diagnostic when an error was recorded. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new GenerationException(all());
    }
  }
}
