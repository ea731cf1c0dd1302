package io.github.postman2java.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns an execution's settings and its collections into one {@link GenerationJob} per
 * collection: with several collections each gets the sub-package and report sub-directory named
 * after its file, and settings that name one file (manifest, overrides) are refused.
 *
 * @param basedir the project directory, for messages
 * @param manifest the absolute manifest path, or {@code null}
 * @param report the absolute report directory, or {@code null}
 * @param overrides the absolute, configured overrides file, or {@code null} for the one beside
 *     each collection
 * @param environments absolute environment files, in precedence order
 */
record JobPlanner(Path basedir, String packageName, Path manifest, Path report, Path overrides,
    List<Path> environments, boolean failOnWarnings, boolean failOnSecrets, int jackson,
    boolean fixtures) {

  /** Returns the jobs for {@code inputs}, all writing into {@code output}. */
  List<GenerationJob> jobs(List<Path> inputs, Path output) throws MojoFailureException {
    if (manifest != null && inputs.size() > 1) {
      throw new MojoFailureException("postman2java: manifest can only be set for an execution"
          + " with a single collection; this one has " + inputs.size());
    }
    for (Path e : environments) {
      if (!Files.isRegularFile(e)) {
        throw new MojoFailureException("postman2java: environment not found: "
            + CollectionFiles.display(e, basedir));
      }
    }
    List<GenerationJob> jobs = new ArrayList<>();
    Set<String> packages = new HashSet<>();
    for (Path input : inputs) {
      String sub = CollectionFiles.subPackage(input);
      String pkg = inputs.size() == 1 ? packageName : packageName + "." + sub;
      if (!packages.add(pkg)) {
        throw new MojoFailureException("postman2java: two collections map to the package " + pkg
            + "; rename one of them or use one execution per collection");
      }
      Path reportDir = report == null || fixtures ? null
          : inputs.size() == 1 ? report : report.resolve(sub);
      jobs.add(new GenerationJob(input, CollectionFiles.display(input, basedir), pkg, output,
          fixtures ? null : manifest, failOnWarnings, failOnSecrets, jackson, environments,
          overridesFor(input, inputs.size()), reportDir, fixtures));
    }
    return jobs;
  }

  /** The configured overrides file, or {@code <basename>.postman2java.json} beside it. */
  private Path overridesFor(Path collection, int collections) throws MojoFailureException {
    if (overrides == null) {
      return CollectionFiles.overridesBeside(collection);
    }
    if (collections > 1) {
      throw new MojoFailureException("postman2java: overrides can only be set for an"
          + " execution with a single collection; put <basename>.postman2java.json beside"
          + " each collection instead");
    }
    if (!Files.isRegularFile(overrides)) {
      throw new MojoFailureException("postman2java: overrides file not found: " + overrides);
    }
    return overrides;
  }
}
