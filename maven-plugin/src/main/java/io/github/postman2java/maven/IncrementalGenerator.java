package io.github.postman2java.maven;

import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;

/**
 * Generates one collection only when its inputs changed, and keeps the output directory exactly
 * in sync with what this execution produces.
 *
 * <ol>
 *   <li>Fingerprint (collection bytes, configuration, plugin identity). Same fingerprint as the
 *       state file, same output directory and every recorded file still there with its size →
 *       "up to date": nothing is generated, written or touched.
 *   <li>Otherwise, if this execution never wrote to this directory, refuse it when it holds files
 *       we did not write ({@link OutputGuard#foreignFiles}).
 *   <li>Generate and write through {@link CodegenRun#execute}, the CLI's path: input errors
 *       throw before anything is written; only files whose content differs are written,
 *       atomically. Between the two, record a pending state (old ∪ new files, empty
 *       fingerprint) so that a build killed while writing still knows every file it may have
 *       created.
 *   <li>Delete files the previous run wrote that are no longer produced, unless another state
 *       claims them or they no longer carry our header (the user replaced them), through
 *       {@link CodegenRun#deleteStale}. Then remove directories this left empty.
 *   <li>Record the final state.
 * </ol>
 *
 * <p>Holds no mutable state beyond its constructor arguments: one instance per Mojo execution.
 */
final class IncrementalGenerator {
  private static final int FOREIGN_FILES_SHOWN = 5;

  private final Path stateRoot;
  private final String executionId;
  private final String pluginIdentity;
  private final Log log;

  /** What happened to one collection. */
  enum Outcome { UP_TO_DATE, GENERATED }

  IncrementalGenerator(Path stateRoot, String executionId, String pluginIdentity, Log log) {
    this.stateRoot = stateRoot;
    this.executionId = executionId;
    this.pluginIdentity = pluginIdentity;
    this.log = log;
  }

  /** Returns the state file for {@code collection} in this execution. */
  Path stateFile(Path collection) {
    String base = collection.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
    return executionDirectory().resolve(
        base + "-" + Fingerprint.shortHash(collection.toString()) + ".state");
  }

  /**
   * Brings the output of {@code job} up to date.
   *
   * @throws io.github.postman2java.diag.GenerationException on input errors (nothing written)
   * @throws UnsafeOutputException when the output directory holds files we did not write
   * @throws IOException when reading or writing fails
   */
  Outcome run(GenerationJob job) throws IOException, UnsafeOutputException {
    long start = System.nanoTime();
    Path stateFile = stateFile(job.collection());
    BuildState previous = BuildState.read(stateFile);
    String fingerprint = Fingerprint.of(pluginIdentity, job.configurationKey(),
        Files.readAllBytes(job.collection()));
    boolean sameOutput = previous != null
        && previous.outputDirectory().equals(job.outputDirectory());
    boolean unchanged = sameOutput && previous.fingerprint().equals(fingerprint)
        && previous.outputsIntact();
    if (unchanged && reportPresent(job)) {
      log.info(String.format("postman2java: %s is up to date (%d files, checked in %.1f ms)",
          job.displayPath(), previous.files().size(), millisSince(start)));
      return Outcome.UP_TO_DATE;
    }
    if (unchanged) {
      // Sources are current (they are written only where they differ): only the report is new.
      log.info("postman2java: the report of " + job.displayPath() + " is missing from "
          + job.report() + "; writing it again");
    }
    if (!sameOutput) {
      refuseForeignFiles(job.outputDirectory());
    }
    GenerationResult result = CodegenRun.execute(job.options(),
        generated -> writePending(stateFile, job, previous, job.fileSizes(generated)));
    DiagnosticLog.logWarnings(result.warnings(), job, log);
    Map<String, Long> produced = job.fileSizes(result);
    int deleted = 0;
    if (previous != null) {
      Set<Path> keep = new HashSet<>(absolute(job.outputDirectory(), produced.keySet()));
      keep.addAll(claimedByOthers(stateFile));
      deleted = deleteStale(previous, keep);
    }
    new BuildState(executionId, job.collection(), fingerprint, job.outputDirectory(),
        job.manifest(), produced).write(stateFile);
    log.info(String.format("postman2java: generated %d files from %s into %s"
            + " (%d written, %d unchanged, %d stale deleted) in %.1f ms",
        produced.size(), job.displayPath(), job.outputDirectory(), result.written().size(),
        result.unchanged().size(), deleted, millisSince(start)));
    return Outcome.GENERATED;
  }

