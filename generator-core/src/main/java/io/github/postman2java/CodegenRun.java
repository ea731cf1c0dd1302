package io.github.postman2java;

import io.github.postman2java.codegen.FixturesGenerator;
import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.codegen.JacksonDialect;
import io.github.postman2java.codegen.JavaGenerator;
import io.github.postman2java.collection.PostmanCollection;
import io.github.postman2java.collection.PostmanCollectionParser;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.diag.GenerationException;
import io.github.postman2java.diag.Severity;
import io.github.postman2java.diag.SourceLocation;
import io.github.postman2java.infer.ShapeGraph;
import io.github.postman2java.infer.ShapeInferrer;
import io.github.postman2java.infer.rewrite.Rewrites;
import io.github.postman2java.naming.JavaNames;
import io.github.postman2java.naming.NameAssigner;
import io.github.postman2java.naming.NamedModel;
import io.github.postman2java.recording.Recordings;
import io.github.postman2java.sample.SampleExtractor;
import io.github.postman2java.secrets.SecretsStage;
import io.github.postman2java.sample.SampleSet;
import io.github.postman2java.writer.OutputDirectoryGuard;
import io.github.postman2java.writer.SourceWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one orchestrator: parse → secrets → extract → infer → name → generate → write. The CLI and the Maven
 * plugin only translate their options into {@link GeneratorOptions} and call {@link #execute}.
 * Diagnostics are checked at each stage boundary; input errors surface as a {@link
 * GenerationException} and nothing is written.
 */
public final class CodegenRun {
  private CodegenRun() {}

  /** Runs the whole pipeline, writing files when an output directory is set. */
  public static GenerationResult execute(GeneratorOptions options) {
    Diagnostics diagnostics = new Diagnostics();
    if (!JavaNames.isPackageName(options.packageName())) {
      diagnostics.error(DiagnosticCode.P2J040_INVALID_OPTION, SourceLocation.ofFile("options"),
          "the package name is not a valid Java package name");
      diagnostics.throwIfErrors();
    }
    PostmanCollection collection = PostmanCollectionParser.parse(options.collection(),
        diagnostics);
    diagnostics.throwIfErrors();
    GenerationResult generated = generate(collection, options, diagnostics);
    if (options.outputDirectory() == null && options.fixturesDirectory() == null) {
      return generated;
    }
    // Both directories are checked before either is written: no partial output.
    List<Path> directories = new ArrayList<>();
    List<List<GeneratedFile>> contents = new ArrayList<>();
    if (options.outputDirectory() != null) {
      directories.add(options.outputDirectory());
      contents.add(generated.files());
    }
    if (options.fixturesDirectory() != null) {
      Path fixtures = options.fixturesDirectory().toAbsolutePath().normalize();
      if (options.outputDirectory() != null
          && fixtures.equals(options.outputDirectory().toAbsolutePath().normalize())) {
        // One directory gets one write, so neither set counts as stale for the other.
        List<GeneratedFile> both = new ArrayList<>(generated.files());
        both.addAll(generated.fixtures());
        contents.set(0, both);
      } else {
        directories.add(options.fixturesDirectory());
        contents.add(generated.fixtures());
      }
    }
    if (!options.force()) {
      directories.forEach(d -> OutputDirectoryGuard.check(d, diagnostics));
      diagnostics.throwIfErrors();
    }
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < directories.size(); i++) {
      SourceWriter.WriteResult result = SourceWriter.write(directories.get(i), contents.get(i),
          diagnostics);
      diagnostics.throwIfErrors();
      written.addAll(result.written());
    }
    if (options.manifest() != null) {
      try {
        SourceWriter.writeIfChanged(options.manifest().toAbsolutePath(),
            generated.manifestJson().getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        diagnostics.error(DiagnosticCode.P2J031_WRITE_FAILED, SourceLocation.ofFile("manifest"),
            "cannot write the manifest: " + e.getClass().getSimpleName());
        diagnostics.throwIfErrors();
      }
    }
    return new GenerationResult(generated.files(), written, generated.warnings(),
        generated.model(), generated.fixtures());
  }

  /** Runs every stage up to generated files, without touching the disk. */
  public static GenerationResult generate(PostmanCollection collection,
      GeneratorOptions options, Diagnostics diagnostics) {
    // Only the secrets stage sees a credential: every later stage reads the redacted model.
    PostmanCollection redacted = SecretsStage.redact(collection, options.failOnSecrets(),
        diagnostics);
    diagnostics.throwIfErrors();
    SampleSet samples = SampleExtractor.extract(redacted, diagnostics);
    diagnostics.throwIfErrors();
    ShapeGraph shapes = Rewrites.apply(ShapeInferrer.infer(samples, diagnostics));
    diagnostics.throwIfErrors();
    NamedModel model = NameAssigner.assign(shapes, options.packageName(), diagnostics);
    if (options.failOnWarnings() && !diagnostics.warnings().isEmpty()) {
      List<Diagnostic> promoted = new ArrayList<>();
      for (Diagnostic d : diagnostics.all()) {
        promoted.add(new Diagnostic(Severity.ERROR, d.code(), d.message(), d.location()));
      }
      throw new GenerationException(promoted);
    }
    diagnostics.throwIfErrors();
    JacksonDialect jackson = options.jackson() == 3 ? JacksonDialect.JACKSON_3
        : JacksonDialect.JACKSON_2;
    List<GeneratedFile> files = JavaGenerator.generate(model, jackson);
    List<GeneratedFile> fixtures = options.fixtures()
        ? FixturesGenerator.generate(model, Recordings.of(redacted), jackson) : List.of();
    return new GenerationResult(files, List.of(), diagnostics.warnings(), model, fixtures);
  }

  /** Convenience for tests and tools: generates in memory from a path. */
  public static GenerationResult generate(Path collection, String packageName) {
    return execute(GeneratorOptions.builder(collection, packageName).build());
  }
}
