package io.github.postman2java.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the generator's output for every golden case (whole sample collections, the runtime
 * support classes, one small collection per feature, rejected inputs with their diagnostics) with
 * the checked-in files, byte for byte. Run with {@code -Dgolden.update=true} to rewrite them (the
 * run then fails, so CI can never pass in update mode); read the diff like a code review.
 */
class GoldenFilesTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static List<GoldenCase> cases() {
    return GoldenCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outputMatchesGoldenFiles(GoldenCase c) throws IOException {
    TreeMap<String, String> actual = c.actual();
    if (UPDATE) {
      c.update(actual);
      fail("Golden files of " + c.name() + " rewritten; review the diff and run again without"
          + " -Dgolden.update=true");
    }
    TreeMap<String, String> expected = c.expected();
    assertThat(expected.keySet())
        .as("golden files of %s (run with -Dgolden.update=true to accept)", c.name())
        .containsExactlyElementsOf(actual.keySet());
    for (String path : actual.keySet()) {
      assertThat(actual.get(path))
          .as("%s/%s (run with -Dgolden.update=true to accept)", c.name(), path)
          .isEqualTo(expected.get(path));
    }
  }
}
