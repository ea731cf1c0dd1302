package io.github.postman2java.maven;

import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * @param environments absolute paths of Postman environment/globals files, in precedence order
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
    List<Path> environments,
    Path overrides,
    Path report,
    boolean fixtures) {

  /** Creates a job; everything but the manifest is required. */
  GenerationJob {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    environments = List.copyOf(environments);
  }

  /** Creates a job without overrides or report. */
  GenerationJob(Path collection, String displayPath, String packageName, Path outputDirectory,
      Path manifest, boolean failOnWarnings, boolean failOnSecrets, int jackson,
      List<Path> environments) {
    this(collection, displayPath, packageName, outputDirectory, manifest, failOnWarnings,
        failOnSecrets, jackson, environments, null, null, false);
  }

  /**
   * Returns the canonical text of every setting that changes the output, for the fingerprint.
   * Settings that do not change the generated files ({@code skip}, {@code addCompileSourceRoot})
   * are left out on purpose, so toggling them does not regenerate.
   */
  String configurationKey() throws IOException {
    StringBuilder env = new StringBuilder();
    for (Path e : environments) {
      // The content, not only the path: an edited environment changes the defaults.
      env.append("environment=").append(e).append(' ')
          .append(Fingerprint.of("", "", Files.readAllBytes(e))).append('\n');
    }
    if (overrides != null) {
      // Like environments: the overrides file's content changes the output.
      env.append("overrides=").append(overrides).append(' ')
          .append(Fingerprint.of("", "", Files.readAllBytes(overrides))).append('\n');
    }
    return env + "package=" + packageName + "\noutput=" + outputDirectory + "\nmanifest="
        + (manifest == null ? "" : manifest) + "\nfailOnWarnings=" + failOnWarnings
        + "\nfailOnSecrets=" + failOnSecrets + "\njackson=" + jackson + "\nreport="
        + (report == null ? "" : report) + "\nfixtures=" + fixtures + "\n";
  }

  /**
   * Returns the generator options. {@code force}: the plugin has already checked the output
   * directory with what its state files know ({@link OutputGuard#foreignFiles}).
   */
  GeneratorOptions options() {
    GeneratorOptions.Builder options = GeneratorOptions.builder(collection, packageName)
        .outputDirectory(fixtures ? null : outputDirectory)
        .fixturesDirectory(fixtures ? outputDirectory : null)
        .manifest(manifest)
        .failOnWarnings(failOnWarnings)
        .failOnSecrets(failOnSecrets)
        .jackson(jackson)
        .overrides(overrides)
        .reportDirectory(report)
        .force(true)
        .fixtures(fixtures);
    environments.forEach(options::environment);
    return options.build();
  }

  /** Returns the path and size of each file this job writes: the client, or its fixtures. */
  Map<String, Long> fileSizes(GenerationResult result) {
    return fixtures ? result.fixtureSizes() : result.fileSizes();
  }
}