  /**
   * Deletes what this execution generated for collections it no longer has (a collection was
   * removed from the configuration or from {@code src/main/postman}), then their state files.
   *
   * @param current the state files of the collections this execution still has
   */
  int removeOrphans(Set<Path> current) throws IOException {
    int deleted = 0;
    for (Path stateFile : listStates(executionDirectory())) {
      if (current.contains(stateFile)) {
        continue;
      }
      BuildState orphan = BuildState.read(stateFile);
      if (orphan != null) {
        Set<Path> keep = new HashSet<>(claimedByOthers(stateFile));
        deleted += deleteStale(orphan, keep);
        log.info("postman2java: " + orphan.collection().getFileName()
            + " is no longer configured; removed its generated files");
      }
      Files.deleteIfExists(stateFile);
    }
    return deleted;
  }

  /** Whether the job writes no report, or every report file is where it was written. */
  private static boolean reportPresent(GenerationJob job) {
    return job.report() == null || CodegenRun.REPORT_FILES.stream()
        .allMatch(f -> Files.isRegularFile(job.report().resolve(f)));
  }

  private void refuseForeignFiles(Path output) throws IOException, UnsafeOutputException {
    Set<Path> known = new HashSet<>();
    for (BuildState state : allStates()) {
      known.addAll(state.absoluteFiles());
    }
    List<Path> foreign = OutputGuard.foreignFiles(output, known, FOREIGN_FILES_SHOWN);
    if (!foreign.isEmpty()) {
      throw new UnsafeOutputException("postman2java: refusing to write to " + output
          + ": it already holds files postman2java did not write, e.g. "
          + foreign.stream().map(Path::toString).collect(Collectors.joining(", "))
          + ". Point outputDirectory at a directory of its own (the default is"
          + " target/generated-sources/postman2java).");
    }
  }

  private void writePending(Path stateFile, GenerationJob job, BuildState previous,
      Map<String, Long> produced) throws IOException {
    if (previous != null && !previous.outputDirectory().equals(job.outputDirectory())) {
      // The old state keeps listing the old directory's files until the final write, so an
      // interrupted run still deletes them next time; new files carry our header.
      return;
    }
    Map<String, Long> union = new LinkedHashMap<>();
    if (previous != null) {
      union.putAll(previous.files());
    }
    union.putAll(produced);
    new BuildState(executionId, job.collection(), "", job.outputDirectory(), job.manifest(),
        union).write(stateFile);
  }

  private int deleteStale(BuildState previous, Set<Path> keep) throws IOException {
    Path root = previous.outputDirectory();
    var removal = CodegenRun.deleteStale(root, List.copyOf(previous.absoluteFiles()), keep);
    for (Path file : removal.kept()) {
      log.warn("postman2java: kept " + root.relativize(file)
          + ": it is no longer generated, but it no longer looks generated either");
    }
    return removal.deleted();
  }

  private Set<Path> claimedByOthers(Path stateFile) throws IOException {
    Set<Path> claimed = new HashSet<>();
    for (Path other : listAllStateFiles()) {
      if (!other.equals(stateFile)) {
        BuildState state = BuildState.read(other);
        if (state != null) {
          claimed.addAll(state.absoluteFiles());
        }
      }
    }
    return claimed;
  }

  private List<BuildState> allStates() throws IOException {
    List<BuildState> states = new ArrayList<>();
    for (Path file : listAllStateFiles()) {
      BuildState state = BuildState.read(file);
      if (state != null) {
        states.add(state);
      }
    }
    return states;
  }

  private List<Path> listAllStateFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(stateRoot)) {
      try (DirectoryStream<Path> executions = Files.newDirectoryStream(stateRoot)) {
        for (Path dir : executions) {
          files.addAll(listStates(dir));
        }
      }
    }
    return files;
  }

  private static List<Path> listStates(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (DirectoryStream<Path> states = Files.newDirectoryStream(dir, "*.state")) {
        states.forEach(files::add);
      }
    }
    files.sort(null);
    return files;
  }

  private Path executionDirectory() {
    return stateRoot.resolve(executionId.replaceAll("[^A-Za-z0-9._-]", "_"));
  }

  private static Set<Path> absolute(Path root, Set<String> relative) {
    Set<Path> paths = new LinkedHashSet<>();
    for (String r : relative) {
      paths.add(root.resolve(r).normalize());
    }
    return paths;
  }

  private static double millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000.0;
  }
}
