package io.github.postman2java.report;

import io.github.postman2java.infer.EvidenceIndex.PositionEvidence;
import java.util.List;

/** The report's content as plain values, rendered to HTML and JSON alike. */
final class ReportEntries {
  private ReportEntries() {}

  /** Where a type occurs: a body of a request and a JSON path in it. */
  record Occurrence(String operation, String role, String path) {
    String address() {
      return operation + " " + role + " " + path;
    }
  }

  /** One example behind an operation. */
  record Example(String name, int status, String bodyType) {}

  /** One request. */
  record Operation(String address, String httpMethod, String url, String javaMethod,
      String client, String requestType, String responseType, List<String> errorTypes,
      List<Example> examples, List<String> warnings, String snippet) {}

  /** One member of a record, with its evidence and the overrides that would change it. */
  record Field(String javaName, String jsonName, String type, boolean required,
      boolean nullable, String address, PositionEvidence evidence, List<String> reasons,
      List<String> overridden, List<String> snippets) {}

  /** One enum constant and how often its wire value was seen. */
  record Constant(String javaName, String wireValue, int seen) {}

  /** One generated type. */
  record Type(String key, String canonical, String kind, List<Occurrence> occurrences,
      List<String> provenance, List<Field> fields, List<Constant> constants,
      List<String> warnings, List<String> snippets) {}

  /** The whole report. */
  record Report(String collection, String basePackage, List<Operation> operations,
      List<Type> types, List<String> warnings) {}
}
