package io.github.postman2java.diag;

import java.util.Objects;

/** One coded finding about the input, with where it was found. Messages never quote input values. */
public record Diagnostic(
    Severity severity, DiagnosticCode code, String message, SourceLocation location) {

  /** Creates a diagnostic; all parts are required. */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
  }

  /** Renders {@code file:line:col: error[P2J002]: message (at #/pointer)}. */
  public String render() {
    String at = location.pointer().isEmpty() ? "" : " (at #" + location.pointer() + ")";
    return location.render() + ": " + severity.label() + "[" + code.id() + "]: " + message + at;
  }

  @Override
  public String toString() {
    return render();
  }
}
