package io.github.postman2java.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real collections in {@code ../shared/corpus} (never copied into the repository). CI always
 * has them: there a missing corpus fails the test. Elsewhere (a clone without {@code ../shared})
 * a test that needs it is skipped with the reason in the report, never passed silently.
 */
public final class SharedCorpus {
  /**
   * The corpus folder: {@code ../shared/corpus} from the repository root (relative to a module
   * directory), or {@code corpus} in the folder named by {@code -Dp2j.shared=...} (as
   * {@code TypeQualityTest} reads the specs).
   */
  public static final Path DIR = Path.of(System.getProperty("p2j.shared",
      Path.of("..", "..", "shared").toString())).resolve("corpus");

  private SharedCorpus() {}

  /** Returns {@code fileName} in the corpus, or fails (CI) / skips (elsewhere) when absent. */
  public static Path require(String fileName) {
    Path file = DIR.resolve(fileName);
    if (!Files.isRegularFile(file)) {
      missing(file);
    }
    return file;
  }

  /** Returns the corpus folder, or fails (CI) / skips (elsewhere) when absent. */
  public static Path requireDir() {
    if (!Files.isDirectory(DIR)) {
      missing(DIR);
    }
    return DIR;
  }

  /**
   * For tests that also check other inputs: returns whether {@code fileName} (or, for {@code
   * ""}, the corpus folder) is there; fails in CI when it is not, and elsewhere prints why that
   * part is left out.
   */
  public static boolean present(String fileName, String test) {
    Path file = DIR.resolve(fileName);
    if (Files.exists(file)) {
      return true;
    }
    if (inCi()) {
      Assertions.fail(message(file));
    }
    System.out.println(test + ": " + message(file) + "; that part is not checked");
    return false;
  }

  private static void missing(Path path) {
    if (inCi()) {
      Assertions.fail(message(path));
    }
    Assumptions.abort("skipped: " + message(path));
  }

  private static String message(Path path) {
    return "the shared corpus " + path.toAbsolutePath().normalize() + " is missing"
        + (inCi() ? " (CI=true: CI always has it)" : "");
  }

  /** Whether this run is CI ({@code CI=true}, as every CI service sets it). */
  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
