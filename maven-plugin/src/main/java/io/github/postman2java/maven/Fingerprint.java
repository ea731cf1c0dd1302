package io.github.postman2java.maven;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 fingerprints for the up-to-date check.
 *
 * <ol>
 *   <li>The collection's bytes are hashed with CRLF and CR turned into LF, so a checkout with
 *       other line endings (Windows, {@code core.autocrlf}) is not a change. Line endings outside
 *       JSON strings are whitespace, and inside strings they are escaped, so this never hides a
 *       change that alters the generated code.
 *   <li>The effective configuration is a canonical {@code key=value} text built by the Mojo.
 *   <li>The plugin identity is its version; for a {@code -SNAPSHOT} it also includes the size and
 *       time of the plugin's and the generator's jars, so a rebuilt snapshot regenerates.
 * </ol>
 *
 * <p>Example: {@code of("1.0|package=com.x", bytes)} → {@code "9c1e…"} (64 hex digits).
 */
final class Fingerprint {
  private Fingerprint() {}

  /** Returns the hex SHA-256 of {@code parts} (each length-prefixed) and the normalised bytes. */
  static String of(String identity, String configuration, byte[] collection) {
    MessageDigest digest = sha256();
    update(digest, identity.getBytes(StandardCharsets.UTF_8));
    update(digest, configuration.getBytes(StandardCharsets.UTF_8));
    update(digest, normaliseLineEndings(collection));
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Returns a short, stable hex hash of {@code text}, for file names. */
  static String shortHash(String text) {
    byte[] hash = sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 6);
  }

  /**
   * Returns what identifies the generator: {@code version}, plus for snapshots the size and
   * modification time of the jars holding {@code classes}, so a rebuilt snapshot regenerates.
   * The state file is local to {@code target/}, so machine-specific times are fine here, and
   * they cost no read of the jars. Classes loaded from a directory (unit tests) add nothing.
   */
  static String pluginIdentity(String version, Class<?>... classes) throws IOException {
    StringBuilder identity = new StringBuilder(version);
    if (!version.endsWith("-SNAPSHOT")) {
      return identity.toString();
    }
    for (Class<?> type : classes) {
      Path jar = codeSource(type);
      if (jar != null && Files.isRegularFile(jar)) {
        identity.append('|').append(Files.size(jar)).append('@')
            .append(Files.getLastModifiedTime(jar).toMillis());
      }
    }
    return identity.toString();
  }

  static byte[] normaliseLineEndings(byte[] bytes) {
    byte[] out = new byte[bytes.length];
    int n = 0;
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '\r') {
        out[n++] = '\n';
        if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
          i++;
        }
      } else {
        out[n++] = b;
      }
    }
    return n == bytes.length ? out : java.util.Arrays.copyOf(out, n);
  }

  private static void update(MessageDigest digest, byte[] part) {
    // Length-prefixed, so ("ab", "c") and ("a", "bc") hash differently.
    digest.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(part);
  }

  private static Path codeSource(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every JDK", e);
    }
  }
}
