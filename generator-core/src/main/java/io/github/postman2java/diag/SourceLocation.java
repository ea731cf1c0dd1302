package io.github.postman2java.diag;

import java.util.Objects;

/**
 * Where something came from: a file name, a 1-based line and column, and the JSON pointer of the
 * node. The file is a display name (never an absolute path) so diagnostics are machine-independent.
 */
public record SourceLocation(String file, int line, int column, String pointer) {

  /** Creates a location; {@code line} and {@code column} are 0 when unknown. */
  public SourceLocation {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
  }

  /** Returns a location for a whole file, without position. */
  public static SourceLocation ofFile(String file) {
    return new SourceLocation(file, 0, 0, "");
  }

  /** Returns this location pointing at a child of the current node, keeping line and column. */
  public SourceLocation child(String token) {
    return new SourceLocation(file, line, column, pointer + "/" + escape(token));
  }

  /** Returns this location pointing at an array element, keeping line and column. */
  public SourceLocation child(int index) {
    return new SourceLocation(file, line, column, pointer + "/" + index);
  }

  /** Renders {@code file:line:col}, dropping unknown parts. */
  public String render() {
    if (line <= 0) {
      return file;
    }
    return file + ":" + line + ":" + column;
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  @Override
  public String toString() {
    return render() + (pointer.isEmpty() ? "" : " (#" + pointer + ")");
  }
}
