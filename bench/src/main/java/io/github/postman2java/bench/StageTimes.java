package io.github.postman2java.bench;

import io.github.postman2java.binding.Binder;
import io.github.postman2java.binding.BoundCollection;
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
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One cold pass through the stages, as the CLI makes it, printing each stage's wall time and the
 * GC time spent so far: where a single CLI run spends its seconds (JMH gives the warm numbers).
 *
 * <p>Usage: {@code StageTimes <collection.json> [outDir]}.
 */
public final class StageTimes {
  private StageTimes() {}

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path out = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("p2j-stages-");
    Diagnostics d = new Diagnostics();
    long t0 = System.nanoTime();
    PostmanCollection c = PostmanCollectionParser.parse(in, d);
    long t1 = report("parse", t0);
    SampleSet s = SampleExtractor.extract(c, d);
    long t2 = report("extract", t1);
    ShapeGraph g = ShapeInferrer.infer(s, d);
    long t3 = report("infer", t2);
    BoundCollection b = Binder.bind(c, g, d);
    long tb = report("bind", t3);
    NamedModel m = NameAssigner.assign(b, StageBenchmarks.PACKAGE);
    long t4 = report("name", tb);
    List<GeneratedFile> files = JavaGenerator.generate(m);
    long t5 = report("emit", t4);
    SourceWriter.write(out, files, d);
    report("write", t5);
    System.out.printf(Locale.ROOT, "%-8s %8.0f ms (%d files)%n", "total",
        (System.nanoTime() - t0) / 1e6, files.size());
  }

  private static long report(String stage, long since) {
    long now = System.nanoTime();
    long gc = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      gc += Math.max(0, b.getCollectionTime());
    }
    System.out.printf(Locale.ROOT, "%-8s %8.0f ms   (GC so far %d ms, heap used %d MiB)%n",
        stage, (now - since) / 1e6, gc,
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    return now;
  }
}
