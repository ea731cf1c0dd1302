package io.github.postman2java.maven;

import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.codegen.GeneratedFile;
import java.nio.file.Path;
import java.util.List;
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

  /** Returns the generator options for an in-memory run (the plugin does the writing). */
  GeneratorOptions inMemoryOptions() {
    return GeneratorOptions.builder(collection, packageName)
        .failOnWarnings(failOnWarnings)
        .failOnSecrets(failOnSecrets)
        .jackson(jackson)
        .fixtures(fixtures)
        .build();
  }

  /** Returns the files this job writes: the client, or its test fixtures. */
  List<GeneratedFile> files(GenerationResult result) {
    return fixtures ? result.fixtures() : result.files();
  }
}
