package io.github.postman2java.maven;

import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One collection to generate in one execution, with its effective configuration.
 *
 * @param collection the absolute, normalised collection path
 * @param displayPath the collection path as shown in the log (relative to the base directory)
 * @param packageName the Java package for this collection
 * @param outputDirectory the absolute, normalised output directory
 * @param manifest the absolute manifest path, or {@code null}
 * @param failOnWarnings treat warnings as errors
 * @param failOnSecrets treat literal credentials as errors
 * @param jackson the Jackson major version the code is generated for (2 or 3)
 * @param fixtures whether this job writes the test fixtures instead of the client
 */
record GenerationJob(
    Path collection,
    String displayPath,
    String packageName,
    Path outputDirectory,
    Path manifest,
    boolean failOnWarnings,
    boolean failOnSecrets,
    int jackson,
    boolean fixtures) {

  /** Creates a job; everything but the manifest is required. */
  GenerationJob {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
  }

  /**
   * Returns the canonical text of every setting that changes the output, for the fingerprint.
   * Settings that do not change the generated files ({@code skip}, {@code addCompileSourceRoot})
   * are left out on purpose, so toggling them does not regenerate.
   */
  String configurationKey() {
    return "package=" + packageName + "\noutput=" + outputDirectory + "\nmanifest="
        + (manifest == null ? "" : manifest) + "\nfailOnWarnings=" + failOnWarnings
        + "\nfailOnSecrets=" + failOnSecrets + "\njackson=" + jackson + "\nfixtures=" + fixtures
        + "\n";
  }

  /**
   * Returns the generator options. {@code force}: the plugin has already checked the output
   * directory with what its state files know ({@link OutputGuard#foreignFiles}).
   */
  GeneratorOptions options() {
    return GeneratorOptions.builder(collection, packageName)
        .outputDirectory(fixtures ? null : outputDirectory)
        .fixturesDirectory(fixtures ? outputDirectory : null)
        .manifest(manifest)
        .failOnWarnings(failOnWarnings)
        .failOnSecrets(failOnSecrets)
        .jackson(jackson)
        .force(true)
        .fixtures(fixtures)
        .build();
  }

  /** Returns the path and size of each file this job writes: the client, or its fixtures. */
  Map<String, Long> fileSizes(GenerationResult result) {
    return fixtures ? result.fixtureSizes() : result.fileSizes();
  }
}
