package io.github.postman2java.writer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postman2java.codegen.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one "is this file ours" rule, and stale-file removal that follows it. */
class OwnedFilesTest {
  @TempDir Path dir;

  @Test
  void aFileIsOursWhenItStartsWithTheGeneratedHeader() throws IOException {
    Path ours = Files.writeString(dir.resolve("A.java"), GeneratedFile.HEADER + " Do not edit.\n");
    Path theirs = Files.writeString(dir.resolve("B.java"), "// mine\n");
    Path shortFile = Files.writeString(dir.resolve("C.java"), "//");
    assertThat(OwnedFiles.isGenerated(ours)).isTrue();
    assertThat(OwnedFiles.isGenerated(theirs)).isFalse();
    assertThat(OwnedFiles.isGenerated(shortFile)).isFalse();
    assertThat(OwnedFiles.isGenerated(dir)).isFalse();
  }

  @Test
  void leftoverTemporaryFilesAreTheOnesTheWriterNames() throws IOException {
    Path target = dir.resolve("A.java");
    assertThat(OwnedFiles.isLeftoverTemp(
        dir.resolve(OwnedFiles.tempPrefix(target) + "00ff.tmp"))).isTrue();
    assertThat(OwnedFiles.isLeftoverTemp(dir.resolve(".p2j-1.tmp"))).isFalse();
    assertThat(OwnedFiles.isLeftoverTemp(dir.resolve("A.java.tmp"))).isFalse();
  }

  @Test
  void staleRemovalDeletesOnlyOurFilesAndTheDirectoriesItEmptied() throws IOException {
    Path gone = dir.resolve("a/b/Gone.java");
    Files.createDirectories(gone.getParent());
    Files.writeString(gone, GeneratedFile.HEADER + "\n");
    Path replaced = Files.writeString(dir.resolve("Replaced.java"), "// the user's now\n");
    Path kept = Files.writeString(dir.resolve("Kept.java"), GeneratedFile.HEADER + "\n");

    SourceWriter.Removal removal = SourceWriter.deleteStale(dir, List.of(gone, replaced, kept),
        Set.of(kept));

    assertThat(removal.deleted()).isEqualTo(1);
    assertThat(removal.kept()).containsExactly(replaced);
    assertThat(dir.resolve("a")).doesNotExist();
    assertThat(replaced).exists();
    assertThat(kept).exists();
  }
}
