package io.github.postman2java;

import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.naming.NamedModel;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a successful run.
 *
 * @param files every generated file, sorted by path
 * @param written files whose content changed on disk (empty when nothing was written)
 * @param warnings the warnings, in report order
 * @param model the named model (operations, types), for summaries and the manifest
 * @param fixtures the test fixtures (sources and text resources), sorted by path; empty unless
 *     asked for
 */
public record GenerationResult(
    List<GeneratedFile> files,
    List<Path> written,
    List<Diagnostic> warnings,
    NamedModel model,
    List<GeneratedFile> fixtures) {

  /** Creates a result. */
  public GenerationResult {
    files = List.copyOf(files);
    fixtures = List.copyOf(fixtures);
    written = List.copyOf(written);
    warnings = List.copyOf(warnings);
  }

  /** Creates a result without fixtures. */
  public GenerationResult(List<GeneratedFile> files, List<Path> written,
      List<Diagnostic> warnings, NamedModel model) {
    this(files, written, warnings, model, List.of());
  }

  /** Renders the manifest document (on demand: most runs never ask for it). */
  public String manifestJson() {
    return Manifest.render(model);
  }
}
