package io.github.postman2java.bench;

import io.github.postman2java.binding.Binder;
import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.codegen.JavaGenerator;
import io.github.postman2java.collection.PostmanCollection;
import io.github.postman2java.collection.PostmanCollectionParser;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.infer.ShapeGraph;
import io.github.postman2java.infer.ShapeInferrer;
import io.github.postman2java.naming.NameAssigner;
import io.github.postman2java.naming.NamedModel;
import io.github.postman2java.sample.SampleExtractor;
import io.github.postman2java.sample.SampleSet;
import io.github.postman2java.writer.SourceWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One benchmark per pipeline stage, each fed the real output of the stage before it (computed
 * once per trial, outside the measurement). The states form a chain, so a benchmark builds only
 * the stages it needs: {@code emit} needs parse, extract, infer and name done once in setup.
 *
 * <p>{@code write} writes into a fresh, empty directory each invocation (the cold case: every file
 * new), so it measures creating the files, not the unchanged-file check.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx4g"})
public class StageBenchmarks {
  static final String PACKAGE = "com.example.bench.client";

  /** The input file. */
  @State(Scope.Benchmark)
  public static class Input {
    @Param({"github", "synthetic-100", "synthetic-1000", "synthetic-5000"})
    public String input;

    Path file;

    @Setup(Level.Trial)
    public void setUp() {
      file = Inputs.resolve(input);
      if (file == null) {
        throw new IllegalStateException("input " + input + " is absent (corpus not found at "
            + Inputs.corpusDir() + ")");
      }
    }
  }

  /** After parse. */
  @State(Scope.Benchmark)
  public static class Parsed {
    PostmanCollection collection;

    @Setup(Level.Trial)
    public void setUp(Input in) {
      collection = PostmanCollectionParser.parse(in.file, new Diagnostics());
    }
  }

  /** After extract. */
  @State(Scope.Benchmark)
  public static class Extracted {
    SampleSet samples;

    @Setup(Level.Trial)
    public void setUp(Parsed p) {
      samples = SampleExtractor.extract(p.collection, new Diagnostics());
    }
  }

  /** After infer. */
  @State(Scope.Benchmark)
  public static class Inferred {
    ShapeGraph graph;

    @Setup(Level.Trial)
    public void setUp(Extracted e) {
      graph = ShapeInferrer.infer(e.samples, new Diagnostics());
    }
  }

  /** After name. */
  @State(Scope.Benchmark)
  public static class Named {
    NamedModel model;

    @Setup(Level.Trial)
    public void setUp(Parsed p, Inferred i) {
      model = NameAssigner.assign(Binder.bind(p.collection, i.graph, new Diagnostics()),
          PACKAGE);
    }
  }

  /** After emit, with a scratch directory for write. */
  @State(Scope.Benchmark)
  public static class Emitted {
    List<GeneratedFile> files;
    Path scratch;
    int counter;

    @Setup(Level.Trial)
    public void setUp(Named n) throws IOException {
      files = JavaGenerator.generate(n.model);
      scratch = Files.createTempDirectory("p2j-bench-write-");
    }

    /** Removes what the iteration wrote, outside the measured time. */
    @TearDown(Level.Iteration)
    public void clean() {
      deleteTree(scratch);
      try {
        Files.createDirectories(scratch);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      deleteTree(scratch);
    }
  }

  @Benchmark
  public PostmanCollection parse(Input in) {
    return PostmanCollectionParser.parse(in.file, new Diagnostics());
  }

  @Benchmark
  public SampleSet extract(Parsed p) {
    return SampleExtractor.extract(p.collection, new Diagnostics());
  }

  @Benchmark
  public ShapeGraph infer(Extracted e) {
    return ShapeInferrer.infer(e.samples, new Diagnostics());
  }

  /** Binding and naming (binding reads the collection, naming only its result). */
  @Benchmark
  public NamedModel name(Parsed p, Inferred i) {
    return NameAssigner.assign(Binder.bind(p.collection, i.graph, new Diagnostics()), PACKAGE);
  }

  @Benchmark
  public List<GeneratedFile> emit(Named n) {
    return JavaGenerator.generate(n.model);
  }

  @Benchmark
  public SourceWriter.WriteResult write(Emitted e) {
    Path dir = e.scratch.resolve("run-" + (e.counter++));
    return SourceWriter.write(dir, e.files, new Diagnostics());
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
