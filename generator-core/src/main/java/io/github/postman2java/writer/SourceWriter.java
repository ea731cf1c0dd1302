package io.github.postman2java.writer;

import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.diag.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Write stage, the only code that touches the disk.
 *
 * <ol>
 *   <li>Every target is checked first: relative, no {@code ..}, inside the output directory after
 *       resolving symbolic links. One bad path means nothing is written.
 *   <li>A file is written only when its content differs, so unchanged files keep their mtime.
 *   <li>Writes go to a temporary file in the same directory, then an atomic rename: a killed
 *       build leaves the old file or the new one, never a truncated one.
 * </ol>
 */
public final class SourceWriter {
  private SourceWriter() {}

  /** Outcome of a write: files whose content changed, and files left as they were. */
  public record WriteResult(List<Path> written, List<Path> unchanged) {
    /** Creates a result. */
    public WriteResult {
      written = List.copyOf(written);
      unchanged = List.copyOf(unchanged);
    }
  }

  /** Writes {@code files} under {@code outputDir}; returns null after reporting an error. */
  public static WriteResult write(Path outputDir, List<GeneratedFile> files,
      Diagnostics diagnostics) {
    Path root = outputDir.toAbsolutePath().normalize();
    List<Path> targets = new ArrayList<>();
    try {
      Files.createDirectories(root);
      Path realRoot = root.toRealPath();
      for (GeneratedFile f : files) {
        Path target = resolveInside(realRoot, f.relativePath());
        if (target == null) {
          diagnostics.error(DiagnosticCode.P2J030_UNSAFE_OUTPUT, SourceLocation.ofFile(
              "output"), "a generated path would leave the output directory; nothing written");
          return null;
        }
        targets.add(target);
      }
      removeLeftoverTempFiles(targets);
      // Files are independent: write them in parallel, then report in input order.
      boolean[] changed = new boolean[files.size()];
      try {
        java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
          try {
            changed[i] = writeIfChanged(targets.get(i),
                files.get(i).content().getBytes(StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
      List<Path> written = new ArrayList<>();
      List<Path> unchanged = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        (changed[i] ? written : unchanged).add(targets.get(i));
      }
      return new WriteResult(written, unchanged);
    } catch (IOException e) {
      diagnostics.error(DiagnosticCode.P2J031_WRITE_FAILED, SourceLocation.ofFile("output"),
          "cannot write the output: " + e.getClass().getSimpleName());
      return null;
    }
  }

  /**
   * Deletes temporary files a killed run left next to our targets. Only names this writer
   * creates ({@code .Name.java.p2j-<hex>.tmp}) for files it is about to write are touched.
   */
  private static void removeLeftoverTempFiles(List<Path> targets) throws IOException {
    java.util.Set<Path> dirs = new java.util.TreeSet<>();
    java.util.Set<String> ours = new java.util.HashSet<>();
    for (Path t : targets) {
      dirs.add(t.getParent());
      ours.add(OwnedFiles.tempPrefix(t));
    }
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try (var entries = Files.newDirectoryStream(dir, ".*.p2j-*.tmp")) {
        for (Path p : entries) {
          String name = p.getFileName().toString();
          int cut = name.indexOf(".p2j-");
          if (cut > 0 && ours.contains(name.substring(0, cut + 5))
              && OwnedFiles.isLeftoverTemp(p)
              && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }

  /** Resolves a generated relative path, or returns null when it would escape {@code root}. */
  static Path resolveInside(Path realRoot, String relative) throws IOException {
    if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\")
        || relative.contains(":") || relative.indexOf('\0') >= 0) {
      return null;
    }
    if (Arrays.stream(relative.split("/")).anyMatch(p -> p.isEmpty() || p.equals(".")
        || p.equals(".."))) {
      return null;
    }
    Path target = realRoot.resolve(relative).normalize();
    if (!target.startsWith(realRoot)) {
      return null;
    }
    // A symbolic link inside the output directory must not lead outside it.
    Path existing = target;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return target;
    }
    try {
      return existing.toRealPath().startsWith(realRoot) ? target : null;
    } catch (IOException e) {
      return null; // a dangling link: where it would lead cannot be checked, so refuse it
    }
  }

  /** Outcome of removing files a run no longer produces. */
  public record Removal(int deleted, List<Path> kept) {
    /** Creates a removal outcome. */
    public Removal {
      kept = List.copyOf(kept);
    }
  }

  /**
   * Deletes the files of {@code previous} under {@code root} that are not in {@code keep} and
   * still carry our header ({@link OwnedFiles}), then the directories this leaves empty up to
   * {@code root}. A file the user replaced (no header any more) is kept and reported.
   */
  public static Removal deleteStale(Path root, List<Path> previous, java.util.Set<Path> keep)
      throws IOException {
    int deleted = 0;
    List<Path> kept = new ArrayList<>();
    for (Path file : previous) {
      if (keep.contains(file) || !file.startsWith(root)
          || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      if (!OwnedFiles.isGenerated(file)) {
        kept.add(file);
        continue;
      }
      Files.delete(file);
      deleted++;
      deleteEmptyParents(file.getParent(), root);
    }
    return new Removal(deleted, kept);
  }

  private static void deleteEmptyParents(Path dir, Path root) throws IOException {
    for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
      try (var entries = Files.newDirectoryStream(d)) {
        if (entries.iterator().hasNext()) {
          return;
        }
      }
      Files.delete(d);
    }
  }

  /** Writes {@code bytes} to {@code target} atomically unless it already holds them. */
  public static boolean writeIfChanged(Path target, byte[] bytes) throws IOException {
    if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
        && Files.size(target) == bytes.length
        && Arrays.equals(Files.readAllBytes(target), bytes)) {
      return false;
    }
    Files.createDirectories(target.getParent());
    // Not Files.createTempFile: its 0600 mode would survive the rename, and generated sources
    // must get the same permissions as any file the user creates (umask).
    Path temp = target.resolveSibling(OwnedFiles.tempPrefix(target)
        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    return true;
  }
}
