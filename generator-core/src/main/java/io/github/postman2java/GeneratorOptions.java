package io.github.postman2java;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a generation run needs, built by the CLI and the Maven plugin alike.
 *
 * @param collection the collection file
 * @param packageName the Java package of the client (models go to {@code <package>.model})
 * @param outputDirectory where sources are written; {@code null} generates without writing
 * @param manifest where the manifest JSON is written, or {@code null}
 * @param failOnWarnings treat warnings as errors
 * @param failOnSecrets treat literal credentials in the collection as errors
 * @param force write into an output directory that holds files we did not generate
 * @param jackson the Jackson major version the generated code is written for: 2 or 3
 * @param environments Postman environment or globals files whose values are used like collection
 *     variables (later files win; globals rank below the collection's own variables)
 * @param overrides the overrides file ({@code <collection>.postman2java.json}), or {@code null}
 * @param reportDirectory where the evidence report is written, or {@code null} for none
 * @param fixtures also generate the test fixtures (typed saved examples, replay transport)
 * @param fixturesDirectory where the fixtures are written (Java sources and their text
 *     resources side by side), or {@code null}; setting it implies {@code fixtures}
 */
public record GeneratorOptions(
    Path collection,
    String packageName,
    Path outputDirectory,
    Path manifest,
    boolean failOnWarnings,
    boolean failOnSecrets,
    boolean force,
    int jackson,
    List<Path> environments,
    Path overrides,
    Path reportDirectory,
    boolean fixtures,
    Path fixturesDirectory) {

  /** Creates options; collection and package are required. */
  public GeneratorOptions {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(packageName, "packageName");
    environments = List.copyOf(environments);
    if (jackson != 2 && jackson != 3) {
      throw new IllegalArgumentException("the Jackson version must be 2 or 3, not " + jackson);
    }
    fixtures = fixtures || fixturesDirectory != null;
  }

  /** Creates options without overrides or report. */
  public GeneratorOptions(Path collection, String packageName, Path outputDirectory,
      Path manifest, boolean failOnWarnings, boolean failOnSecrets, boolean force, int jackson,
      List<Path> environments) {
    this(collection, packageName, outputDirectory, manifest, failOnWarnings, failOnSecrets,
        force, jackson, environments, null, null, false, null);
  }

  /** Returns a builder for {@code collection} and {@code packageName}. */
  public static Builder builder(Path collection, String packageName) {
    return new Builder(collection, packageName);
  }

  /** Builds {@link GeneratorOptions}. */
  public static final class Builder {
    private final Path collection;
    private final String packageName;
    private Path outputDirectory;
    private Path manifest;
    private boolean failOnWarnings;
    private boolean failOnSecrets;
    private boolean force;
    private int jackson = 2;
    private final List<Path> environments = new ArrayList<>();
    private Path overrides;
    private Path reportDirectory;
    private boolean fixtures;
    private Path fixturesDirectory;

    private Builder(Path collection, String packageName) {
      this.collection = collection;
      this.packageName = packageName;
    }

    /** Sets the output directory. */
    public Builder outputDirectory(Path dir) {
      this.outputDirectory = dir;
      return this;
    }

    /** Sets the manifest file. */
    public Builder manifest(Path file) {
      this.manifest = file;
      return this;
    }

    /** Treats warnings as errors. */
    public Builder failOnWarnings(boolean value) {
      this.failOnWarnings = value;
      return this;
    }

    /** Treats literal secrets in the collection as errors. */
    public Builder failOnSecrets(boolean value) {
      this.failOnSecrets = value;
      return this;
    }

    /** Writes even into an output directory holding files we did not generate. */
    public Builder force(boolean value) {
      this.force = value;
      return this;
    }

    /** Also generates the test fixtures, in memory. */
    public Builder fixtures(boolean value) {
      this.fixtures = value;
      return this;
    }

    /** Generates the test fixtures into {@code dir}. */
    public Builder fixturesDirectory(Path dir) {
      this.fixturesDirectory = dir;
      return this;
    }

    /** Writes the generated code for this Jackson major version (default 2). */
    public Builder jackson(int value) {
      this.jackson = value;
      return this;
    }

    /** Adds a Postman environment (or globals) file; later ones win. */
    public Builder environment(Path file) {
      this.environments.add(Objects.requireNonNull(file, "file"));
      return this;
    }

    /** Sets the overrides file. */
    public Builder overrides(Path file) {
      this.overrides = file;
      return this;
    }

    /** Sets the directory the evidence report is written to. */
    public Builder reportDirectory(Path dir) {
      this.reportDirectory = dir;
      return this;
    }

    /** Builds the options. */
    public GeneratorOptions build() {
      return new GeneratorOptions(collection, packageName, outputDirectory, manifest,
          failOnWarnings, failOnSecrets, force, jackson, environments, overrides,
          reportDirectory, fixtures, fixturesDirectory);
    }
  }
}
