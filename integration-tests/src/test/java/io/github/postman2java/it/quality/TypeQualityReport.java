package io.github.postman2java.it.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The type-quality figures of one collection against its OpenAPI description.
 *
 * <ul>
 *   <li>field precision: generated record fields that the schema declares, of all generated
 *       fields compared with a schema that lists its properties;
 *   <li>scalar agreement: generated scalars (String, Long, Double, Boolean, dates, enums, unions)
 *       whose kind fits the schema's type, where both sides are scalars;
 *   <li>enum precision: generated enums whose schema is an enum; enum recall: schema string enums
 *       typed as a generated enum, of those the generated side types as a string or an enum;
 *   <li>merged types: generated records compared with schemas whose property names overlap less
 *       than half (two different things under one type);
 *   <li>borrowed names: responses whose type is named after another request (see {@link
 *       BorrowedNames}), of the responses with a named type;
 *   <li>error codes: constants of the collection's error-code enum.
 * </ul>
 */
final class TypeQualityReport {
  /** How many misses of each kind are printed ({@code -Dtypequality.samples=N} for more). */
  private static final int SAMPLES_PER_KIND = Integer.getInteger("typequality.samples", 6);
  final String collection;
  int operations;
  int matchedOperations;
  int comparedOperations;
  int fields;
  int matchedFields;
  int scalars;
  int agreeingScalars;
  int enums;
  int trueEnums;
  int specEnums;
  int foundEnums;
  int mergedTypes;
  int namedResponses;
  int borrowedNames;
  int errorCodes;
  int kindMismatches;
  int mapsForRecords;
  int untypedScalars;
  private final Map<String, List<String>> samples = new LinkedHashMap<>();
  private final Map<String, Integer> sampleCounts = new LinkedHashMap<>();

  TypeQualityReport(String collection) {
    this.collection = collection;
  }

  void sample(String kind, String text) {
    sampleCounts.merge(kind, 1, Integer::sum);
    List<String> list = samples.computeIfAbsent(kind, k -> new ArrayList<>());
    if (list.size() < SAMPLES_PER_KIND) {
      list.add(text);
    }
  }

  /** The figures compared with the baseline, by name; {@code null} when nothing was measured. */
  Map<Metric, Double> figures() {
    Map<Metric, Double> f = new LinkedHashMap<>();
    f.put(Metric.FIELD_PRECISION, percent(matchedFields, fields));
    f.put(Metric.SCALAR_AGREEMENT, percent(agreeingScalars, scalars));
    f.put(Metric.ENUM_PRECISION, percent(trueEnums, enums));
    f.put(Metric.ENUM_RECALL, percent(foundEnums, specEnums));
    f.put(Metric.MERGED_TYPES, comparedOperations == 0 ? null : (double) mergedTypes);
    f.put(Metric.BORROWED_NAMES, percent(borrowedNames, namedResponses));
    f.put(Metric.ERROR_CODES, (double) errorCodes);
    return f;
  }

  private static Double percent(int part, int whole) {
    return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
  }

  static String header() {
    return String.format(Locale.ROOT, "%-24s %9s %12s %12s %12s %11s %6s %12s %6s",
        "collection", "ops", "field prec", "scalar agr", "enum prec", "enum recall", "merged",
        "borrowed", "codes");
  }

  String row() {
    return String.format(Locale.ROOT, "%-24s %4d/%-4d %12s %12s %12s %11s %6d %12s %6d",
        collection, comparedOperations, operations, ratio(matchedFields, fields),
        ratio(agreeingScalars, scalars), ratio(trueEnums, enums), ratio(foundEnums, specEnums),
        mergedTypes, ratio(borrowedNames, namedResponses), errorCodes);
  }

  /** Counts that explain the figures, and the first cases of each kind of miss. */
  String details() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "    %d kind mismatches, %d maps where the spec has a record, %d JsonNode where the spec"
            + " has a scalar%n", kindMismatches, mapsForRecords, untypedScalars));
    samples.forEach((kind, list) -> {
      out.append("    ").append(kind).append(" (").append(sampleCounts.get(kind)).append("):\n");
      list.forEach(s -> out.append("      ").append(s).append('\n'));
    });
    return out.toString();
  }

  private static String ratio(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  /** A figure and which way is better. */
  enum Metric {
    FIELD_PRECISION("field precision %", true),
    SCALAR_AGREEMENT("scalar agreement %", true),
    ENUM_PRECISION("enum precision %", true),
    ENUM_RECALL("enum recall %", true),
    MERGED_TYPES("merged types", false),
    BORROWED_NAMES("borrowed names %", false),
    ERROR_CODES("error codes", true);

    final String label;
    final boolean higherIsBetter;

    Metric(String label, boolean higherIsBetter) {
      this.label = label;
      this.higherIsBetter = higherIsBetter;
    }
  }
}
