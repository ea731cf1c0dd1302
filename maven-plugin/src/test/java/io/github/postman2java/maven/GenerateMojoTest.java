package io.github.postman2java.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@link GenerateMojo} with its package-private parameters set directly. */
class GenerateMojoTest {
  private static final Path SAMPLE = Path.of(System.getProperty("project.root", ".."))
      .resolve("sample-collections/zoho-crm-leads.postman_collection.json");
  private static final String CLIENT = "com/example/crm/ZohoCrmClient.java";
  private static final String MASS_UPDATE = "com/example/crm/MassUpdateClient.java";

  @TempDir Path basedir;
  private Path collection;
  private Path output;
  private RecordingLog log;

  @BeforeEach
  void setUp() throws IOException {
    collection = basedir.resolve("src/main/postman/leads.postman_collection.json");
    Files.createDirectories(collection.getParent());
    Files.copy(SAMPLE, collection);
    output = basedir.resolve("target/generated-sources/postman2java");
  }

  @Test
  void generatesAddsTheSourceRootAndMapsOptions() throws Exception {
    GenerateMojo mojo = mojo();
    mojo.execute();

    assertThat(output.resolve(CLIENT)).exists();
    assertThat(output.resolve(MASS_UPDATE)).exists();
    assertThat(mojo.project.getCompileSourceRoots()).containsExactly(output.toString());
    assertThat(log.text()).containsPattern("generated \\d+ files from src/main/postman/"
        + "leads.postman_collection.json");
    assertThat(Files.list(basedir.resolve("target/postman2java-state/default")))
        .singleElement().satisfies(p -> assertThat(p.toString()).endsWith(".state"));
  }

  @Test
  void jackson3IsChosenWhenTheProjectDependsOnItAndLogged() throws Exception {
    GenerateMojo mojo = mojo();
    mojo.project.setArtifacts(java.util.Set.of(new org.apache.maven.artifact.DefaultArtifact(
        "tools.jackson.core", "jackson-databind", "3.3.0", "compile", "jar", "",
        new org.apache.maven.artifact.handler.DefaultArtifactHandler("jar"))));
    mojo.execute();

    assertThat(Files.readString(output.resolve("com/example/crm/ClientConfig.java")))
        .contains("import tools.jackson.databind.ObjectMapper;")
        .doesNotContain("com.fasterxml.jackson.databind");
    assertThat(log.text()).contains("generating for Jackson 3");
  }

  @Test
  void jackson2ByDefaultAndAChangedJacksonSettingRegenerates() throws Exception {
    mojo().execute();
    String v2 = Files.readString(output.resolve("com/example/crm/ClientConfig.java"));
    assertThat(v2).contains("import com.fasterxml.jackson.databind.ObjectMapper;");

    GenerateMojo three = mojo();
    three.jackson = "3";
    three.execute();
    assertThat(Files.readString(output.resolve("com/example/crm/ClientConfig.java")))
        .contains("import tools.jackson.databind.ObjectMapper;");
  }

  @Test
  void anEnvironmentSetsTheBaseUrlDefaultAndAnEditedOneRegenerates() throws Exception {
    Path env = basedir.resolve("src/main/postman/prod.postman_environment.json");
    Files.writeString(env, "{\"name\": \"prod\", \"values\": [{\"key\": \"api-domain\","
        + " \"value\": \"https://www.zohoapis.eu\", \"enabled\": true}]}");
    GenerateMojo mojo = mojo();
    mojo.environments = List.of(env.toFile());
    mojo.execute();
    assertThat(Files.readString(output.resolve(CLIENT))).contains("https://www.zohoapis.eu");

    Files.writeString(env, "{\"name\": \"prod\", \"values\": [{\"key\": \"api-domain\","
        + " \"value\": \"https://www.zohoapis.com.au\", \"enabled\": true}]}");
    GenerateMojo again = mojo();
    again.environments = List.of(env.toFile());
    again.execute();
    assertThat(Files.readString(output.resolve(CLIENT))).contains("https://www.zohoapis.com.au");
    assertThat(log.text()).doesNotContain("up to date:");
  }

