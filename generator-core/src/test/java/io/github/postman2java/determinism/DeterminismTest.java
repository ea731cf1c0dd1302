package io.github.postman2java.determinism;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postman2java.CodegenRun;
import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.testing.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input and options give the same bytes: whatever the order of saved examples in the file,
 * and whatever the JVM's time zone, locale and default charset.
 */
class DeterminismTest {
  private static final Path LEADS =
      Path.of("..", "sample-collections", "zoho-crm-leads.postman_collection.json");
  private static final Path CORPUS = SharedCorpus.DIR;

  @TempDir Path temp;

  @Test
  void shuffledExamplesGiveTheSameBytes() throws IOException {
    for (Path collection : collections()) {
      String original = digest(collection);
      for (long seed = 1; seed <= 3; seed++) {
        Path shuffled = temp.resolve(seed + "-" + collection.getFileName());
        Files.writeString(shuffled, shuffleExamples(collection, seed), StandardCharsets.UTF_8);
        // The file name is part of the output header: keep it.
        Path renamed = Files.createDirectories(temp.resolve("s" + seed))
            .resolve(collection.getFileName());
        Files.move(shuffled, renamed);
        assertThat(digest(renamed)).as("%s with examples shuffled (seed %d)",
            collection.getFileName(), seed).isEqualTo(original);
      }
    }
  }

  @Test
  void timeZoneLocaleAndCharsetDoNotChangeTheOutput() throws Exception {
    for (Path collection : collections()) {
      String here = digest(collection);
      String elsewhere = digestInChildJvm(collection, "-Duser.timezone=Pacific/Kiritimati",
          "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1");
      assertThat(elsewhere).as("%s in another TZ/locale/charset", collection.getFileName())
          .isEqualTo(here);
    }
  }

  private static List<Path> collections() {
    List<Path> out = new ArrayList<>(List.of(LEADS));
    if (SharedCorpus.present("docusign-notary.postman_collection.json", "DeterminismTest")) {
      out.add(CORPUS.resolve("docusign-notary.postman_collection.json"));
    }
    return out;
  }

  static String digest(Path collection) {
    List<GeneratedFile> files = CodegenRun.generate(collection, "com.example.det").files();
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (GeneratedFile f : files) {
        md.update(f.relativePath().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(f.content().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String digestInChildJvm(Path collection, String... jvmOptions) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(DigestMain.class.getName());
    command.add(collection.toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(temp.resolve("child.txt").toFile()).start();
    int exit = p.waitFor();
    List<String> lines = Files.readAllLines(temp.resolve("child.txt"));
    assertThat(exit).as("child JVM output: %s", lines).isZero();
    return lines.get(lines.size() - 1).trim();
  }

  private static String shuffleExamples(Path collection, long seed) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode root = mapper.readTree(collection.toFile());
    Random random = new Random(seed);
    List<JsonNode> work = new ArrayList<>(List.of(root));
    while (!work.isEmpty()) {
      JsonNode n = work.remove(work.size() - 1);
      if (n instanceof ObjectNode o && o.get("response") instanceof ArrayNode responses) {
        List<JsonNode> list = new ArrayList<>();
        responses.forEach(list::add);
        Collections.shuffle(list, random);
        responses.removeAll();
        responses.addAll(list);
      }
      n.forEach(work::add);
    }
    return mapper.writeValueAsString(root);
  }

  /** Prints the digest of a collection's output; run in a child JVM with other settings. */
  public static final class DigestMain {
    public static void main(String[] args) {
      System.out.println(digest(Path.of(args[0])));
    }
  }
}
