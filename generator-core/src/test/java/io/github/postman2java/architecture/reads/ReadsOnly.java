package io.github.postman2java.architecture.reads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file and nothing else: passes a "file reads" row, fails a row without file access. */
public final class ReadsOnly {
  private ReadsOnly() {}

  /** Reads {@code in}. */
  public static byte[] read(Path in) throws IOException {
    return Files.readAllBytes(in);
  }
}
