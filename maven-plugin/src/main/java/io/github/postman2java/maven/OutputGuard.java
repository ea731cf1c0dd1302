package io.github.postman2java.maven;

import io.github.postman2java.CodegenRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Refuses output directories where writing (and later deleting) generated files could destroy
 * someone else's files. Runs before anything is written.
 *
 * <ol>
 *   <li>{@link #checkLocation}: never the project base directory or one of its ancestors, never a
 *       source or resource root, an ancestor of one, or a directory inside one (e.g. {@code
 *       src/main/java}), never a directory that contains the collection itself.
 *   <li>{@link #foreignFiles}: the first time an execution takes a directory (no state for it
 *       yet), every regular file already there must be ours: listed in one of our state files, or
 *       ours by the writer's rule ({@link CodegenRun#isGenerated}). Once we own the directory, files the user adds
 *       later are simply left alone: we only ever delete files we wrote.
 * </ol>
 */
final class OutputGuard {
  private OutputGuard() {}

  /**
   * Returns why {@code output} is unsafe, or {@code null} when it is acceptable.
   *
   * @param output the absolute, normalised output directory
   * @param basedir the project base directory
   * @param protectedRoots source and resource roots of the project
   * @param collections the collections of this execution
   */
  static String checkLocation(Path output, Path basedir, Collection<Path> protectedRoots,
      Collection<Path> collections) {
    Path real = realish(output);
    Path base = realish(basedir);
    if (base.startsWith(real)) {
      return "it is the project base directory or one of its parents";
    }
    for (Path root : protectedRoots) {
      Path r = realish(root);
      if (r.startsWith(real) || real.startsWith(r)) {
        return "it overlaps the source or resource directory " + base.relativize(r);
      }
    }
    for (Path collection : collections) {
      if (realish(collection).startsWith(real)) {
        return "it contains the collection " + collection.getFileName();
      }
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      return "it exists and is not a directory";
    }
    return null;
  }

  /**
   * Returns the files under {@code output} (relative, sorted, at most {@code limit}) that we did
   * not write: not in {@code known} and not ours by {@link CodegenRun#isGenerated} (the writer's rule).
   */
  static List<Path> foreignFiles(Path output, Set<Path> known, int limit) throws IOException {
    List<Path> foreign = new ArrayList<>();
    if (!Files.isDirectory(output)) {
      return foreign;
    }
    try (Stream<Path> walk = Files.walk(output)) {
      for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
        if (foreign.size() >= limit) {
          break;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(file)) {
          continue;
        }
        if (known.contains(file.normalize()) || CodegenRun.isLeftoverTemp(file)
            || CodegenRun.isGenerated(file)) {
          continue;
        }
        foreign.add(output.relativize(file));
      }
    }
    return foreign;
  }

  /** Resolves symbolic links of the longest existing prefix, so comparisons see real paths. */
  private static Path realish(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute;
    }
  }
}
