package io.github.postman2java.writer;

import io.github.postman2java.codegen.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The one rule for "did postman2java write this file": a regular file (not a link) that starts
 * with {@link GeneratedFile#HEADER}, or a temporary file {@link SourceWriter} leaves behind only
 * when the JVM is killed mid-write. The CLI's output check, the writer's stale-file removal and
 * the Maven plugin all ask here.
 */
public final class OwnedFiles {
  private static final byte[] HEADER = GeneratedFile.HEADER.getBytes(StandardCharsets.UTF_8);
  /** {@code .Name.java.p2j-<hex>.tmp}, see {@link SourceWriter#writeIfChanged}. */
  private static final Pattern TEMP = Pattern.compile("\\..+\\.p2j-[0-9a-f]{1,16}\\.tmp");

  private OwnedFiles() {}

  /** Returns whether {@code file} is a regular file that starts with our header. */
  public static boolean isGenerated(Path file) {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    byte[] start = new byte[HEADER.length];
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return in.readNBytes(start, 0, start.length) == start.length
          && Arrays.equals(start, HEADER);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Returns whether {@code file} is a temporary file of an interrupted write. */
  public static boolean isLeftoverTemp(Path file) {
    Path name = file.getFileName();
    return name != null && TEMP.matcher(name.toString()).matches();
  }

  /** Returns the name prefix of {@code target}'s temporary files. */
  static String tempPrefix(Path target) {
    return "." + target.getFileName() + ".p2j-";
  }
}
