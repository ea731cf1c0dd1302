package io.github.postman2java.maven;

import io.github.postman2java.CodegenRun;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Generates a typed Java client from Postman collections, and regenerates only when a
 * collection, the configuration or the plugin changed. See the plugin's README for how the
 * up-to-date check works.
 *
 * <p>Thin by design: its parameters, and the order of the steps. {@link CollectionFiles} finds
 * the collections, {@link OutputGuard} checks the output directory against {@link
 * ProtectedRoots}, {@link JobPlanner} makes one job per collection, and {@link JobRunner} hands
 * each to {@link IncrementalGenerator} (the state files), which calls the same orchestrator as
 * the CLI ({@link CodegenRun}).
 *
 * @since 0.1.0
 */
// Dependency collection (not resolution): the graph is known without downloading or building
// anything, which is all the Jackson auto-detection needs, and works in a reactor at
// generate-sources.
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
    requiresDependencyCollection = ResolutionScope.COMPILE)
public class GenerateMojo extends AbstractMojo {
  /**
   * One Postman collection (v2.0 or v2.1 JSON export) to generate from. Combined with {@link
   * #collections} when both are set. When neither is set, every {@code *.postman_collection.json}
   * under {@link #collectionDirectory} is used.
   *
   * @since 0.1.0
   */
  @Parameter(property = "postman2java.collection")
  File collection;

  /**
   * Several collections to generate from. With more than one collection in an execution, each
   * goes to its own sub-package of {@link #packageName}, named after its file ({@code
   * billing-api.postman_collection.json} → {@code <packageName>.billingapi}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "postman2java.collections")
  List<File> collections;

  /**
   * Where collections are looked for when neither {@link #collection} nor {@link #collections} is
   * set: every {@code *.postman_collection.json} below it, in sorted order.
   *
   * @since 0.1.0
   */
  @Parameter(property = "postman2java.collectionDirectory",
      defaultValue = "${project.basedir}/src/main/postman")
  File collectionDirectory;

  /**
   * Java package of the generated client; models go to {@code <packageName>.model}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "postman2java.packageName", required = true)
  String packageName;

  /**
   * Directory the sources are generated into. It must be a directory of its own: the plugin
   * refuses the project directory, source and resource directories, and a directory that already
   * holds files it did not write.
   *
   * @since 0.1.0
   */
  @Parameter(property = "postman2java.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/postman2java")
  File outputDirectory;

  /**
   * Adds {@link #outputDirectory} to the project's compile source roots, so the compiler and IDEs
   * pick the generated sources up.
   *
   * @since 0.1.0
   */
  @Parameter(property = "postman2java.addCompileSourceRoot", defaultValue = "true")
  boolean addCompileSourceRoot = true;

  /**
   * Skips the goal entirely: nothing is generated, checked or added to the source roots.
   *
   * @since 0.1.0
   */
  @Parameter(property = "postman2java.skip", defaultValue = "false")
  boolean skip;

  /**
   * Fails the build when the collection produces warnings (e.g. a saved response that is not
   * JSON), instead of logging them.
   *
   * @since 0.1.0
   */
  @Parameter(property = "postman2java.failOnWarnings", defaultValue = "false")
  boolean failOnWarnings;

  /**
   * Fails the build when the collection holds literal credentials instead of {@code
   * {{variables}}}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "postman2java.failOnSecrets", defaultValue = "false")
  boolean failOnSecrets;

  /**
   * Also writes a JSON manifest of operations and types to this file (the CLI's {@code
   * --manifest}). Only with a single collection per execution.
   *
   * @since 0.1.0
   */
  @Parameter(property = "postman2java.manifest")
  File manifest;

  /**
   * Jackson major version the generated code is written for: {@code 2}
   * ({@code com.fasterxml.jackson}), {@code 3} ({@code tools.jackson}, as Spring Boot 4 uses), or
   * {@code auto} (the default): 3 when the project depends, directly or transitively, on {@code
   * tools.jackson.core:jackson-databind}, else 2. The choice is logged.
   *
   * @since 0.2.0
   */
  @Parameter(property = "postman2java.jackson", defaultValue = "auto")
  String jackson = "auto";

  /**
   * Postman environment or globals exports ({@code *.postman_environment.json}) whose values are
   * used like collection variables, as {@code newman -e} would: a non-secret base URL becomes the
   * client builder's default; secret values (Postman's {@code secret} type or credential-looking)
   * are never copied. Later files win; globals rank below the collection's own variables. Their
   * content is part of the up-to-date check.
   *
   * @since 0.2.0
   */
  @Parameter(property = "postman2java.environments")
  List<File> environments;

  /**
   * The overrides file (renames, field types, enums on or off, exclusions; see the README's
   * "When the guess is wrong"). Default: {@code <basename>.postman2java.json} beside each
   * collection when it exists, the basename being the collection's file name without {@code
   * .postman_collection.json} (or {@code .json}): {@code leads.postman_collection.json} →
   * {@code leads.postman2java.json}. Its content is part of the up-to-date check. Only with a
   * single collection per execution when set explicitly.
   *
   * @since 0.1.0
   */
  @Parameter(property = "postman2java.overrides")
  File overrides;

