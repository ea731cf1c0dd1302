package io.github.postman2java.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Which collections an execution generates and what is named after them: the configured files
 * (each must exist) or every {@code *.postman_collection.json} under the collection directory,
 * the sub-package of each when there are several, and the overrides file beside each.
 */
final class CollectionFiles {
  static final String SUFFIX = ".postman_collection.json";

  private CollectionFiles() {}

  /**
   * Returns {@code configured} (absolute, in order) when not empty, else the collections found
   * under {@code directory}, sorted; none when the directory does not exist.
   */
  static List<Path> resolve(Set<Path> configured, Path directory, Path basedir)
      throws MojoFailureException, MojoExecutionException {
    if (!configured.isEmpty()) {
      for (Path p : configured) {
        if (!Files.isRegularFile(p)) {
          throw new MojoFailureException("postman2java: collection not found: "
              + display(p, basedir));
        }
      }
      return List.copyOf(configured);
    }
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
          .filter(Files::isRegularFile)
          .map(p -> p.toAbsolutePath().normalize())
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new MojoExecutionException("postman2java: cannot list " + directory + ": " + e, e);
    }
  }

  /** {@code leads.postman_collection.json} → {@code leads}. */
  static String baseName(Path collection) {
    String name = collection.getFileName().toString();
    return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length())
        : name.replaceFirst("\\.json$", "");
  }

  /** {@code leads.postman_collection.json} → {@code leads.postman2java.json}. */
  static String overridesName(Path collection) {
    return baseName(collection) + ".postman2java.json";
  }

  /** The overrides file beside {@code collection}, or {@code null} when there is none. */
  static Path overridesBeside(Path collection) {
    Path beside = collection.resolveSibling(overridesName(collection));
    return Files.isRegularFile(beside) ? beside : null;
  }

  /** Returns the sub-package for {@code collection}: its base name, lower case, letters only. */
  static String subPackage(Path collection) {
    String sub = baseName(collection).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return sub.isEmpty() || !Character.isLetter(sub.charAt(0)) ? "c" + sub : sub;
  }

  /** {@code path} relative to {@code basedir} when below it, for messages. */
  static String display(Path path, Path basedir) {
    return path.startsWith(basedir) ? basedir.relativize(path).toString() : path.toString();
  }
}
