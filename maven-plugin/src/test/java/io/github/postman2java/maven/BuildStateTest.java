package io.github.postman2java.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state file format and the fingerprint it stores. */
class BuildStateTest {
  @TempDir Path dir;

  @Test
  void roundTripsThroughTheFile() throws Exception {
    Map<String, Long> files = new LinkedHashMap<>();
    files.put("com/x/B.java", 12L);
    files.put("com/x/A.java", 3L);
    BuildState state = new BuildState("exec-1", dir.resolve("c.json"), "abc",
        dir.resolve("out"), null, files);
    Path file = dir.resolve("s/exec-1/c.state");

    state.write(file);

    BuildState read = BuildState.read(file);
    assertThat(read).isEqualTo(state);
    assertThat(read.files().keySet()).containsExactly("com/x/B.java", "com/x/A.java");
    assertThat(Files.readString(file)).contains("file=12 com/x/B.java");
  }

  @Test
  void missingOrForeignFilesReadAsNoState() throws Exception {
    assertThat(BuildState.read(dir.resolve("absent.state"))).isNull();
    Path garbage = dir.resolve("garbage.state");
    Files.writeString(garbage, "format=99\nfile=oops\n");
    assertThat(BuildState.read(garbage)).isNull();
  }

  @Test
  void outputsIntactNeedsEveryFileWithItsSize() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("A.java"), "abc");
    BuildState state = new BuildState("e", dir.resolve("c.json"), "f", out, null,
        Map.of("A.java", 3L));
    assertThat(state.outputsIntact()).isTrue();

    Files.writeString(out.resolve("A.java"), "abcd");
    assertThat(state.outputsIntact()).isFalse();
    Files.delete(out.resolve("A.java"));
    assertThat(state.outputsIntact()).isFalse();
  }

  @Test
  void fingerprintIgnoresLineEndingsButNotContentConfigOrIdentity() {
    byte[] lf = "{\n \"a\": 1\n}\n".getBytes(StandardCharsets.UTF_8);
    byte[] crlf = "{\r\n \"a\": 1\r\n}\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] cr = "{\r \"a\": 1\r}\r".getBytes(StandardCharsets.UTF_8);
    byte[] other = "{\n \"a\": 2\n}\n".getBytes(StandardCharsets.UTF_8);
    String base = Fingerprint.of("1.0", "package=a", lf);

    assertThat(Fingerprint.of("1.0", "package=a", crlf)).isEqualTo(base);
    assertThat(Fingerprint.of("1.0", "package=a", cr)).isEqualTo(base);
    assertThat(Fingerprint.of("1.0", "package=a", other)).isNotEqualTo(base);
    assertThat(Fingerprint.of("1.0", "package=b", lf)).isNotEqualTo(base);
    assertThat(Fingerprint.of("1.1", "package=a", lf)).isNotEqualTo(base);
    // Parts are length-prefixed: moving a character between parts changes the hash.
    assertThat(Fingerprint.of("1.0p", "ackage=a", lf)).isNotEqualTo(base);
    assertThat(base).hasSize(64);
  }

  @Test
  void releaseIdentityIsTheVersionAlone() throws Exception {
    assertThat(Fingerprint.pluginIdentity("1.2.0", BuildStateTest.class)).isEqualTo("1.2.0");
  }
}
