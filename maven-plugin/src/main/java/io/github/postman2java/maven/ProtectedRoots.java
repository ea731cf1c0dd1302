package io.github.postman2java.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * The directories the plugin must never write into or clean: the conventional and the configured
 * source and resource directories of the project (main and test).
 */
final class ProtectedRoots {
  private ProtectedRoots() {}

  static List<Path> of(MavenProject project, Path basedir) {
    List<Path> roots = new ArrayList<>();
    roots.add(basedir.resolve("src/main/java"));
    roots.add(basedir.resolve("src/test/java"));
    if (project.getBuild() != null) {
      addIfSet(roots, project.getBuild().getSourceDirectory());
      addIfSet(roots, project.getBuild().getTestSourceDirectory());
      for (Resource r : project.getBuild().getResources()) {
        addIfSet(roots, r.getDirectory());
      }
      for (Resource r : project.getBuild().getTestResources()) {
        addIfSet(roots, r.getDirectory());
      }
    }
    return roots;
  }

  private static void addIfSet(List<Path> roots, String dir) {
    if (dir != null && !dir.isBlank()) {
      roots.add(Path.of(dir).toAbsolutePath().normalize());
    }
  }
}
