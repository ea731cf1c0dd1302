package io.github.postman2java.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording of the CLI: hottest frames (self time), the first project frame
 * (with line) under each sample, inclusive time of project methods, allocation sites and GC
 * pauses. Uses only the JDK's {@code jdk.jfr.consumer} API.
 *
 * <p>Usage: {@code JfrTop <recording.jfr> [rows]}. Record with full stacks:
 * {@code java -XX:FlightRecorderOptions:stackdepth=1024
 * -XX:StartFlightRecording=filename=x.jfr,settings=profile -jar postman2java-cli.jar ...}.
 */
public final class JfrTop {
  private static final String PROJECT = "io.github.postman2java.";

  private JfrTop() {}

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> firstProject = new HashMap<>();
    Map<String, Long> inclusive = new HashMap<>();
    Map<String, Long> allocSites = new HashMap<>();
    long samples = 0;
    long allocTotal = 0;
    long gcCount = 0;
    Duration gcPauses = Duration.ZERO;
    Duration longest = Duration.ZERO;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      String type = e.getEventType().getName();
      if (type.equals("jdk.ExecutionSample")) {
        RecordedStackTrace st = e.getStackTrace();
        if (st == null || st.getFrames().isEmpty()) {
          continue;
        }
        samples++;
        List<RecordedFrame> frames = st.getFrames();
        self.merge(method(frames.get(0)), 1L, Long::sum);
        String first = firstProjectFrame(frames, true);
        if (first != null) {
          firstProject.merge(first, 1L, Long::sum);
        }
        Set<String> seen = new HashSet<>();
        for (RecordedFrame f : frames) {
          String m = method(f);
          if (m.startsWith(PROJECT) && seen.add(m)) {
            inclusive.merge(m, 1L, Long::sum);
          }
        }
      } else if (type.equals("jdk.ObjectAllocationSample")) {
        long w = e.getLong("weight");
        allocTotal += w;
        RecordedStackTrace st = e.getStackTrace();
        String first = st == null ? null : firstProjectFrame(st.getFrames(), true);
        allocSites.merge(first == null ? "(outside project code)" : first, w, Long::sum);
      } else if (type.equals("jdk.GarbageCollection")) {
        gcCount++;
        gcPauses = gcPauses.plus(e.getDuration("sumOfPauses"));
        Duration l = e.getDuration("longestPause");
        longest = l.compareTo(longest) > 0 ? l : longest;
      }
    }
    System.out.printf(Locale.ROOT, "%s: %d execution samples (main thread and others)%n",
        args[0], samples);
    print("hottest frames (self)", self, samples, rows);
    print("first project frame under the sample (self + JDK/library callees)", firstProject,
        samples, rows);
    print("inclusive, project methods", inclusive, samples, rows * 2);
    System.out.printf(Locale.ROOT, "-- allocation (sampled weight %.2f GiB), by first project"
        + " frame%n", allocTotal / (double) (1L << 30));
    print(null, allocSites, allocTotal, rows);
    System.out.printf(Locale.ROOT, "-- GC: %d collections, pauses %.2f s in all, longest %.3f s%n",
        gcCount, gcPauses.toNanos() / 1e9, longest.toNanos() / 1e9);
  }

  private static String method(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private static String firstProjectFrame(List<RecordedFrame> frames, boolean withLine) {
    for (RecordedFrame f : frames) {
      String m = method(f);
      if (m.startsWith(PROJECT) && !m.startsWith(PROJECT + "bench.")) {
        return withLine ? m + ":" + f.getLineNumber() : m;
      }
    }
    return null;
  }

  private static void print(String title, Map<String, Long> counts, long total, int rows) {
    if (title != null) {
      System.out.println("-- " + title);
    }
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(rows)
        .forEach(en -> sorted.put(en.getKey(), en.getValue()));
    sorted.forEach((k, v) -> System.out.printf(Locale.ROOT, "%6.1f%%  %s%n",
        100.0 * v / Math.max(1, total), k));
  }
}
