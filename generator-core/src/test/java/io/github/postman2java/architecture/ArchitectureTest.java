package io.github.postman2java.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.postman2java.architecture.ArchitectureTable.Row;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package table of ARCHITECTURE.md is the rule: every package of the generator is in it, its
 * arrows point only at earlier rows, and each package's classes depend only on what its row
 * allows (project packages, libraries, file access). The policy rows (JsonNode, JavaPoet, file
 * writes, the CLI) are pinned here too, so loosening them takes a change to this test, not only
 * to the document.
 */
class ArchitectureTest {
  private static ArchitectureTable table;
  private static JavaClasses main;

  @BeforeAll
  static void load() throws IOException {
    table = ArchitectureTable.read();
    main = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ArchitectureTable.BASE);
  }

  @Test
  void everyPackageHasARowAndEveryRowAPackage() {
    Set<String> packages = main.stream().map(JavaClass::getPackageName)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> rows = table.rows().stream().map(Row::javaPackage)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(rows).as("packages of ARCHITECTURE.md's table").isEqualTo(packages);
  }

  @Test
  void arrowsPointOnlyAtEarlierRows() {
    List<String> seen = new ArrayList<>();
    for (Row row : table.rows()) {
      assertThat(seen).as("packages %s may use (they must come before it)", row.name())
          .containsAll(row.mayUse());
      seen.add(row.name());
    }
  }

  @Test
  void everyPackageDependsOnlyOnWhatItsRowAllows() {
    List<String> failures = new ArrayList<>();
    for (Row row : table.rows()) {
      for (ArchRule rule : ArchitectureRules.of(row)) {
        EvaluationResult result = rule.evaluate(main);
        if (result.hasViolation()) {
          failures.add(result.getFailureReport().toString());
        }
      }
    }
    assertThat(failures).as("dependencies ARCHITECTURE.md does not allow").isEmpty();
  }

  @Test
  void thePolicyRowsStayAsTheBriefSays() {
    assertThat(rowsWith("javapoet")).containsExactly("codegen");
    assertThat(rowsWith("jackson-databind")).containsExactlyInAnyOrder(
        "json", "overrides", "collection", "sample", "infer");
    // json: the positioned reader the collection and the overrides file share; overrides: the
    // overrides file is JSON read with Jackson (issue #14).
    assertThat(rowsWith("file writes")).containsExactly("writer");
    assertThat(row("cli").mayUse()).containsExactlyInAnyOrder("root", "diag");
  }

  @Test
  void theRulesFailOnAClassThatBreaksThem() {
    JavaClasses bad = new ClassFileImporter()
        .importPackages(ArchitectureTable.qualified("architecture.violation"));
    Row strict = new Row("architecture.violation", Set.of("diag"), Set.of());
    List<String> reports = new ArrayList<>();
    for (ArchRule rule : ArchitectureRules.of(strict)) {
      EvaluationResult result = rule.evaluate(bad);
      assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
      reports.add(result.getFailureReport().toString());
    }
    String all = String.join("\n", reports);
    assertThat(all).contains("com.palantir.javapoet.ClassName")
        .contains("com.fasterxml.jackson.databind.JsonNode")
        .contains("io.github.postman2java.codegen.GeneratedFile")
        .contains("java.nio.file.Files");
  }

  @Test
  void fileReadsAreNotFileWrites() {
    JavaClasses reads = new ClassFileImporter()
        .importPackages(ArchitectureTable.qualified("architecture.reads"));
    Row reader = new Row("architecture.reads", Set.of(), Set.of("file reads"));
    for (ArchRule rule : ArchitectureRules.of(reader)) {
      assertThat(rule.evaluate(reads).hasViolation()).as(rule.getDescription()).isFalse();
    }
    JavaClasses bad = new ClassFileImporter()
        .importPackages(ArchitectureTable.qualified("architecture.violation"));
    Row writerless = new Row("architecture.violation", Set.of("codegen"),
        Set.of("file reads", "javapoet", "jackson-databind"));
    List<ArchRule> rules = ArchitectureRules.of(writerless);
    assertThat(rules.get(0).evaluate(bad).hasViolation()).isFalse();
    assertThat(rules.get(1).evaluate(bad).getFailureReport().toString())
        .contains("Files.writeString");
    Row none = new Row("architecture.reads", Set.of(), Set.of());
    assertThat(ArchitectureRules.of(none).get(1).evaluate(reads).hasViolation()).isTrue();
  }

  private static List<String> rowsWith(String library) {
    return table.rows().stream().filter(r -> r.libraries().contains(library)).map(Row::name)
        .toList();
  }

  private static Row row(String name) {
    return table.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }
}
