package io.github.postman2java.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * ARCHITECTURE.md: the Maven plugin reaches the pipeline only through {@code CodegenRun} (the
 * root package: options, result, the one write path and the one "is this file ours" rule) and
 * reports through {@code diag}; it never calls a stage, the writer or codegen itself.
 */
class PluginArchitectureTest {

  @Test
  void thePluginSeesOnlyTheRootPackageAndDiagnostics() {
    JavaClasses plugin = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.postman2java.maven");
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
            "io.github.postman2java.maven", "io.github.postman2java",
            "io.github.postman2java.diag", "java..", "javax.inject..", "javax.xml..",
            "org.w3c.dom..", "org.xml.sax..", "org.apache.maven..",
            "org.sonatype.plexus..", "org.codehaus.plexus..")
        .check(plugin);
  }
}
