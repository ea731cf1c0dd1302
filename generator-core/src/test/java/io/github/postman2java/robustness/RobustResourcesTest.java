package io.github.postman2java.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postman2java.cli.Main;
import io.github.postman2java.testing.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded resources: the CLI runs in a child JVM with {@code -Xmx256m} on the largest corpus
 * collection and on a synthetic 5,000-request collection, and must finish with exit 0 (or a coded
 * input error, exit 1), no OutOfMemoryError, no stack trace. The child runs {@code
 * target/postman2java-cli.jar} when it exists, else {@link Main} on the test class path.
 */
class RobustResourcesTest {
  static final Path CORPUS = SharedCorpus.DIR;
  static final Path LARGEST = CORPUS.resolve("github-v3-rest.postman_collection.json");
  @TempDir Path tmp;

  record Child(int exit, String out, String err, long millis) {}

  static Child runCli(Path collection, Path out) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
        "-Xss512k"));
    Path jar = Path.of("target", "postman2java-cli.jar");
    if (Files.isRegularFile(jar)) {
      cmd.addAll(List.of("-jar", jar.toString()));
    } else {
      cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    }
    cmd.addAll(List.of("generate", collection.toString(), "--package", "com.acme.big",
        "--output", out.toString(), "--manifest", out.resolveSibling("manifest.json").toString()));
    Files.createDirectories(out.getParent());
    Path stdout = out.resolveSibling("stdout.txt");
    Path stderr = out.resolveSibling("stderr.txt");
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile()).start();
    boolean done = p.waitFor(150, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    assertThat(done).as("CLI finished within 150 s").isTrue();
    return new Child(p.exitValue(), Files.readString(stdout), Files.readString(stderr),
        (System.nanoTime() - start) / 1_000_000);
  }

  static void assertBounded(Child c) {
    assertThat(c.err()).doesNotContain("OutOfMemoryError").doesNotContain("StackOverflowError")
        .doesNotContain("\tat ").doesNotContain("Exception in thread");
    assertThat(c.exit()).as("exit code; stderr:\n%s", c.err()).isIn(0, Main.INPUT_ERROR);
    if (c.exit() == Main.INPUT_ERROR) {
      assertThat(c.err()).contains("error[P2J");
    }
  }

  @Test
  @DisplayName("A5 A16 largest corpus collection under -Xmx256m")
  void largestCorpusCollectionUnder256m() throws Exception {
    SharedCorpus.require(LARGEST.getFileName().toString());
    Child c = runCli(LARGEST, tmp.resolve("github").resolve("out"));
    assertBounded(c);
    assertThat(c.exit()).isZero();
    System.out.println("RobustResourcesTest: github-v3-rest in " + c.millis() + " ms");
  }

  @Test
  @DisplayName("A16 synthetic 5,000-request collection under -Xmx256m")
  void synthetic5000Under256m() throws Exception {
    Path file = tmp.resolve("synthetic.postman_collection.json");
    Files.writeString(file, RobustMalformedInputTest.synthetic(5_000).toString(),
        StandardCharsets.UTF_8);
    Child c = runCli(file, tmp.resolve("synthetic").resolve("out"));
    assertBounded(c);
    assertThat(c.exit()).isZero();
    try (var files = Files.walk(tmp.resolve("synthetic").resolve("out"))) {
      assertThat(files.filter(Files::isRegularFile).count()).isGreaterThan(50);
    }
    System.out.println("RobustResourcesTest: 5,000 requests in " + c.millis() + " ms");
  }
}
