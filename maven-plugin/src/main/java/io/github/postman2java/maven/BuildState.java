package io.github.postman2java.maven;

import io.github.postman2java.CodegenRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one execution wrote for one collection last time: the fingerprint of its inputs, the
 * output directory and every generated file with its size. One small text file per (execution
 * id, collection path) under {@code target/postman2java-state/}; it never holds the collection
 * itself, only hashes and paths.
 *
 * <pre>
 * # postman2java incremental state
 * format=1
 * execution=default
 * collection=/abs/src/main/postman/leads.postman_collection.json
 * fingerprint=3f2a…
 * output=/abs/target/generated-sources/postman2java
 * manifest=
 * file=2048 com/example/crm/ZohoCrmClient.java
 * </pre>
 *
 * @param executionId the Maven execution id
 * @param collection the absolute, normalised collection path
 * @param fingerprint hash of (collection bytes, effective configuration, plugin identity); empty
 *     while a write is in progress, so a killed build is never taken as up to date
 * @param outputDirectory the absolute output directory the files are relative to
 * @param manifest the absolute manifest path, or {@code null}
 * @param files generated relative paths ({@code /} separators) to their size in bytes
 */
record BuildState(
    String executionId,
    Path collection,
    String fingerprint,
    Path outputDirectory,
    Path manifest,
    Map<String, Long> files) {

  private static final String HEADER = "# postman2java incremental state; delete it to force"
      + " regeneration\n";
  private static final String FORMAT = "1";

  /** Creates a state; files keep their order. */
  BuildState {
    Objects.requireNonNull(executionId, "executionId");
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }

  /** Returns the absolute paths of the recorded files. */
  List<Path> absoluteFiles() {
    List<Path> paths = new ArrayList<>();
    for (String relative : files.keySet()) {
      paths.add(outputDirectory.resolve(relative).normalize());
    }
    return paths;
  }

  /**
   * Returns whether every recorded file (and the manifest) still exists with its recorded size.
   * This is the cheap part of the up-to-date check: no file is read.
   */
  boolean outputsIntact() throws IOException {
    for (Map.Entry<String, Long> e : files.entrySet()) {
      Path file = outputDirectory.resolve(e.getKey());
      if (!Files.isRegularFile(file) || Files.size(file) != e.getValue()) {
        return false;
      }
    }
    return manifest == null || Files.isRegularFile(manifest);
  }

  /** Reads a state file; returns {@code null} when it is missing or not in our format. */
  static BuildState read(Path file) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Long> files = new LinkedHashMap<>();
    for (String line : lines) {
      int eq = line.indexOf('=');
      if (line.startsWith("#") || eq < 0) {
        continue;
      }
      String key = line.substring(0, eq);
      String value = line.substring(eq + 1);
      if (key.equals("file")) {
        int space = value.indexOf(' ');
        if (space < 0) {
          return null;
        }
        try {
          files.put(value.substring(space + 1), Long.parseLong(value.substring(0, space)));
        } catch (NumberFormatException e) {
          return null;
        }
      } else {
        values.put(key, value);
      }
    }
    if (!FORMAT.equals(values.get("format")) || values.get("collection") == null
        || values.get("output") == null || values.get("execution") == null) {
      return null;
    }
    String manifest = values.getOrDefault("manifest", "");
    return new BuildState(values.get("execution"), Path.of(values.get("collection")),
        values.getOrDefault("fingerprint", ""), Path.of(values.get("output")),
        manifest.isEmpty() ? null : Path.of(manifest), files);
  }

  /** Writes this state atomically (write-if-changed), creating the directory. */
  void write(Path file) throws IOException {
    StringBuilder text = new StringBuilder(HEADER);
    text.append("format=").append(FORMAT).append('\n');
    text.append("execution=").append(executionId).append('\n');
    text.append("collection=").append(collection).append('\n');
    text.append("fingerprint=").append(fingerprint).append('\n');
    text.append("output=").append(outputDirectory).append('\n');
    text.append("manifest=").append(manifest == null ? "" : manifest).append('\n');
    for (Map.Entry<String, Long> e : files.entrySet()) {
      text.append("file=").append(e.getValue()).append(' ').append(e.getKey()).append('\n');
    }
    CodegenRun.writeIfChanged(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
