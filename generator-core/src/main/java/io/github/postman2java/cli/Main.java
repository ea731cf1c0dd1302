package io.github.postman2java.cli;

import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.diag.DiagnosticGroups;
import io.github.postman2java.diag.GenerationException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Command-line front-end. Exit codes: 0 success, 1 input errors (diagnostics printed as
 * {@code file:line:col: error[CODE]: message}), 2 usage errors, 3 internal errors.
 */
@Command(
    name = "postman2java",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Generates a typed Java client from a Postman collection (v2.0/v2.1).",
    subcommands = {Main.Generate.class})
public final class Main implements Callable<Integer> {
  /** Exit code for input errors. */
  public static final int INPUT_ERROR = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the CLI and exits with its code. */
  public static void main(String[] args) {
    var relaunched = LeanJvm.relaunch(args);
    if (relaunched.isPresent()) {
      System.exit(relaunched.getAsInt());
    }
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Generate plain = PlainGenerateArgs.parse(args);
    if (plain != null) {
      try {
        return plain.run(out, err);
      } catch (Exception e) {
        return internalError(e, err);
      }
    }
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> internalError(e, err));
    return cli.execute(args);
  }

  private static int internalError(Exception e, PrintWriter err) {
    err.println("internal error: " + e.getClass().getSimpleName()
        + " (please report it with the collection's structure, not its secrets)");
    return 3;
  }

  /** Without a subcommand there is nothing to do: a usage error, so the usage goes to stderr. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }

  /** Parses {@code generate} arguments into options without running anything (for tests). */
  static GeneratorOptions parseOptions(String... args) {
    CommandLine.ParseResult parsed = new CommandLine(new Main()).parseArgs(args);
    if (!parsed.hasSubcommand()) {
      throw new IllegalArgumentException("not a generate command");
    }
    return ((Generate) parsed.subcommand().commandSpec().userObject()).options();
  }

  /** The {@code generate} command. */
  @Command(name = "generate", mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description = "Generates Java sources for one collection.")
  static final class Generate implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<collection.json>",
        description = "The Postman collection file.")
    Path collection;

    @Option(names = "--package", required = true, paramLabel = "<pkg>",
        description = "Java package of the client; models go to <pkg>.model.")
    String packageName;

    @Option(names = "--output", required = true, paramLabel = "<dir>",
        description = "Directory the sources are written to.")
    Path output;

    @Option(names = "--manifest", paramLabel = "<file.json>",
        description = "Also write a JSON manifest of operations and types.")
    Path manifest;

    @Option(names = "--fixtures", paramLabel = "<dir>",
        description = "Also write test fixtures (typed saved examples, replay transport) to"
            + " this test source directory; their body texts sit beside them as resources.")
    Path fixtures;

    @Option(names = "--fail-on-warnings", description = "Treat warnings as errors.")
    boolean failOnWarnings;

    @Option(names = "--fail-on-secrets",
        description = "Fail when the collection holds literal credentials.")
    boolean failOnSecrets;

    @Option(names = "--jackson", paramLabel = "<2|3>", defaultValue = "2",
        converter = JacksonMajor.class,
        description = "Jackson major version the generated code is written for: 2 (default,"
            + " com.fasterxml.jackson) or 3 (tools.jackson, e.g. Spring Boot 4).")
    int jackson;

    @Option(names = {"--environment", "-e"}, paramLabel = "<env.json>",
        description = "A Postman environment or globals export (repeatable; later ones win):"
            + " non-secret values become defaults, such as the base URL.")
    List<Path> environments = new ArrayList<>();

    @Option(names = "--overrides", paramLabel = "<file.json>",
        description = "Overrides file: renames, field types, enums on/off, exclusions"
            + " (JSON Schema: postman2java-overrides.schema.json).")
    Path overrides;

    @Option(names = "--report", paramLabel = "<dir>",
        description = "Also write the evidence report (report.html, report.json) to this"
            + " directory.")
    Path report;

    @Option(names = "--force",
        description = "Write even into an output directory holding files not generated by us.")
    boolean force;

    /** Returns the options these arguments stand for. */
    GeneratorOptions options() {
      GeneratorOptions.Builder options = GeneratorOptions.builder(collection, packageName)
          .outputDirectory(output)
          .manifest(manifest)
          .failOnWarnings(failOnWarnings)
          .failOnSecrets(failOnSecrets)
          .force(force)
          .jackson(jackson)
          .overrides(overrides)
          .reportDirectory(report)
          .fixturesDirectory(fixtures);
      environments.forEach(options::environment);
      return options.build();
    }

    @Override
    public Integer call() {
      return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Generates, prints the summary or the diagnostics; returns the exit code. */
    int run(PrintWriter out, PrintWriter err) {
      try {
        GenerationResult result = CodegenRun.execute(options());
        out.print(Summary.render(result));
        out.flush();
        return 0;
      } catch (GenerationException e) {
        for (DiagnosticGroups.Group g : DiagnosticGroups.of(e.diagnostics())) {
          err.println(g.render());
        }
        err.flush();
        return INPUT_ERROR;
      }
    }
  }

  /** Accepts 2 or 3 for {@code --jackson}; anything else is a usage error (exit 2). */
  static final class JacksonMajor implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return switch (value.trim()) {
        case "2" -> 2;
        case "3" -> 3;
        default -> throw new CommandLine.TypeConversionException("must be 2 or 3");
      };
    }
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"postman2java " + (v == null ? "development build" : v)};
    }
  }
}
