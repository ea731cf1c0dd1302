package io.github.postman2java.writer;

import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.diag.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Refuses an output directory that holds files but none of ours: pointing {@code --output} at a
 * source folder or the collection's own folder is almost always a mistake, and generated files
 * would mix with the user's. A directory we wrote before (it holds a file with our header) is
 * fine ({@link OwnedFiles}), and files the user added to it are never touched.
 */
public final class OutputDirectoryGuard {
  /** Bounds the look: a huge foreign tree is refused after this many files without ours. */
  static final int MAX_FILES = 10_000;

  private OutputDirectoryGuard() {}

  /** Reports P2J030 and returns false when {@code dir} holds only files we did not write. */
  public static boolean check(Path dir, Diagnostics diagnostics) {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    int foreign = 0;
    try (Stream<Path> walk = Files.walk(dir)) {
      Iterator<Path> it = walk.iterator();
      while (it.hasNext() && foreign < MAX_FILES) {
        Path p = it.next();
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        if (OwnedFiles.isGenerated(p)) {
          return true;
        }
        foreign++;
      }
    } catch (IOException | RuntimeException e) {
      foreign++;
    }
    if (foreign == 0) {
      return true;
    }
    diagnostics.error(DiagnosticCode.P2J030_UNSAFE_OUTPUT, SourceLocation.ofFile("output"),
        "the output directory holds files postman2java did not write; choose an empty or"
            + " dedicated directory, or pass --force");
    return false;
  }
}
