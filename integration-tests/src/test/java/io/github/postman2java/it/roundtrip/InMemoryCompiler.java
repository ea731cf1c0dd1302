package io.github.postman2java.it.roundtrip;

import io.github.postman2java.codegen.GeneratedFile;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with {@code -Xlint:all -Werror} against the test class path (which
 * holds Jackson) and loads them in a fresh class loader.
 */
final class InMemoryCompiler {
  private InMemoryCompiler() {}

  /** Compilation outcome: the loader (null on failure) and javac's diagnostics. */
  record Result(ClassLoader loader, String diagnostics) {
    boolean succeeded() {
      return loader != null;
    }
  }

  static Result compile(List<GeneratedFile> files, Path workDir) throws IOException {
    Path src = workDir.resolve("src");
    Path classes = workDir.resolve("classes");
    Files.createDirectories(classes);
    List<Path> paths = new ArrayList<>();
    for (GeneratedFile f : files) {
      Path p = src.resolve(f.relativePath());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.content(), StandardCharsets.UTF_8);
      paths.add(p);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null,
        StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(paths);
      List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17", "-proc:none",
          "-encoding", "UTF-8", "-classpath", System.getProperty("java.class.path"),
          "-d", classes.toString());
      boolean ok = javac.getTask(out, fm, null, options, null, units).call();
      if (!ok) {
        return new Result(null, out.toString());
      }
    }
    ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        InMemoryCompiler.class.getClassLoader());
    return new Result(loader, out.toString());
  }
}