  @Test
  void anUnknownJacksonSettingFailsTheBuild() {
    GenerateMojo mojo = mojo();
    mojo.jackson = "4";
    org.assertj.core.api.Assertions.assertThatThrownBy(mojo::execute)
        .isInstanceOf(org.apache.maven.plugin.MojoFailureException.class)
        .hasMessageContaining("jackson must be 2, 3 or auto");
  }

  @Test
  void overridesBesideTheCollectionApplyAndTheirContentIsPartOfTheUpToDateCheck()
      throws Exception {
    Path overrides = collection.resolveSibling("leads.postman2java.json");
    Files.writeString(overrides,
        "{\"operations\": {\"Mass Update/Leads\": {\"method\": \"massUpdate\"}}}");
    GenerateMojo mojo = mojo();
    mojo.report = basedir.resolve("target/postman2java-report").toFile();
    mojo.execute();
    assertThat(Files.readString(output.resolve(MASS_UPDATE))).contains("massUpdate(");
    assertThat(basedir.resolve("target/postman2java-report/report.html")).exists();

    Files.writeString(overrides,
        "{\"operations\": {\"Mass Update/Leads\": {\"method\": \"bulkUpdate\"}}}");
    GenerateMojo again = mojo();
    again.execute();
    assertThat(Files.readString(output.resolve(MASS_UPDATE))).contains("bulkUpdate(");
    assertThat(log.text()).doesNotContain("is up to date");
  }

  @Test
  void overridesFileIsNamedAfterTheCollectionsBasename() {
    assertThat(CollectionFiles.overridesName(Path.of("leads.postman_collection.json")))
        .isEqualTo("leads.postman2java.json");
    assertThat(CollectionFiles.overridesName(Path.of("api.json"))).isEqualTo("api.postman2java.json");
  }

  @Test
  void aBrokenOverridesFileFailsTheBuildWithItsPosition() throws Exception {
    Files.writeString(collection.resolveSibling("leads.postman2java.json"), "{\"typs\": {}}");
    assertThatThrownBy(() -> mojo().execute()).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("leads.postman2java.json:1:2: error[P2J060]");
    assertThat(output).doesNotExist();
  }

  @Test
  void secondRunIsUpToDateAndTouchesNothing() throws Exception {
    mojo().execute();
    Map<Path, FileTime> before = backdate();

    GenerateMojo again = mojo();
    again.execute();

    assertThat(mtimes()).isEqualTo(before);
    assertThat(log.text()).containsPattern("is up to date \\(\\d+ files, checked in");
    assertThat(again.project.getCompileSourceRoots()).containsExactly(output.toString());
  }

