package io.github.postman2java.robustness;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The naughty strings of {@code robustness/naughty-strings.json}: our selection in the spirit of
 * the Big List of Naughty Strings (reserved words, numbers, control and format characters,
 * right-to-left text, zalgo, emoji, script, SQL, shell and template injection, Windows device
 * names), plus Java- and JavaPoet-specific ones (comment closers, unicode escapes, {@code $L}).
 */
final class RobustNaughtyStrings {
  private RobustNaughtyStrings() {}

  static List<String> load() {
    try (InputStream in = RobustNaughtyStrings.class.getResourceAsStream(
        "/robustness/naughty-strings.json")) {
      return Robust.JSON.readValue(in, new TypeReference<List<String>>() { });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
