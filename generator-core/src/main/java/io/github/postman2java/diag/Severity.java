package io.github.postman2java.diag;

/** How bad a diagnostic is: errors stop generation, warnings do not. */
public enum Severity {
  ERROR,
  WARNING;

  /** Returns the lower-case label used in rendered diagnostics. */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
