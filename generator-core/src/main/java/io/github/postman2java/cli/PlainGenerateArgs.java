package io.github.postman2java.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the everyday {@code generate} command line without picocli. Building picocli's command
 * model (its annotation reflection, 170 classes and its java.time and java.sql converters) took
 * 100–150 ms of every run, a tenth of a GitHub-sized one, before any work began.
 *
 * <p>Only a line whose meaning is beyond doubt is read here: {@code generate}, then known options
 * each given once ({@code -e}/{@code --environment} may repeat) as {@code --name value} or
 * {@code --name=value}, and one collection path. Anything else (help, version, an unknown or
 * repeated option, a missing value or required option, a value that starts with {@code -} or
 * {@code @}, {@code --}, an argument file, {@code --jackson} other than 2 or 3, a path the file
 * system refuses) returns null and picocli parses the line, with its own messages and exit codes.
 * {@code MainTest} checks that both readings agree.
 */
final class PlainGenerateArgs {
  private static final Set<String> VALUE_OPTIONS = Set.of("--package", "--output", "--manifest",
      "--fixtures", "--jackson", "--environment", "-e", "--overrides", "--report");
  private static final Set<String> FLAGS = Set.of("--fail-on-warnings", "--fail-on-secrets",
      "--force");

  private PlainGenerateArgs() {}

  /** Returns the command these arguments stand for, or null to leave them to picocli. */
  static Main.Generate parse(String[] args) {
    if (args.length < 2 || !args[0].equals("generate")) {
      return null;
    }
    Main.Generate command = new Main.Generate();
    command.jackson = 2;
    Set<String> seen = new HashSet<>();
    try {
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        if (isAmbiguous(arg)) {
          return null;
        }
        if (!arg.startsWith("-")) {
          if (command.collection != null) {
            return null;
          }
          command.collection = Path.of(arg);
          continue;
        }
        int equals = arg.indexOf('=');
        String name = equals < 0 ? arg : arg.substring(0, equals);
        boolean repeatable = name.equals("-e") || name.equals("--environment");
        if (!repeatable && !seen.add(name)) {
          return null;
        }
        if (FLAGS.contains(name) && equals < 0) {
          setFlag(command, name);
          continue;
        }
        if (!VALUE_OPTIONS.contains(name)) {
          return null;
        }
        String value;
        if (equals >= 0) {
          value = arg.substring(equals + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          return null;
        }
        if (value.isEmpty() || isAmbiguous(value) || value.startsWith("-")
            || !setValue(command, name, value)) {
          return null;
        }
      }
    } catch (InvalidPathException e) {
      return null;
    }
    boolean complete = command.collection != null && command.packageName != null
        && command.output != null;
    return complete ? command : null;
  }

  /** Arguments picocli would read in a way of its own: argument files, end of options. */
  private static boolean isAmbiguous(String arg) {
    return arg.isEmpty() || arg.startsWith("@") || arg.equals("--") || arg.equals("generate");
  }

  private static void setFlag(Main.Generate command, String name) {
    switch (name) {
      case "--fail-on-warnings" -> command.failOnWarnings = true;
      case "--fail-on-secrets" -> command.failOnSecrets = true;
      default -> command.force = true;
    }
  }

  private static boolean setValue(Main.Generate command, String name, String value) {
    switch (name) {
      case "--package" -> command.packageName = value;
      case "--output" -> command.output = Path.of(value);
      case "--manifest" -> command.manifest = Path.of(value);
      case "--fixtures" -> command.fixtures = Path.of(value);
      case "--overrides" -> command.overrides = Path.of(value);
      case "--report" -> command.report = Path.of(value);
      case "--jackson" -> {
        if (!value.equals("2") && !value.equals("3")) {
          return false;
        }
        command.jackson = Integer.parseInt(value);
      }
      default -> command.environments.add(Path.of(value));
    }
    return true;
  }
}
