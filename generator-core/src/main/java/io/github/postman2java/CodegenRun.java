package io.github.postman2java;

import io.github.postman2java.codegen.FixturesGenerator;
import io.github.postman2java.binding.Binder;
import io.github.postman2java.binding.BoundCollection;
import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.codegen.JacksonDialect;
import io.github.postman2java.codegen.JavaGenerator;
import io.github.postman2java.collection.Environments;
import io.github.postman2java.collection.PostmanCollection;
import io.github.postman2java.collection.PostmanCollectionParser;
import io.github.postman2java.collection.PostmanEnvironment;
import io.github.postman2java.collection.PostmanEnvironmentParser;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.diag.GenerationException;
import io.github.postman2java.diag.Severity;
import io.github.postman2java.diag.SourceLocation;
import io.github.postman2java.infer.EvidenceIndex;
import io.github.postman2java.infer.KeepApart;
import io.github.postman2java.infer.ShapeGraph;
import io.github.postman2java.infer.ShapeInferrer;
import io.github.postman2java.infer.rewrite.Rewrites;
import io.github.postman2java.names.JavaNames;
import io.github.postman2java.naming.DistinctTypes;
import io.github.postman2java.naming.ModelOverrides;
import io.github.postman2java.naming.NameAssigner;
import io.github.postman2java.naming.NamedModel;
import io.github.postman2java.recording.Recordings;
import io.github.postman2java.overrides.Overrides;
import io.github.postman2java.overrides.OverridesReader;
import io.github.postman2java.report.EvidenceReport;
import io.github.postman2java.sample.SampleExtractor;
import io.github.postman2java.secrets.SecretsStage;
import io.github.postman2java.sample.SampleSet;
import io.github.postman2java.writer.OutputDirectoryGuard;
import io.github.postman2java.writer.OwnedFiles;
import io.github.postman2java.writer.SourceWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one orchestrator: parse → secrets → extract → infer → name → generate → write. The CLI and the Maven
 * plugin only translate their options into {@link GeneratorOptions} and call {@link #execute}.
 * Diagnostics are checked at each stage boundary; input errors surface as a {@link
 * GenerationException} and nothing is written.
 */
public final class CodegenRun {
  /** The files of the evidence report, relative to the report directory. */
  public static final List<String> REPORT_FILES =
      List.of(EvidenceReport.HTML, EvidenceReport.JSON);

  private CodegenRun() {}

  /** Runs the whole pipeline, writing files when an output directory is set. */
  public static GenerationResult execute(GeneratorOptions options) {
    return execute(options, generated -> { });
  }

  /**
   * Something a caller does after generation succeeded and before anything is written (the
   * Maven plugin records which files it is about to own, so a killed build can clean up).
   */
  @FunctionalInterface
  public interface BeforeWrite {
    /** Runs with the generated, not yet written, result. */
    void accept(GenerationResult generated) throws IOException;
  }

  /**
   * Runs the whole pipeline; when an output directory is set, checks it (unless {@code force}),
   * runs {@code beforeWrite}, then writes the files and the manifest through {@link
   * SourceWriter}, the one write path of the CLI and the Maven plugin.
   */
  public static GenerationResult execute(GeneratorOptions options, BeforeWrite beforeWrite) {
    Diagnostics diagnostics = new Diagnostics();
    if (!JavaNames.isPackageName(options.packageName())) {
      diagnostics.error(DiagnosticCode.P2J040_INVALID_OPTION, SourceLocation.ofFile("options"),
          "the package name is not a valid Java package name");
      diagnostics.throwIfErrors();
    }
    PostmanCollection parsed = PostmanCollectionParser.parse(options.collection(),
        diagnostics);
    Overrides overrides = options.overrides() == null ? Overrides.NONE
        : OverridesReader.read(options.overrides(), diagnostics);
    List<PostmanEnvironment> environments = new ArrayList<>();
    for (Path file : options.environments()) {
      environments.add(PostmanEnvironmentParser.parse(file, diagnostics));
    }
    diagnostics.throwIfErrors();
    PostmanCollection collection = Environments.apply(parsed, environments);
    GenerationResult generated = generate(collection, overrides, options, diagnostics);
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
    try {
      beforeWrite.accept(generated);
    } catch (IOException e) {
      writeFailed(diagnostics, "output", "cannot prepare the output: " + e.getMessage());
    }
    List<Path> written = new ArrayList<>();
    List<Path> unchanged = new ArrayList<>();
    for (int i = 0; i < directories.size(); i++) {
      SourceWriter.WriteResult result = SourceWriter.write(directories.get(i), contents.get(i),
          diagnostics);
      diagnostics.throwIfErrors();
      written.addAll(result.written());
      unchanged.addAll(result.unchanged());
    }
    if (options.reportDirectory() != null) {
      SourceWriter.write(options.reportDirectory(), generated.report(), diagnostics);
      diagnostics.throwIfErrors();
    }
    if (options.manifest() != null) {
      try {
        SourceWriter.writeIfChanged(options.manifest().toAbsolutePath(),
            generated.manifestJson().getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        writeFailed(diagnostics, "manifest",
            "cannot write the manifest: " + e.getClass().getSimpleName());
      }
    }
    return new GenerationResult(generated.files(), written, unchanged, generated.warnings(),
        generated.model(), generated.report(), generated.infos(), generated.fixtures(),
        generated.jackson());
  }

  private static void writeFailed(Diagnostics diagnostics, String where, String message) {
    diagnostics.error(DiagnosticCode.P2J031_WRITE_FAILED, SourceLocation.ofFile(where), message);
    diagnostics.throwIfErrors();
  }

  /** The one "did postman2java write this file" rule (see {@link OwnedFiles}). */
  public static boolean isGenerated(Path file) {
    return OwnedFiles.isGenerated(file);
  }

  /** Returns whether {@code file} is a temporary file of a write that was killed. */
  public static boolean isLeftoverTemp(Path file) {
    return OwnedFiles.isLeftoverTemp(file);
  }

  /** Outcome of {@link #deleteStale}: how many files were deleted, which were kept. */
  public record Removal(int deleted, List<Path> kept) {
    /** Creates a removal outcome. */
    public Removal {
      kept = List.copyOf(kept);
    }
  }

  /**
   * Deletes files a previous run wrote under {@code root} that are no longer produced ({@link
   * SourceWriter#deleteStale}); files without our header are kept and returned.
   */
  public static Removal deleteStale(Path root, List<Path> previous, Set<Path> keep)
      throws IOException {
    SourceWriter.Removal removal = SourceWriter.deleteStale(root, previous, keep);
    return new Removal(removal.deleted(), removal.kept());
  }

  /**
   * Writes {@code bytes} to {@code file} atomically unless it already holds them, the way
   * generated files are written (for the Maven plugin's state file).
   */
  public static boolean writeIfChanged(Path file, byte[] bytes) throws IOException {
    return SourceWriter.writeIfChanged(file, bytes);
  }

  /** Runs every stage up to generated files, without touching the disk. */
  public static GenerationResult generate(PostmanCollection collection,
      GeneratorOptions options, Diagnostics diagnostics) {
    return generate(collection, Overrides.NONE, options, diagnostics);
  }

  /**
   * Runs every stage up to generated files with the user's overrides, without touching the disk.
   * The overrides apply to the named model; one that matches nothing or conflicts is an error
   * and nothing is generated.
   */
  public static GenerationResult generate(PostmanCollection collection, Overrides overrides,
      GeneratorOptions options, Diagnostics diagnostics) {
    // Only the secrets stage sees a credential: every later stage reads the redacted model.
    PostmanCollection redacted = SecretsStage.redact(collection, options.failOnSecrets(),
        diagnostics);
    diagnostics.throwIfErrors();
    SampleSet samples = SampleExtractor.extract(redacted, diagnostics);
    diagnostics.throwIfErrors();
    ShapeGraph inferred = ShapeInferrer.infer(samples, overrides, diagnostics);
    ShapeGraph shapes = Rewrites.apply(inferred);
    diagnostics.throwIfErrors();
    if (!overrides.distinctTypes().isEmpty()) {
      // The positions to keep apart are addressed like requests of the named model: name once
      // (quietly), label those objects in the inferred bodies, and rewrite again.
      NamedModel first = NameAssigner.assign(Binder.bind(redacted, shapes, new Diagnostics()),
          options.packageName());
      List<KeepApart.Position> apart = DistinctTypes.positions(first, overrides, diagnostics);
      diagnostics.throwIfErrors();
      inferred = KeepApart.mark(inferred, apart);
      shapes = Rewrites.apply(inferred);
    }
    BoundCollection bound = Binder.bind(redacted, shapes, diagnostics);
    NamedModel named = NameAssigner.assign(bound, options.packageName());
    NamedModel model = ModelOverrides.apply(named, overrides, diagnostics);
    if (options.failOnWarnings() && !diagnostics.warnings().isEmpty()) {
      List<Diagnostic> promoted = new ArrayList<>();
      for (Diagnostic d : diagnostics.all()) {
        if (d.severity() == Severity.INFO) {
          continue;
        }
        promoted.add(new Diagnostic(Severity.ERROR, d.code(), d.message(), d.location()));
      }
      throw new GenerationException(promoted);
    }
    diagnostics.throwIfErrors();
    JacksonDialect jackson = options.jackson() == 3 ? JacksonDialect.JACKSON_3
        : JacksonDialect.JACKSON_2;
    List<GeneratedFile> files = JavaGenerator.generate(model, jackson);
    List<GeneratedFile> report = options.reportDirectory() == null ? List.of()
        : EvidenceReport.render(new EvidenceReport.Input(model, named, inferred, shapes,
            EvidenceIndex.of(samples), diagnostics.warnings(), overrides));
    List<GeneratedFile> fixtures = options.fixtures()
        ? FixturesGenerator.generate(model, Recordings.of(redacted), jackson) : List.of();
    return new GenerationResult(files, List.of(), List.of(), diagnostics.warnings(), model,
        report, diagnostics.infos(), fixtures, jackson);
  }

  /** Convenience for tests and tools: generates in memory from a path. */
  public static GenerationResult generate(Path collection, String packageName) {
    return execute(GeneratorOptions.builder(collection, packageName).build());
  }
}
