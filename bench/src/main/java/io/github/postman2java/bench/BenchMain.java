package io.github.postman2java.bench;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link StageBenchmarks} on the inputs that exist: skips {@code github}, with a message,
 * when the corpus is absent.
 *
 * <p>Usage: {@code java -jar benchmarks.jar [--quick] [--inputs a,b,...] [--json out.json]
 * [--stages parse,extract,...]}. Quick mode: inputs github and synthetic-100/1000, one warmup and
 * two measurement iterations of one second.
 */
public final class BenchMain {
  private BenchMain() {}

  /** Entry point. */
  public static void main(String[] args) throws RunnerException {
    boolean quick = false;
    String inputs = null;
    String json = null;
    String stages = "parse|extract|infer|name|emit|write";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--inputs" -> inputs = args[++i];
        case "--json" -> json = args[++i];
        case "--stages" -> stages = args[++i].replace(',', '|');
        default -> {
          System.err.println("unknown argument " + args[i]);
          System.exit(2);
        }
      }
    }
    if (inputs == null) {
      inputs = quick ? "github,synthetic-100,synthetic-1000"
          : "github,synthetic-100,synthetic-1000,synthetic-5000";
    }
    List<String> present = new ArrayList<>();
    for (String name : inputs.split(",")) {
      if (name.equals("github") && Inputs.github() == null) {
        System.out.println("skipping input github: " + Inputs.GITHUB_FILE + " not found in "
            + Inputs.corpusDir());
        continue;
      }
      Inputs.resolve(name); // writes a synthetic collection before the forks need it
      present.add(name);
    }
    ChainedOptionsBuilder opts = new OptionsBuilder()
        .include(StageBenchmarks.class.getName() + "\\.(" + stages + ")$")
        .param("input", present.toArray(String[]::new))
        .jvmArgsAppend("-Dproject.root=" + Inputs.repoRoot(),
            "-Dcorpus.dir=" + Inputs.corpusDir());
    if (quick) {
      opts.warmupIterations(1).warmupTime(TimeValue.seconds(1))
          .measurementIterations(2).measurementTime(TimeValue.seconds(1));
    }
    if (json != null) {
      opts.resultFormat(ResultFormatType.JSON).result(json);
    }
    new Runner(opts.build()).run();
  }
}
