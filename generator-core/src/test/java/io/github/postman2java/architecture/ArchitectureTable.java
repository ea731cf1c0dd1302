package io.github.postman2java.architecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The package table of {@code ARCHITECTURE.md}, read from the document itself so the rules the
 * tests enforce and the rules the document states cannot drift apart. Rows look like
 * {@code | `naming` | what it owns | binding, infer, diag | — |}: package (relative to
 * {@code io.github.postman2java}, {@code root} for that package itself), what it owns, the
 * project packages it may use, and the libraries it may use.
 */
record ArchitectureTable(List<Row> rows) {
  static final String BASE = "io.github.postman2java";
  static final Path DOCUMENT = Path.of("..", "ARCHITECTURE.md");

  /** One package: the project packages and libraries its classes may depend on. */
  record Row(String name, Set<String> mayUse, Set<String> libraries) {
    /** The Java package name. */
    String javaPackage() {
      return qualified(name);
    }
  }

  static ArchitectureTable read() throws IOException {
    return parse(Files.readString(DOCUMENT, StandardCharsets.UTF_8));
  }

  static ArchitectureTable parse(String markdown) {
    List<Row> rows = new ArrayList<>();
    for (String line : markdown.split("\n")) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|");
      if (cells.length < 5) {
        throw new IllegalArgumentException("a package row needs four columns: " + line);
      }
      rows.add(new Row(strip(cells[1]), list(cells[3]), list(cells[4])));
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no package table in ARCHITECTURE.md");
    }
    return new ArchitectureTable(List.copyOf(rows));
  }

  static String qualified(String name) {
    return name.equals("root") ? BASE : BASE + "." + name;
  }

  private static Set<String> list(String cell) {
    String text = cell.trim();
    if (text.equals("—") || text.isEmpty()) {
      return Set.of();
    }
    return Arrays.stream(text.split(",")).map(ArchitectureTable::strip)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String strip(String cell) {
    return cell.trim().replace("`", "");
  }
}
