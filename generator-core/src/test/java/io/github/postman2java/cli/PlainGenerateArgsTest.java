package io.github.postman2java.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The picocli-free reading of everyday command lines agrees with picocli, or declines. */
class PlainGenerateArgsTest {
  private static final List<List<String>> READ_PLAINLY = List.of(
      List.of("generate", "c.json", "--package", "com.acme", "--output", "out"),
      List.of("generate", "--package", "com.acme", "--output", "out", "c.json", "--force"),
      List.of("generate", "--fail-on-secrets", "c.json", "--package=com.acme", "--output", "out",
          "--manifest", "m.json", "--fail-on-warnings", "--force", "--jackson", "3", "-e",
          "e.json", "--fixtures", "fx"),
      List.of("generate", "c.json", "--package", "a.b", "--output=o", "--environment", "1.json",
          "-e", "2.json", "--environment=3.json", "--overrides", "ov.json", "--report", "r",
          "--jackson=2"),
      List.of("generate", "dir/with space/c.json", "--output", "o=x", "--package", "p"));

  private static final List<List<String>> LEFT_TO_PICOCLI = List.of(
      List.of("generate"),
      List.of("generate", "--help"),
      List.of("--version"),
      List.of("generate", "c.json", "--package", "a"),
      List.of("generate", "c.json", "--output", "o"),
      List.of("generate", "--package", "a", "--output", "o"),
      List.of("generate", "c.json", "d.json", "--package", "a", "--output", "o"),
      List.of("generate", "c.json", "--package", "a", "--package", "b", "--output", "o"),
      List.of("generate", "c.json", "--package", "a", "--output", "o", "--force", "--force"),
      List.of("generate", "c.json", "--package", "a", "--output", "o", "--force=true"),
      List.of("generate", "c.json", "--package", "a", "--output", "o", "--frobnicate"),
      List.of("generate", "c.json", "--package", "a", "--output"),
      List.of("generate", "c.json", "--package", "--output", "o"),
      List.of("generate", "c.json", "--package", "a", "--output", "-e"),
      List.of("generate", "c.json", "--package", "", "--output", "o"),
      List.of("generate", "c.json", "--package", "a", "--output", "o", "--jackson", "4"),
      List.of("generate", "c.json", "--package", "a", "--output", "o", "--jackson", " 3"),
      List.of("generate", "@args.txt"),
      List.of("generate", "c.json", "--package", "@p", "--output", "o"),
      List.of("generate", "--", "c.json", "--package", "a", "--output", "o"),
      List.of("generate", "-eenv.json", "c.json", "--package", "a", "--output", "o"),
      List.of("generate", "c.json", "--package", "a", "--output", "o\0"),
      List.of("generate", "generate", "--package", "a", "--output", "o"));

  @Test
  void everydayLinesMeanWhatPicocliReadsInThem() {
    for (List<String> line : READ_PLAINLY) {
      String[] args = line.toArray(String[]::new);
      Main.Generate plain = PlainGenerateArgs.parse(args);
      assertThat(plain).as("%s", line).isNotNull();
      assertThat(plain.options()).as("%s", line).isEqualTo(Main.parseOptions(args));
    }
  }

  @Test
  void anythingElseIsLeftToPicocli() {
    for (List<String> line : LEFT_TO_PICOCLI) {
      assertThat(PlainGenerateArgs.parse(line.toArray(String[]::new))).as("%s", line).isNull();
    }
  }
}
