package io.github.postman2java.writer;

import static io.github.postman2java.collection.TestCollections.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The only stage that touches the disk: containment, write-if-changed, atomic replacement. */
class SourceWriterTest {
  private static final String REFUSED =
      "output: error[P2J030]: a generated path would leave the output directory; nothing written";
  private static final FileTime OLD = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

  @TempDir Path tmp;
  private final Diagnostics diagnostics = new Diagnostics();

  private SourceWriter.WriteResult write(Path out, GeneratedFile... files) {
    return SourceWriter.write(out, List.of(files), diagnostics);
  }

  private static List<String> tree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted().toList();
    }
  }

  @Test
  void writesFilesUnderTheOutputDirectory() throws IOException {
    Path out = tmp.resolve("out");
    SourceWriter.WriteResult r = write(out, new GeneratedFile("com/acme/A.java", "class A {}\n"),
        new GeneratedFile("com/acme/model/B.java", "record B() {}\n"));
    assertThat(render(diagnostics)).isEmpty();
    assertThat(tree(out)).containsExactly("com", "com/acme", "com/acme/A.java", "com/acme/model",
        "com/acme/model/B.java");
    assertThat(Files.readString(out.resolve("com/acme/model/B.java"))).isEqualTo("record B() {}\n");
    assertThat(r.written()).hasSize(2);
    assertThat(r.unchanged()).isEmpty();
  }

  @Test
  void unchangedFilesKeepTheirModificationTime() throws IOException {
    Path out = tmp.resolve("out");
    write(out, new GeneratedFile("A.java", "a"), new GeneratedFile("B.java", "b"));
    Files.setLastModifiedTime(out.resolve("A.java"), OLD);
    Files.setLastModifiedTime(out.resolve("B.java"), OLD);

    SourceWriter.WriteResult r = write(out, new GeneratedFile("A.java", "a"),
        new GeneratedFile("B.java", "b changed"));

    assertThat(Files.getLastModifiedTime(out.resolve("A.java"))).isEqualTo(OLD);
    assertThat(Files.getLastModifiedTime(out.resolve("B.java"))).isNotEqualTo(OLD);
    assertThat(Files.readString(out.resolve("B.java"))).isEqualTo("b changed");
    assertThat(r.unchanged()).extracting(p -> p.getFileName().toString()).containsExactly("A.java");
    assertThat(r.written()).extracting(p -> p.getFileName().toString()).containsExactly("B.java");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../escape.java", "a/../../escape.java", "/tmp/abs.java", "a\\..\\b.java",
      "C:/x.java", "a//b.java", "./a.java", "a/./b.java", "", "a/..", "nul\0.java"})
  void refusesPathsLeavingTheOutputDirectoryAndWritesNothing(String bad) throws IOException {
    Path out = tmp.resolve("out");
    assertThat(write(out, new GeneratedFile("ok/First.java", "first"),
        new GeneratedFile(bad, "evil"))).isNull();
    assertThat(render(diagnostics)).containsExactly(REFUSED);
    assertThat(tree(out)).isEmpty();
    assertThat(tree(tmp)).containsExactly("out");
  }

  @Test
  void refusesASymlinkedDirectoryLeadingOutside() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.createSymbolicLink(out.resolve("com"), elsewhere);
    assertThat(write(out, new GeneratedFile("Safe.java", "s"),
        new GeneratedFile("com/acme/A.java", "a"))).isNull();
    assertThat(render(diagnostics)).containsExactly(REFUSED);
    assertThat(tree(elsewhere)).isEmpty();
    assertThat(tree(out)).containsExactly("com");
  }

  @Test
  void refusesAFileSymlinkLeadingOutsideEvenWhenDangling() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path victim = Files.writeString(tmp.resolve("victim.txt"), "precious");
    Files.createSymbolicLink(out.resolve("A.java"), victim);
    Files.createSymbolicLink(out.resolve("B.java"), tmp.resolve("missing.txt"));
    assertThat(write(out, new GeneratedFile("A.java", "overwritten"))).isNull();
    assertThat(write(out, new GeneratedFile("B.java", "created"))).isNull();
    assertThat(render(diagnostics)).containsExactly(REFUSED, REFUSED);
    assertThat(Files.readString(victim)).isEqualTo("precious");
    assertThat(tmp.resolve("missing.txt")).doesNotExist();
  }

  @Test
  void symlinksInsideTheOutputDirectoryAreFine() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path real = Files.createDirectories(out.resolve("real"));
    Files.createSymbolicLink(out.resolve("link"), real);
    assertThat(write(out, new GeneratedFile("link/A.java", "a"))).isNotNull();
    assertThat(Files.readString(real.resolve("A.java"))).isEqualTo("a");
  }

  @Test
  void replacementIsAnAtomicRenameNotAnInPlaceRewrite() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path target = Files.writeString(out.resolve("A.java"), "old");
    Path otherName = tmp.resolve("hardlink.java");
    Files.createLink(otherName, target);

    write(out, new GeneratedFile("A.java", "new"));

    // An in-place write would change both names of the inode; a rename leaves the old one alone.
    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(Files.readString(otherName)).isEqualTo("old");
    assertThat(tree(out)).containsExactly("A.java");
  }

  @Test
  void newFilesGetOrdinaryPermissionsNotThoseOfATempFile() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path plain = Files.writeString(tmp.resolve("plain.txt"), "x");
    write(out, new GeneratedFile("A.java", "a"));
    if (Files.getFileStore(plain).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(out.resolve("A.java")))
          .isEqualTo(Files.getPosixFilePermissions(plain));
    }
  }

  @Test
  void outputDirectoryThatIsAFileFailsWithCode() throws IOException {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    assertThat(write(file, new GeneratedFile("A.java", "a"))).isNull();
    assertThat(render(diagnostics)).containsExactly(
        "output: error[P2J031]: cannot write the output: FileAlreadyExistsException");
  }
}
