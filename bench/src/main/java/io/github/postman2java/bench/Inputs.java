package io.github.postman2java.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves the benchmark inputs by name: {@code github} (the corpus's GitHub v3 collection, read
 * from {@code ../shared/corpus} beside the repository) and {@code synthetic-N} (written on demand
 * by {@link SyntheticCollection} under {@code bench/work/collections}).
 */
public final class Inputs {
  /** The corpus file name of the GitHub collection. */
  public static final String GITHUB_FILE = "github-v3-rest.postman_collection.json";

  private Inputs() {}

  /** The repository root: {@code -Dproject.root}, else the parent of the working directory. */
  public static Path repoRoot() {
    String prop = System.getProperty("project.root");
    if (prop != null) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    Path cwd = Path.of("").toAbsolutePath();
    // Run from bench/ (the documented way) or from the repository root.
    return Files.isDirectory(cwd.resolve("bench")) ? cwd : cwd.getParent();
  }

  /** The corpus folder: {@code -Dcorpus.dir}, else {@code <root>/../shared/corpus}. */
  public static Path corpusDir() {
    String prop = System.getProperty("corpus.dir");
    return prop != null ? Path.of(prop)
        : repoRoot().resolve("../shared/corpus").normalize();
  }

  /** The GitHub collection, or null when the corpus is absent. */
  public static Path github() {
    Path p = corpusDir().resolve(GITHUB_FILE);
    return Files.isRegularFile(p) ? p : null;
  }

  /** The path of the synthetic collection of {@code n} requests, written if absent. */
  public static Path synthetic(int n) {
    Path p = repoRoot().resolve("bench/work/collections/synthetic-" + n
        + ".postman_collection.json");
    return SyntheticCollection.ensure(n, p);
  }

  /** Resolves an input name; returns null for {@code github} when the corpus is absent. */
  public static Path resolve(String name) {
    if (name.equals("github")) {
      return github();
    }
    if (name.startsWith("synthetic-")) {
      return synthetic(Integer.parseInt(name.substring("synthetic-".length())));
    }
    throw new IllegalArgumentException("unknown input " + name);
  }
}
