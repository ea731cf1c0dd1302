package io.github.postman2java.it.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Compares an example with what the generated model wrote back: numbers by value, date-times by
 * instant, and absent equal to {@code null}. Returns the JSON pointer of the first difference.
 */
final class JsonEquivalence {
  private JsonEquivalence() {}

  /** Returns null when equivalent, else the pointer of the first difference. */
  static String firstDifference(JsonNode expected, JsonNode actual, String at) {
    boolean expectedAbsent = expected == null || expected.isNull() || expected.isMissingNode();
    boolean actualAbsent = actual == null || actual.isNull() || actual.isMissingNode();
    if (expectedAbsent || actualAbsent) {
      return expectedAbsent == actualAbsent ? null : at;
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null : at;
    }
    if (expected.isTextual() && actual.isTextual()) {
      return sameText(expected.textValue(), actual.textValue()) ? null : at;
    }
    if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        return at;
      }
      for (int i = 0; i < expected.size(); i++) {
        String d = firstDifference(expected.get(i), actual.get(i), at + "/" + i);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (expected.isObject() && actual.isObject()) {
      Set<String> keys = new LinkedHashSet<>();
      for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
        keys.add(it.next());
      }
      for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
        keys.add(it.next());
      }
      for (String k : keys) {
        String d = firstDifference(expected.get(k), actual.get(k), at + "/" + k);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    return expected.equals(actual) ? null : at;
  }

  private static boolean sameText(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    try {
      return OffsetDateTime.parse(a).toInstant().equals(OffsetDateTime.parse(b).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(a).equals(LocalDate.parse(b));
      } catch (DateTimeParseException e2) {
        return false;
      }
    }
  }
}
