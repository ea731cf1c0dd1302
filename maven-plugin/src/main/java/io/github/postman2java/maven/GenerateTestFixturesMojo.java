package io.github.postman2java.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Generates test fixtures from the collections' saved examples: per collection a {@code
 * <package>.fixtures} package with the typed examples class ({@code ZohoCrmExamples}), the
 * {@code ReplayTransport} that answers the client with them, and the examples' body texts as
 * resources. The directory becomes a test source root and a test resource directory, so main
 * code never sees it and {@code mvn test} runs offline.
 *
 * <p>Takes the same configuration as {@code generate} (collections, package, Jackson version);
 * configure both in the plugin's {@code <configuration>} and add this goal to an execution. Like
 * {@code generate}, it regenerates only when a collection, the configuration or the plugin
 * changed, and {@code -Dpostman2java.skip} skips it.
 *
 * @since 0.2.0
 */
// Dependency collection at compile scope, as for generate: both goals must pick the same Jackson.
@Mojo(name = "generate-test-fixtures", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES,
    threadSafe = true, requiresDependencyCollection = ResolutionScope.COMPILE)
public class GenerateTestFixturesMojo extends GenerateMojo {
  private static final String DEFAULT = "target/generated-test-sources/postman2java";

  /**
   * Directory the fixtures are generated into: Java sources and the text resources they read,
   * side by side. Added as a test source root and a test resource directory (its {@code .txt}
   * files).
   *
   * @since 0.2.0
   */
  @Parameter(property = "postman2java.fixturesDirectory",
      defaultValue = "${project.build.directory}/generated-test-sources/postman2java")
  File fixturesDirectory;

  /**
   * Generates the fixtures; {@code false} turns this goal off (e.g. in a profile).
   *
   * @since 0.2.0
   */
  @Parameter(property = "postman2java.generateFixtures", defaultValue = "true")
  boolean generateFixtures = true;

  @Override
  boolean fixtures() {
    return true;
  }

  @Override
  boolean enabled() {
    if (!generateFixtures) {
      getLog().info("postman2java: test fixtures not generated (generateFixtures=false)");
    }
    return generateFixtures;
  }

  @Override
  Path targetDirectory() {
    return absolute(fixturesDirectory);
  }

  @Override
  String directoryParameter() {
    return "fixturesDirectory";
  }

  @Override
  String defaultDirectory() {
    return DEFAULT;
  }

  @Override
  String stateKey() {
    return super.stateKey() + "-test-fixtures";
  }

  /** Our own directory is a test resource directory once registered: not a reason to refuse. */
  @Override
  List<Path> protectedRoots(Path basedir) {
    Path own = targetDirectory();
    return super.protectedRoots(basedir).stream().filter(p -> !p.equals(own)).toList();
  }

  @Override
  void addToProject(Path output) {
    project.addTestCompileSourceRoot(output.toString());
    for (Resource r : project.getTestResources()) {
      if (r.getDirectory() != null && Path.of(r.getDirectory()).toAbsolutePath().normalize()
          .equals(output)) {
        return;
      }
    }
    Resource texts = new Resource();
    texts.setDirectory(output.toString());
    texts.addInclude("**/*.txt");
    project.addTestResource(texts);
  }
}
