package io.github.postman2java.it.roundtrip;

import java.util.Map;
import java.util.TreeMap;

/** The figures of one collection in the round-trip gate. */
final class RoundTripReport {
  final String collection;
  int requests;
  int examples;
  /** JSON bodies checked (templates that no model can hold left out). */
  int jsonBodies;
  /**
   * Bodies that are templates no model can hold ({@code "<integer>"} or {@code "{{var}}"} outside
   * every object, e.g. an element of a top-level list of objects): listed without a body type.
   */
  int templates;
  /** Bodies that round-trip strictly with both mappers. */
  int roundTripped;
  /** Bodies that round-trip strictly with both mappers after the mutation. */
  int mutatedOk;
  int membersAdded;
  int enumValuesReplaced;
  int misfitsPlaced;
  /** Request model properties checked with an explicit null (per mapper). */
  int nullFields;
  int nullOk;
  int fields;
  int untypedFields;
  boolean compiled;
  String compileError = "";
  /** The generator's warnings, as printed. */
  final java.util.List<String> warnings = new java.util.ArrayList<>();
  final Map<String, Integer> failures = new TreeMap<>();
  final Map<String, String> firstFailure = new TreeMap<>();

  RoundTripReport(String collection) {
    this.collection = collection;
  }

  void fail(String reason, String detail) {
    failures.merge(reason, 1, Integer::sum);
    firstFailure.putIfAbsent(reason, detail);
  }

  static String header() {
    return String.format("%-34s %8s %6s %6s %6s %7s %13s %7s %9s  %s", "collection",
        "compiles", "json", "strict", "mutated", "untyped", "nulls ok/all", "added", "templates",
        "failures by reason");
  }

  String row() {
    return String.format("%-34s %8s %6d %6d %7d %6.1f%% %6d/%-6d %7d %9d  %s", collection,
        compiled ? "yes" : "NO", jsonBodies, roundTripped, mutatedOk,
        fields == 0 ? 0.0 : 100.0 * untypedFields / fields, nullOk, nullFields,
        membersAdded + enumValuesReplaced + misfitsPlaced, templates, failures.isEmpty() ? "-" : failures);
  }
}
