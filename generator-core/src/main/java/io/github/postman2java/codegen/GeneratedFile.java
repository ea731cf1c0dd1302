package io.github.postman2java.codegen;

import java.util.Objects;

/**
 * One generated source file: a relative path with {@code /} separators and its UTF-8 content.
 */
public record GeneratedFile(String relativePath, String content) {

  /** Creates a generated file. */
  public GeneratedFile {
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(content, "content");
  }
}
