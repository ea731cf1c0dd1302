package io.github.postman2java.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@link GenerateTestFixturesMojo} beside {@link GenerateMojo}, as one execution would. */
class GenerateTestFixturesMojoTest {
  private static final Path SAMPLE = Path.of(System.getProperty("project.root", ".."))
      .resolve("sample-collections/zoho-crm-leads.postman_collection.json");
  private static final String EXAMPLES = "com/example/crm/fixtures/ZohoCrmExamples.java";

  @TempDir Path basedir;
  private Path sources;
  private Path fixtures;
  private MavenProject project;
  private RecordingLog log;

  @BeforeEach
  void setUp() throws IOException {
    Path collection = basedir.resolve("src/main/postman/leads.postman_collection.json");
    Files.createDirectories(collection.getParent());
    Files.copy(SAMPLE, collection);
    sources = basedir.resolve("target/generated-sources/postman2java");
    fixtures = basedir.resolve("target/generated-test-sources/postman2java");
    project = new MavenProject();
    project.setFile(basedir.resolve("pom.xml").toFile());
    project.getBuild().setDirectory(basedir.resolve("target").toString());
  }

  @Test
  void fixturesGoToTheTestRootsAndTheClientStaysInMain() throws Exception {
    configure(new GenerateMojo()).execute();
    configure(fixturesMojo()).execute();

    assertThat(sources.resolve("com/example/crm/ZohoCrmClient.java")).exists();
    assertThat(walk(sources)).noneMatch(p -> p.contains("fixtures"));
    assertThat(fixtures.resolve(EXAMPLES)).exists();
    assertThat(fixtures.resolve("com/example/crm/fixtures/massUpdateLeads/recordLocked.txt"))
        .exists();
    assertThat(walk(fixtures)).noneMatch(p -> p.endsWith("ZohoCrmClient.java"));
    assertThat(project.getCompileSourceRoots()).containsExactly(sources.toString());
    assertThat(project.getTestCompileSourceRoots()).containsExactly(fixtures.toString());
    assertThat(project.getTestResources()).singleElement().satisfies(r -> {
      assertThat(r.getDirectory()).isEqualTo(fixtures.toString());
      assertThat(r.getIncludes()).containsExactly("**/*.txt");
    });
    assertThat(basedir.resolve("target/postman2java-state/default-test-fixtures")).isDirectory();
  }

  @Test
  void secondRunIsUpToDateAndRegistersTheRootsOnce() throws Exception {
    configure(fixturesMojo()).execute();
    configure(fixturesMojo()).execute();

    assertThat(log.text()).containsPattern("is up to date \\(\\d+ files");
    assertThat(project.getTestResources()).hasSize(1);
  }

  @Test
  void skipAndGenerateFixturesFalseGenerateNothing() throws Exception {
    GenerateTestFixturesMojo skipped = configure(fixturesMojo());
    skipped.skip = true;
    skipped.execute();
    GenerateTestFixturesMojo off = configure(fixturesMojo());
    off.generateFixtures = false;
    off.execute();

    assertThat(fixtures).doesNotExist();
    assertThat(project.getTestCompileSourceRoots()).isEmpty();
    assertThat(log.text()).contains("generateFixtures=false");
  }

  private GenerateTestFixturesMojo fixturesMojo() {
    GenerateTestFixturesMojo mojo = new GenerateTestFixturesMojo();
    mojo.fixturesDirectory = new File(fixtures.toString());
    return mojo;
  }

  private <T extends GenerateMojo> T configure(T mojo) {
    mojo.project = project;
    mojo.packageName = "com.example.crm";
    mojo.collectionDirectory = basedir.resolve("src/main/postman").toFile();
    mojo.outputDirectory = new File(sources.toString());
    mojo.addCompileSourceRoot = true;
    log = log == null ? new RecordingLog() : log;
    mojo.setLog(log);
    return mojo;
  }

  private static Stream<String> walk(Path dir) throws IOException {
    return Files.walk(dir).map(Path::toString).toList().stream();
  }
}
