package io.github.postman2java.report;

import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.infer.EvidenceIndex;
import io.github.postman2java.infer.ShapeGraph;
import io.github.postman2java.naming.NamedModel;
import io.github.postman2java.overrides.Overrides;
import java.util.List;
import java.util.Objects;

/**
 * Report stage: why every type is what it is. Pure (no I/O): returns {@code report.html} (static,
 * readable without JavaScript, a few lines of script for the filter) and {@code report.json}
 * with the same content; the writer puts them in the report directory. User text goes through
 * the collection's secret redaction like every other output.
 */
public final class EvidenceReport {
  /** The HTML page's file name in the report directory. */
  public static final String HTML = "report.html";
  /** The JSON twin's file name. */
  public static final String JSON = "report.json";

  private EvidenceReport() {}

  /**
   * What the report is built from.
   *
   * @param model the final model (overrides applied)
   * @param named the model as inference named it (before overrides)
   * @param inferred the shapes before the rewrite passes
   * @param rewritten the shapes after them
   */
  public record Input(NamedModel model, NamedModel named, ShapeGraph inferred,
      ShapeGraph rewritten, EvidenceIndex evidence, List<Diagnostic> warnings,
      Overrides overrides) {
    /** Creates an input. */
    public Input {
      Objects.requireNonNull(model, "model");
      warnings = List.copyOf(warnings);
    }
  }

  /** Renders the report's files. */
  public static List<GeneratedFile> render(Input input) {
    ReportEntries.Report report = new ReportBuilder(input).build();
    return List.of(new GeneratedFile(HTML, ReportHtml.render(report)),
        new GeneratedFile(JSON, ReportJson.render(report)));
  }
}
