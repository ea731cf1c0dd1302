package io.github.postman2java.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import io.github.postman2java.architecture.ArchitectureTable.Row;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns one row of the package table into ArchUnit rules. */
final class ArchitectureRules {
  /** Library names the table may list, and the packages each one stands for. */
  static final Map<String, List<String>> LIBRARIES = Map.of(
      "jackson-core", List.of("com.fasterxml.jackson.core.."),
      "jackson-databind", List.of("com.fasterxml.jackson.databind..",
          "com.fasterxml.jackson.core.."),
      "javapoet", List.of("com.palantir.javapoet..", "javax.lang.model.."),
      "picocli", List.of("picocli.."),
      "file reads", List.of(),
      "file writes", List.of());

  /** {@link Files} methods that change the file system. */
  static final Set<String> FILE_WRITES = Set.of("write", "writeString", "newOutputStream",
      "newBufferedWriter", "move", "copy", "delete", "deleteIfExists", "createDirectories",
      "createDirectory", "createFile", "createTempFile", "createTempDirectory", "createLink",
      "createSymbolicLink", "setAttribute", "setLastModifiedTime", "setPosixFilePermissions",
      "setOwner", "newByteChannel");
  private static final Class<?>[] WRITE_CLASSES = {
      FileOutputStream.class, FileWriter.class, RandomAccessFile.class, FileChannel.class};
  private static final Class<?>[] ALL_FILE_CLASSES = {
      Files.class, FileInputStream.class, FileReader.class, FileOutputStream.class,
      FileWriter.class, RandomAccessFile.class, FileChannel.class};

  private ArchitectureRules() {}

  /** The rules of {@code row}: which classes it may depend on, and what file access it has. */
  static List<ArchRule> of(Row row) {
    for (String library : row.libraries()) {
      if (!LIBRARIES.containsKey(library)) {
        throw new IllegalArgumentException("unknown library '" + library + "' in the row of "
            + row.name() + "; known: " + LIBRARIES.keySet());
      }
    }
    List<String> allowed = new ArrayList<>();
    allowed.add(row.javaPackage());
    allowed.add("java..");
    row.mayUse().forEach(p -> allowed.add(ArchitectureTable.qualified(p)));
    row.libraries().forEach(l -> allowed.addAll(LIBRARIES.get(l)));
    List<ArchRule> rules = new ArrayList<>();
    rules.add(classes().that().resideInAPackage(row.javaPackage())
        .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
        .because("ARCHITECTURE.md lets " + row.name() + " use only " + row.mayUse()
            + " and the libraries " + row.libraries()));
    boolean reads = row.libraries().contains("file reads");
    boolean writes = row.libraries().contains("file writes");
    if (!reads && !writes) {
      rules.add(noClasses().that().resideInAPackage(row.javaPackage())
          .should().dependOnClassesThat().belongToAnyOf(ALL_FILE_CLASSES)
          .because("ARCHITECTURE.md gives " + row.name() + " no file access"));
    } else if (!writes) {
      rules.add(noClasses().that().resideInAPackage(row.javaPackage())
          .should().callMethodWhere(writesFiles())
          .orShould().dependOnClassesThat().belongToAnyOf(WRITE_CLASSES)
          .because("ARCHITECTURE.md lets " + row.name() + " read files, not write them"));
    }
    return rules;
  }

  private static DescribedPredicate<JavaMethodCall> writesFiles() {
    return DescribedPredicate.describe("a java.nio.file.Files method that writes",
        call -> call.getTargetOwner().isEquivalentTo(Files.class)
            && FILE_WRITES.contains(call.getName()));
  }
}
