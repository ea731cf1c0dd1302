package io.github.postman2java.maven;

/** The output directory is one we must not write to; nothing has been written. */
final class UnsafeOutputException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says which directory and why. */
  UnsafeOutputException(String message) {
    super(message);
  }
}