  @Test
  void theReportIsLeftAloneWhenUpToDateAndWrittenAgainWhenDeleted() throws Exception {
    Path report = basedir.resolve("target/postman2java-report");
    GenerateMojo first = mojo();
    first.report = report.toFile();
    first.execute();
    FileTime past = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
    Files.setLastModifiedTime(report.resolve("report.html"), past);
    Map<Path, FileTime> sources = backdate();

    GenerateMojo upToDate = mojo();
    upToDate.report = report.toFile();
    upToDate.execute();
    assertThat(Files.getLastModifiedTime(report.resolve("report.html"))).isEqualTo(past);
    assertThat(log.text()).contains("is up to date");

    try (Stream<Path> files = Files.walk(report)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
    GenerateMojo again = mojo();
    again.report = report.toFile();
    again.execute();
    assertThat(report.resolve("report.html")).isRegularFile();
    assertThat(report.resolve("report.json")).isRegularFile();
    assertThat(log.text()).contains("report of").contains("is missing").doesNotContain("is up to date");
    assertThat(mtimes()).as("sources are not rewritten").isEqualTo(sources);
  }

  @Test
  void lineEndingsAndMtimeAloneAreNoChange() throws Exception {
    mojo().execute();
    Map<Path, FileTime> before = backdate();
    String text = Files.readString(collection).replace("\n", "\r\n");
    Files.writeString(collection, text);

    mojo().execute();

    assertThat(mtimes()).isEqualTo(before);
    assertThat(log.text()).contains("up to date");
  }

  @Test
  void changedCollectionRewritesOnlyChangedFilesAndDeletesStaleOnes() throws Exception {
    mojo().execute();
    Path handWritten = output.resolve("com/example/crm/HandWritten.java");
    Files.writeString(handWritten, "package com.example.crm;\nclass HandWritten {}\n");
    Map<Path, FileTime> before = backdate();
    rename("Mass Update", "Bulk Update");

    mojo().execute();

    assertThat(output.resolve(MASS_UPDATE)).doesNotExist();
    assertThat(output.resolve("com/example/crm/BulkUpdateClient.java")).exists();
    assertThat(handWritten).exists();
    // Files whose content did not change keep their mtime.
    Path transport = output.resolve("com/example/crm/ApiTransport.java");
    assertThat(Files.getLastModifiedTime(transport)).isEqualTo(before.get(transport));
    assertThat(log.text())
        .containsPattern("\\(\\d+ written, \\d+ unchanged, \\d+ stale deleted\\)");
  }

  @Test
  void changedPackageRegeneratesAndRemovesTheOldPackage() throws Exception {
    mojo().execute();
    GenerateMojo mojo = mojo();
    mojo.packageName = "org.acme.leads";
    mojo.execute();

    assertThat(output.resolve("org/acme/leads/ZohoCrmClient.java")).exists();
    assertThat(output.resolve("com")).doesNotExist();
  }

  @Test
  void aDeletedOutputOrAnInterruptedRunRegenerates() throws Exception {
    mojo().execute();
    Files.delete(output.resolve(CLIENT));
    mojo().execute();
    assertThat(output.resolve(CLIENT)).exists();

    // A killed build leaves the pending state, whose fingerprint is empty.
    Path state;
    try (Stream<Path> states = Files.list(basedir.resolve("target/postman2java-state/default"))) {
      state = states.findFirst().orElseThrow();
    }
    String pending = Files.readString(state).replaceAll("fingerprint=\\w+", "fingerprint=");
    Files.writeString(state, pending);
    mojo().execute();
    assertThat(log.text()).doesNotContain("up to date (").containsPattern("generated \\d+ files");
  }

  @Test
  void aStaleFileTheUserRewroteIsKept() throws Exception {
    mojo().execute();
    Files.writeString(output.resolve(MASS_UPDATE), "// mine now\nclass MassUpdateClient {}\n");
    rename("Mass Update", "Bulk Update");

    mojo().execute();

    assertThat(output.resolve(MASS_UPDATE)).exists();
    assertThat(log.text()).contains("kept com/example/crm/MassUpdateClient.java");
  }

  @Test
  void skipDoesNothing() throws Exception {
    GenerateMojo mojo = mojo();
    mojo.skip = true;
    mojo.execute();

    assertThat(output).doesNotExist();
    assertThat(mojo.project.getCompileSourceRoots()).isEmpty();
    assertThat(log.text()).contains("skipped");
  }

  @Test
  void invalidCollectionFailsWithLocationAndCodeAndWritesNothing() throws Exception {
    Files.writeString(collection, "{\n  \"info\": {\n    \"name\": \"x\",\n  }\n}\n");
    GenerateMojo mojo = mojo();

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("src/main/postman/leads.postman_collection.json:")
        .hasMessageContaining("error[P2J002]");
    assertThat(log.text()).containsPattern(
        "ERROR src/main/postman/leads.postman_collection.json:\\d+:\\d+: error\\[P2J002\\]");
    assertThat(output).doesNotExist();
  }

  @Test
  void ideMarkersPointAtTheCollectionAndOutputIsRefreshed() throws Exception {
    List<String> events = new java.util.ArrayList<>();
    org.sonatype.plexus.build.incremental.BuildContext context =
        new org.sonatype.plexus.build.incremental.DefaultBuildContext() {
          @Override
          public void addMessage(File file, int line, int column, String message, int severity,
              Throwable cause) {
            events.add("marker " + file.getName() + ":" + line + ":" + column + " " + message);
          }

          @Override
          public void refresh(File file) {
            events.add("refresh " + file.getName());
          }
        };
    GenerateMojo ok = mojo();
    ok.buildContext = context;
    ok.execute();
    assertThat(events).containsExactly("refresh postman2java");

    Files.writeString(collection, "{\n  \"info\": {\n    \"name\": \"x\",\n  }\n}\n");
    GenerateMojo broken = mojo();
    broken.buildContext = context;
    assertThatThrownBy(broken::execute).isInstanceOf(MojoFailureException.class);
    assertThat(events).last().asString()
        .startsWith("marker leads.postman_collection.json:4:3 [P2J002] ");
  }

  @Test
  void refusesTheBaseDirectoryAndSourceDirectories() {
    for (Path dangerous : List.of(basedir, basedir.resolve("src/main/java"),
        basedir.resolve("src/main/resources/gen"), basedir.resolve("src"))) {
      GenerateMojo mojo = mojo();
      mojo.outputDirectory = dangerous.toFile();
      assertThatThrownBy(mojo::execute)
          .as(dangerous.toString())
          .isInstanceOf(MojoFailureException.class)
          .hasMessageContaining("refusing outputDirectory");
    }
  }

  @Test
  void refusesADirectoryHoldingFilesItDidNotWrite() throws Exception {
    Path foreign = output.resolve("notes/Readme.txt");
    Files.createDirectories(foreign.getParent());
    Files.writeString(foreign, "mine");

    assertThatThrownBy(mojo()::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("did not write")
        .hasMessageContaining("Readme.txt");
    assertThat(Files.readString(foreign)).isEqualTo("mine");
    assertThat(output.resolve(CLIENT)).doesNotExist();
  }

  @Test
  void severalCollectionsGoToSubPackagesAndARemovedOneIsCleanedUp() throws Exception {
    Path second = collection.resolveSibling("billing-api.postman_collection.json");
    Files.copy(SAMPLE, second);
    mojo().execute();
    assertThat(output.resolve("com/example/crm/leads/ZohoCrmClient.java")).exists();
    assertThat(output.resolve("com/example/crm/billingapi/ZohoCrmClient.java")).exists();

    Files.delete(second);
    mojo().execute();

    assertThat(output.resolve("com/example/crm/billingapi")).doesNotExist();
    assertThat(log.text()).contains("billing-api.postman_collection.json is no longer configured");
  }

  @Test
  void ioErrorsAreExecutionExceptions() throws Exception {
    GenerateMojo mojo = mojo();
    Path notADirectory = basedir.resolve("blocked");
    Files.writeString(notADirectory, "x");
    mojo.project.getBuild().setDirectory(notADirectory.toString());

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class);
  }

  @Test
  void subPackageIsDerivedFromTheFileName() {
    assertThat(CollectionFiles.subPackage(Path.of("Billing-API.postman_collection.json")))
        .isEqualTo("billingapi");
    assertThat(CollectionFiles.subPackage(Path.of("2fa.json"))).isEqualTo("c2fa");
  }

  private GenerateMojo mojo() {
    MavenProject project = new MavenProject();
    project.setFile(basedir.resolve("pom.xml").toFile());
    project.getBuild().setDirectory(basedir.resolve("target").toString());
    project.getBuild().setSourceDirectory(basedir.resolve("src/main/java").toString());
    org.apache.maven.model.Resource resources = new org.apache.maven.model.Resource();
    resources.setDirectory(basedir.resolve("src/main/resources").toString());
    project.getBuild().addResource(resources);
    GenerateMojo mojo = new GenerateMojo();
    mojo.project = project;
    mojo.packageName = "com.example.crm";
    mojo.collectionDirectory = basedir.resolve("src/main/postman").toFile();
    mojo.outputDirectory = new File(output.toString());
    log = new RecordingLog();
    mojo.setLog(log);
    return mojo;
  }

  private void rename(String from, String to) throws IOException {
    String text = Files.readString(collection, StandardCharsets.UTF_8);
    Files.writeString(collection, text.replace("\"" + from + "\"", "\"" + to + "\""));
  }

  /** Sets every output file's mtime an hour back, so a rewrite would be visible. */
  private Map<Path, FileTime> backdate() throws IOException {
    FileTime past = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
    try (Stream<Path> files = Files.walk(output)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, past);
      }
    }
    return mtimes();
  }

  private Map<Path, FileTime> mtimes() throws IOException {
    Map<Path, FileTime> times = new TreeMap<>();
    try (Stream<Path> files = Files.walk(output)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        times.put(f, Files.getLastModifiedTime(f));
      }
    }
    return times;
  }
}
