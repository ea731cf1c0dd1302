package io.github.postman2java.diag;

/**
 * How bad a diagnostic is: errors stop generation, warnings do not, infos report a decision the
 * user may want to know about (never promoted by fail-on-warnings).
 */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** Returns the lower-case label used in rendered diagnostics. */
  public String label() {
    return switch (this) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "info";
    };
  }
}
