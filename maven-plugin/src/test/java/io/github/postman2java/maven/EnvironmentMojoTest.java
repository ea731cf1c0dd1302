package io.github.postman2java.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code environments} parameter: values become defaults, contents are fingerprinted. */
class EnvironmentMojoTest {
  private static final Path SAMPLE = Path.of(System.getProperty("project.root", ".."))
      .resolve("sample-collections/zoho-crm-leads.postman_collection.json");
  private static final String CLIENT = "com/example/crm/ZohoCrmClient.java";
  private static final String SECRET = "Qz7M0j0EnvS3cr3tmV4tR9pWc2Lh";

  @TempDir Path basedir;
  private Path environment;
  private Path output;
  private RecordingLog log;

  @BeforeEach
  void setUp() throws IOException {
    Path collection = basedir.resolve("src/main/postman/leads.postman_collection.json");
    Files.createDirectories(collection.getParent());
    Files.copy(SAMPLE, collection);
    environment = basedir.resolve("src/main/postman/eu.postman_environment.json");
    writeEnvironment("https://www.zohoapis.eu");
    output = basedir.resolve("target/generated-sources/postman2java");
  }

  private void writeEnvironment(String domain) throws IOException {
    Files.writeString(environment, """
        {"name": "EU", "values": [
          {"key": "api-domain", "value": "%s", "type": "default", "enabled": true},
          {"key": "access-token", "value": "%s", "type": "secret", "enabled": true}]}
        """.formatted(domain, SECRET));
  }

  private GenerateMojo mojo() {
    MavenProject project = new MavenProject();
    project.setFile(basedir.resolve("pom.xml").toFile());
    project.getBuild().setDirectory(basedir.resolve("target").toString());
    project.getBuild().setSourceDirectory(basedir.resolve("src/main/java").toString());
    GenerateMojo mojo = new GenerateMojo();
    mojo.project = project;
    mojo.packageName = "com.example.crm";
    mojo.collectionDirectory = basedir.resolve("src/main/postman").toFile();
    mojo.outputDirectory = new File(output.toString());
    mojo.environments = List.of(new File("src/main/postman/eu.postman_environment.json"));
    log = new RecordingLog();
    mojo.setLog(log);
    return mojo;
  }

  @Test
  void anEnvironmentValueIsTheDefaultAndAnEditedEnvironmentRegenerates() throws Exception {
    mojo().execute();
    assertThat(Files.readString(output.resolve(CLIENT)))
        .contains("URI.create(\"https://www.zohoapis.eu\")").doesNotContain(SECRET);

    mojo().execute();
    assertThat(log.text()).contains("is up to date");

    writeEnvironment("https://www.zohoapis.in");
    mojo().execute();
    assertThat(log.text()).doesNotContain("is up to date");
    assertThat(Files.readString(output.resolve(CLIENT)))
        .contains("URI.create(\"https://www.zohoapis.in\")");
    assertThat(log.text()).doesNotContain(SECRET);
  }
}
