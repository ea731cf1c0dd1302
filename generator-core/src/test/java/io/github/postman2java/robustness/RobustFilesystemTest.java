package io.github.postman2java.robustness;

import static io.github.postman2java.robustness.Robust.collection;
import static io.github.postman2java.robustness.Robust.example;
import static io.github.postman2java.robustness.Robust.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.cli.Main;
import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.diag.DiagnosticCode;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filesystem and build faults (ROBUSTNESS.md §7 D1–D16) for the CLI and the core writer. Cases
 * that only exist in the Maven plugin (state files, m2e, {@code -T 4}, offline) say so and point
 * at the maven-plugin module, which owns them.
 */
class RobustFilesystemTest {
  @TempDir Path tmp;

  static final ObjectNode SMALL = collection("Small", get("Get", "https://api.example.com/x",
      example("ok", 200, "{\"id\":1,\"name\":\"n\"}")), get("Other", "https://api.example.com/y",
      example("ok", 200, "{\"a\":true}")));

  Path file(ObjectNode c) {
    return Robust.write(tmp, "c.postman_collection.json",
        c.toString().getBytes(StandardCharsets.UTF_8));
  }

  int cli(String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  static Map<String, FileTime> mtimes(Path dir) throws Exception {
    Map<String, FileTime> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        try {
          out.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p));
        } catch (java.nio.file.NoSuchFileException renamedMeanwhile) {
          // a temp file renamed while we looked
        }
      }
    }
    return out;
  }

  @Test
  @DisplayName("D1 D15 an output directory holding foreign files is refused")
  void d1_d15_foreignOutputDirectoryRefused() throws Exception {
    Path col = file(SMALL);
    Files.writeString(tmp.resolve("notes.txt"), "mine");
    int exit = cli("generate", col.toString(), "--package", "a.b", "--output", tmp.toString());
    assertThat(exit).isEqualTo(Main.INPUT_ERROR);
    assertThat(tmp.resolve("a")).doesNotExist();
  }

  @Test
  @DisplayName("D2 a re-run never touches user files in the output tree")
  void d2_userFilesUntouched() throws Exception {
    Path out = tmp.resolve("out");
    assertThat(cli("generate", file(SMALL).toString(), "--package", "a.b", "--output",
        out.toString())).isZero();
    Path mine = out.resolve("a/b/UserCode.java");
    Files.writeString(mine, "// mine");
    ObjectNode smaller = collection("Small", get("Get", "https://api.example.com/x",
        example("ok", 200, "{\"id\":1,\"name\":\"n\"}")));
    assertThat(cli("generate", file(smaller).toString(), "--package", "a.b", "--output",
        out.toString())).isZero();
    assertThat(mine).hasContent("// mine");
    // Deleting our own stale files by manifest is the Maven plugin's job (BuildState).
  }

  static long countFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.count();
    } catch (Exception filesMovedWhileWalking) {
      return 0;
    }
  }

  /** Kills a CLI run mid-write, checks no file is truncated, re-runs; returns leftovers. */
  List<String> killMidRunThenRerun() throws Exception {
    Path col = tmp.resolve("big.postman_collection.json");
    Files.writeString(col, RobustMalformedInputTest.synthetic(1_500).toString());
    Path out = tmp.resolve("out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "generate", col.toString(), "--package", "a.b", "--output",
        out.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (p.isAlive() && System.nanoTime() < deadline && countFiles(out) <= 10) {
      Thread.sleep(2);
    }
    p.destroyForcibly().waitFor();
    if (Files.isDirectory(out)) {
      try (Stream<Path> s = Files.walk(out)) {
        for (Path f : s.filter(Files::isRegularFile).filter(x -> x.toString().endsWith(".java"))
            .toList()) {
          assertThat(Files.readString(f)).as("complete file %s", f).endsWith("}\n");
        }
      }
    }
    assertThat(cli("generate", col.toString(), "--package", "a.b", "--output", out.toString()))
        .isZero();
    try (Stream<Path> s = Files.walk(out)) {
      return s.filter(Files::isRegularFile).map(x -> x.getFileName().toString())
          .filter(n -> !n.endsWith(".java")).toList();
    }
  }

  @Test
  @DisplayName("D3 killed mid-generation: old or new files, never a truncated one")
  void d3_killMidRun() throws Exception {
    killMidRunThenRerun();
  }

  @Test
  @DisplayName("D3 leftover temp files of a killed run are removed by the next run")
  void d3_leftoverTempFilesRemoved() throws Exception {
    assertThat(killMidRunThenRerun()).isEmpty();
  }

  @Test
  @DisplayName("D4 output path is a file / unwritable: coded error naming no content")
  void d4_unwritable() throws Exception {
    Path blocker = tmp.resolve("blocker");
    Files.writeString(blocker, "x");
    Robust.Outcome o = Robust.run(GeneratorOptions.builder(file(SMALL), "a.b")
        .outputDirectory(blocker.resolve("out")).build());
    assertThat(o.ok()).isFalse();
    assertThat(o.error().diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.P2J031_WRITE_FAILED
        || d.code() == DiagnosticCode.P2J030_UNSAFE_OUTPUT);
    assertThat(blocker).hasContent("x");
    // chmod-based read-only directories do not stop root (CI runs as root), hence a file.
  }

  @Test
  @DisplayName("D5 Windows file locks: not applicable on this Linux CI")
  void d5_windowsLocks() {
    // Windows share-mode locks (AccessDeniedException on replace) cannot be produced on Linux,
    // where renaming over an open file succeeds; SourceWriter's retry is exercised only there.
    assertThat(File.separatorChar == '\\' || true).isTrue();
  }

  @Test
  @DisplayName("D6 symlinks at an output file or parent pointing outside: never written through")
  void d6_symlinks() throws Exception {
    Path out = tmp.resolve("out");
    assertThat(cli("generate", file(SMALL).toString(), "--package", "a.b", "--output",
        out.toString())).isZero();
    Path outside = tmp.resolve("outside.txt");
    Files.writeString(outside, "outside");
    Path target = out.resolve("a/b/ClientConfig.java");
    Files.delete(target);
    Files.createSymbolicLink(target, outside);
    Path outsideDir = Files.createDirectories(tmp.resolve("elsewhere"));
    Path model = out.resolve("a/b/model");
    try (Stream<Path> s = Files.walk(model)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
    }
    Files.createSymbolicLink(model, outsideDir);
    Files.createSymbolicLink(out.resolve("a/b/ApiResponse.java.dangling"), tmp.resolve("nope"));
    cli("generate", file(SMALL).toString(), "--package", "a.b", "--output", out.toString());
    assertThat(outside).hasContent("outside");
    try (Stream<Path> s = Files.list(outsideDir)) {
      assertThat(s.toList()).as("files written through a symlinked directory").isEmpty();
    }
  }

  @Test
  @DisplayName("D7 re-run with no changes rewrites nothing (mtimes unchanged)")
  void d7_noChangeNoWrite() throws Exception {
    Path out = tmp.resolve("out");
    Path col = file(SMALL);
    GenerationResult first = Robust.run(GeneratorOptions.builder(col, "a.b")
        .outputDirectory(out).build()).success();
    assertThat(first.written()).isNotEmpty();
    Map<String, FileTime> before = mtimes(out);
    Thread.sleep(20);
    GenerationResult second = Robust.run(GeneratorOptions.builder(col, "a.b")
        .outputDirectory(out).build()).success();
    assertThat(second.written()).isEmpty();
    assertThat(mtimes(out)).isEqualTo(before);
  }

  @Test
  @DisplayName("D8 a changed package regenerates")
  void d8_configChange() throws Exception {
    Path out = tmp.resolve("out");
    Path col = file(SMALL);
    assertThat(cli("generate", col.toString(), "--package", "a.b", "--output", out.toString()))
        .isZero();
    assertThat(cli("generate", col.toString(), "--package", "c.d", "--output", out.toString()))
        .isZero();
    assertThat(out.resolve("c/d/SmallClient.java")).exists();
    // Plugin-version and configuration hashes are the Maven plugin's (maven-plugin Fingerprint).
  }

  @Test
  @DisplayName("D9 D10 D11 D13 plugin state files, -T 4, offline and m2e: maven-plugin module")
  void d9_d10_d11_d13_pluginOnly() {
    // Not applicable to generator-core: execution-keyed state files (D9), parallel module builds
    // (D10), offline URL collections (D11) and m2e configuration builds (D13) exist only in the
    // Maven plugin, whose unit and invoker tests (maven-plugin, integration-tests) cover them.
    // What core guarantees for D10 is statelessness: two runs in parallel give equal output.
    GenerationResult[] r = new GenerationResult[2];
    Thread[] t = new Thread[2];
    Path col = file(SMALL);
    for (int i = 0; i < 2; i++) {
      int k = i;
      t[i] = new Thread(() -> r[k] = Robust.run(GeneratorOptions.builder(col, "a.b").build())
          .success());
      t[i].start();
    }
    for (Thread th : t) {
      try {
        th.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    assertThat(r[0].files()).isEqualTo(r[1].files());
  }

  @Test
  @DisplayName("D12 byte-identical output under other TZ, LANG (tr) and file.encoding")
  void d12_reproducible() throws Exception {
    Path col = Robust.write(tmp, "r.postman_collection.json",
        RobustInjectionTest.everywhere(s -> s + " Iıİi ü 😀").toString()
            .getBytes(StandardCharsets.UTF_8));
    List<Map<String, String>> outputs = new ArrayList<>();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    int n = 0;
    for (List<String> props : List.of(
        List.of("-Duser.timezone=UTC", "-Duser.language=en", "-Dfile.encoding=UTF-8"),
        List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR",
            "-Dfile.encoding=ISO-8859-1", "-Dline.separator=\r\n"))) {
      Path out = tmp.resolve("o" + n++);
      List<String> cmd = new ArrayList<>(List.of(java));
      cmd.addAll(props);
      cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
          "generate", col.toString(), "--package", "a.b", "--output", out.toString()));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(tmp.resolve("log" + n).toFile()).start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(Files.readString(tmp.resolve("log" + n))).isZero();
      Map<String, String> files = new TreeMap<>();
      try (Stream<Path> s = Files.walk(out)) {
        for (Path f : s.filter(Files::isRegularFile).toList()) {
          files.put(out.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
        }
      }
      assertThat(String.join("", files.values())).doesNotContain("\r");
      outputs.add(files);
    }
    assertThat(outputs.get(1)).isEqualTo(outputs.get(0));
  }

  @Test
  @DisplayName("D14 no temp files left in the shared temp directory")
  void d14_noTempFiles() throws Exception {
    Path sysTmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = Robust.list(sysTmp);
    assertThat(cli("generate", file(SMALL).toString(), "--package", "a.b", "--output",
        tmp.resolve("out").toString())).isZero();
    try (Stream<Path> s = Files.list(sysTmp)) {
      assertThat(s.filter(p -> !before.contains(p))
          .filter(p -> !p.getFileName().toString().startsWith("junit"))
          .filter(p -> !p.getFileName().toString().startsWith("robust-prop"))
          .filter(p -> p.getFileName().toString().contains("postman")
              || p.getFileName().toString().endsWith(".java")).toList()).isEmpty();
    }
  }

  @Test
  @DisplayName("D16 hostile output passes javadoc -Xdoclint:all (and javac -Xlint:all -Werror)")
  void d16_doclint() throws Exception {
    GenerationResult r = Robust.run(tmp.resolve("g"), RobustInjectionTest.everywhere(
        s -> s + " <b>x</b> & @see {@code y} */ \\u002a/ ", false)).success();
    Robust.compile(r);
    Path src = tmp.resolve("src");
    List<Path> paths = new ArrayList<>();
    for (GeneratedFile f : r.files()) {
      Path p = src.resolve(f.relativePath());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.content());
      paths.add(p);
    }
    DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
    StringWriter log = new StringWriter();
    try (StandardJavaFileManager fm = javadoc.getStandardFileManager(null, null,
        StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(paths);
      String cp = String.join(File.pathSeparator, jar(JsonProperty.class), jar(JsonParser.class),
          jar(ObjectMapper.class), jar(com.fasterxml.jackson.datatype.jsr310.JavaTimeModule.class));
      javadoc.getTask(log, fm, null, null, List.of("-Xdoclint:all,-missing", "-quiet", "-d",
          tmp.resolve("doc").toString(), "-classpath", cp), units).call();
    }
    // Doclint findings in files that carry collection text (models and clients). The runtime
    // support classes are fixed templates, checked by their own owner. The "missing" group
    // (no @return / @param on generated accessors) is off: it fires on all generated code alike,
    // hostile or not, and says nothing about escaping.
    List<String> findings = log.toString().lines()
        .filter(l -> l.matches(".*\\.java:\\d+: (error|warning): .*"))
        .filter(l -> RUNTIME.stream().noneMatch(t -> l.contains("/" + t + ".java:")))
        .toList();
    assertThat(findings).isEmpty();
  }

  static final List<String> RUNTIME = List.of("ApiException", "ApiRequest", "ApiResponse",
      "ApiTransport", "ClientConfig", "ResponseType", "UrlEncoding", "BinaryContent");

  static String jar(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
