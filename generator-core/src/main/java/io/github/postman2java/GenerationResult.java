package io.github.postman2java;

import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.codegen.JacksonDialect;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.naming.ClientGroup;
import io.github.postman2java.naming.NamedModel;
import io.github.postman2java.naming.TypeDecl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a successful run.
 *
 * @param files every generated file, sorted by path
 * @param written files whose content changed on disk (empty when nothing was written)
 * @param unchanged files already on disk with the same content (empty when nothing was written)
 * @param warnings the warnings, in report order
 * @param model the named model (operations, types), for summaries and the manifest
 * @param report the evidence report's files (relative to the report directory); empty unless
 *     a report was asked for
 * @param infos the infos (decisions worth reporting, e.g. detected pagination), in report order
 * @param fixtures the test fixtures (sources and text resources), sorted by path; empty unless
 *     asked for
 * @param jackson the Jackson the code is generated for (the manifest names its JSON node type)
 */
public record GenerationResult(
    List<GeneratedFile> files,
    List<Path> written,
    List<Path> unchanged,
    List<Diagnostic> warnings,
    NamedModel model,
    List<GeneratedFile> report,
    List<Diagnostic> infos,
    List<GeneratedFile> fixtures,
    JacksonDialect jackson) {

  /** Creates a result. */
  public GenerationResult {
    files = List.copyOf(files);
    fixtures = List.copyOf(fixtures);
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    warnings = List.copyOf(warnings);
    report = List.copyOf(report);
    infos = List.copyOf(infos);
  }

  /** Creates a result without a report, infos or fixtures. */
  public GenerationResult(List<GeneratedFile> files, List<Path> written, List<Path> unchanged,
      List<Diagnostic> warnings, NamedModel model) {
    this(files, written, unchanged, warnings, model, List.of(), List.of(), List.of(),
        JacksonDialect.JACKSON_2);
  }

  /** Creates a result without infos or fixtures. */
  public GenerationResult(List<GeneratedFile> files, List<Path> written, List<Path> unchanged,
      List<Diagnostic> warnings, NamedModel model, List<GeneratedFile> report) {
    this(files, written, unchanged, warnings, model, report, List.of(), List.of(),
        JacksonDialect.JACKSON_2);
  }

  /** Returns each client file's relative path and UTF-8 size, in path order. */
  public Map<String, Long> fileSizes() {
    return sizes(files);
  }

  /** Returns each fixture file's relative path and UTF-8 size, in path order. */
  public Map<String, Long> fixtureSizes() {
    return sizes(fixtures);
  }

  private static Map<String, Long> sizes(List<GeneratedFile> files) {
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (GeneratedFile f : files) {
      sizes.put(f.relativePath(), (long) f.content().getBytes(StandardCharsets.UTF_8).length);
    }
    return sizes;
  }

  /** Renders the manifest document (on demand: most runs never ask for it). */
  public String manifestJson() {
    return Manifest.render(model, jackson);
  }

  /**
   * What a run produced, counted for the CLI's summary (which sees only this package).
   *
   * @param entryPoint the qualified name of the collection's client class
   */
  public record Totals(String collectionFile, int operations, int clients, String entryPoint,
      int records, int enums, int errorCodes, String errorCodeEnum) {}

  /** Counts clients, operations and model types. */
  public Totals totals() {
    int operations = 0;
    int clients = 0;
    Deque<ClientGroup> work = new ArrayDeque<>();
    work.add(model.root());
    while (!work.isEmpty()) {
      ClientGroup g = work.poll();
      clients++;
      operations += g.operations().size();
      work.addAll(g.children());
    }
    int records = 0;
    int enums = 0;
    Deque<TypeDecl> types = new ArrayDeque<>(model.modelTypes());
    while (!types.isEmpty()) {
      TypeDecl t = types.poll();
      if (t instanceof TypeDecl.RecordDecl r) {
        records++;
        types.addAll(r.nested());
      } else {
        enums++;
      }
    }
    return new Totals(model.collectionFile(), operations, clients,
        model.basePackage() + "." + model.clientClass(), records, enums,
        model.errorCodes().size(), model.errorCodeEnum());
  }
}