  /**
   * Where the evidence report ({@code report.html}, {@code report.json}) is written: why each
   * type is what it is, with the override to paste for each decision. With several collections
   * each gets a sub-directory named like its sub-package. Written whenever the plugin generates,
   * and again when it was deleted; an up-to-date build leaves it untouched.
   *
   * @since 0.1.0
   */
  @Parameter(property = "postman2java.report",
      defaultValue = "${project.build.directory}/postman2java-report")
  File report;

  /** The project being built. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** This execution: its id keys the state file, its plugin version is part of the hash. */
  @Parameter(defaultValue = "${mojoExecution}", readonly = true)
  MojoExecution mojoExecution;

  /** The IDE's view of the build (m2e); Maven's default does plain file I/O. May be null. */
  @Inject
  BuildContext buildContext;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("postman2java: skipped (postman2java.skip=true)");
      return;
    }
    if (!enabled()) {
      return;
    }
    long start = System.nanoTime();
    Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
    List<Path> inputs = resolveCollections(basedir);
    Path output = targetDirectory();
    String unsafe = OutputGuard.checkLocation(output, basedir, protectedRoots(basedir), inputs);
    if (unsafe != null) {
      throw new MojoFailureException("postman2java: refusing " + directoryParameter() + " "
          + output + ": " + unsafe + ". Use a directory of its own, such as the default "
          + defaultDirectory() + ".");
    }
    List<GenerationJob> jobs = jobs(inputs, output, basedir);
    IncrementalGenerator generator = new IncrementalGenerator(
        absolute(new File(project.getBuild().getDirectory())).resolve("postman2java-state"),
        stateKey(), pluginIdentity(), getLog());
    int upToDate = new JobRunner(generator, buildContext, getLog()).runAll(jobs);
    if (jobs.isEmpty()) {
      String message = "postman2java: no collection configured and no *" + CollectionFiles.SUFFIX
          + " under " + collectionDirectory + "; nothing to generate";
      // An aggregator inheriting the plugin from its own build section is not a mistake.
      if ("pom".equals(project.getPackaging())) {
        getLog().debug(message);
      } else {
        getLog().warn(message);
      }
      return;
    }
    addToProject(output);
    getLog().info(String.format(
        "postman2java: %d of %d collection(s) up to date; goal took %.1f ms",
        upToDate, jobs.size(), (System.nanoTime() - start) / 1_000_000.0));
  }

  /** Returns the configured collections, or the ones found under the collection directory. */
  List<Path> resolveCollections(Path basedir) throws MojoFailureException,
      MojoExecutionException {
    Set<Path> configured = new LinkedHashSet<>();
    if (collection != null) {
      configured.add(absolute(collection));
    }
    if (collections != null) {
      collections.forEach(f -> configured.add(absolute(f)));
    }
    return CollectionFiles.resolve(configured, absolute(collectionDirectory), basedir);
  }

  private List<GenerationJob> jobs(List<Path> inputs, Path output, Path basedir)
      throws MojoFailureException {
    int jacksonMajor = JacksonChoice.choose(jackson, project.getArtifacts(), getLog());
    List<Path> environmentFiles = new ArrayList<>();
    for (File e : environments == null ? List.<File>of() : environments) {
      environmentFiles.add(absolute(e));
    }
    return new JobPlanner(basedir, packageName, manifest == null || fixtures() ? null
        : absolute(manifest), report == null ? null : absolute(report),
        overrides == null ? null : absolute(overrides), environmentFiles, failOnWarnings,
        failOnSecrets, jacksonMajor, fixtures()).jobs(inputs, output);
  }

  /** Whether this goal generates the test fixtures instead of the client. */
  boolean fixtures() {
    return false;
  }

  /** Whether the goal runs at all (besides {@code skip}). */
  boolean enabled() {
    return true;
  }

  /** The absolute directory this goal writes. */
  Path targetDirectory() {
    return absolute(outputDirectory);
  }

  /** The parameter naming {@link #targetDirectory()}, for messages. */
  String directoryParameter() {
    return "outputDirectory";
  }

  /** The default of {@link #targetDirectory()}, for messages. */
  String defaultDirectory() {
    return "target/generated-sources/postman2java";
  }

  /** Registers the written directory with the project. */
  void addToProject(Path output) {
    if (addCompileSourceRoot) {
      project.addCompileSourceRoot(output.toString());
    }
  }

  /** Keys this goal's state files: one set per execution and goal. */
  String stateKey() {
    return executionId();
  }

  /** Directories the goal must never write into. */
  List<Path> protectedRoots(Path basedir) {
    return ProtectedRoots.of(project, basedir);
  }

  private String executionId() {
    String id = mojoExecution == null ? null : mojoExecution.getExecutionId();
    return id == null || id.isBlank() ? "default" : id;
  }

  private String pluginIdentity() throws MojoExecutionException {
    String version = mojoExecution == null || mojoExecution.getMojoDescriptor() == null
        ? "unknown"
        : mojoExecution.getMojoDescriptor().getPluginDescriptor().getVersion();
    try {
      return Fingerprint.pluginIdentity(version, GenerateMojo.class, CodegenRun.class);
    } catch (IOException e) {
      throw new MojoExecutionException("postman2java: cannot read the plugin's own jar: " + e, e);
    }
  }

  Path absolute(File file) {
    Path path = file.toPath();
    if (!path.isAbsolute()) {
      path = project.getBasedir().toPath().resolve(path);
    }
    return path.toAbsolutePath().normalize();
  }

  private static String display(Path path, Path basedir) {
    return CollectionFiles.display(path, basedir);
  }
}
