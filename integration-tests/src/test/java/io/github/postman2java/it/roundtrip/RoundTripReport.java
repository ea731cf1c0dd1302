package io.github.postman2java.it.roundtrip;

import java.util.Map;
import java.util.TreeMap;

/** The figures of one collection in the round-trip gate. */
final class RoundTripReport {
  final String collection;
  int requests;
  int examples;
  int jsonBodies;
  int roundTripped;
  int fields;
  int untypedFields;
  boolean compiled;
  String compileError = "";
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
    return String.format("%-36s %8s %8s %8s %8s %8s %8s  %s", "collection", "compiles",
        "requests", "examples", "json", "ok", "untyped", "failures by reason");
  }

  String row() {
    return String.format("%-36s %8s %8d %8d %8d %8d %7.1f%%  %s", collection,
        compiled ? "yes" : "NO", requests, examples, jsonBodies, roundTripped,
        fields == 0 ? 0.0 : 100.0 * untypedFields / fields, failures.isEmpty() ? "-" : failures);
  }
}
