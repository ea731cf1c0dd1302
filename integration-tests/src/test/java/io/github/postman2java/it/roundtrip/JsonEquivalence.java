package io.github.postman2java.it.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

/**
 * The strict comparison of the round-trip gate, on trees read with exact decimals: the same
 * members (an explicit {@code null} is not an absent member), arrays element by element, numbers
 * of the same kind (integer or decimal) and value (every digit), identical strings and booleans.
 * The one allowance: a date-time may be written with other text (a fraction's trailing zeros) if
 * it keeps its instant and its offset. Member order is not compared.
 */
final class JsonEquivalence {
  private JsonEquivalence() {}

  /** Returns null when equivalent, else the JSON pointer of the first difference and why. */
  static String firstDifference(JsonNode expected, JsonNode actual, String at) {
    if (expected.getNodeType() != actual.getNodeType()) {
      return at + " (" + expected.getNodeType() + " became " + actual.getNodeType() + ")";
    }
    if (expected.isNumber()) {
      if (expected.isIntegralNumber() != actual.isIntegralNumber()) {
        return at + " (" + expected + " became " + actual + ": number kind changed)";
      }
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null
          : at + " (" + expected + " became " + actual + ")";
    }
    if (expected.isTextual()) {
      return sameText(expected.textValue(), actual.textValue()) ? null
          : at + " (\"" + abbreviate(expected.textValue()) + "\" became \""
              + abbreviate(actual.textValue()) + "\")";
    }
    if (expected.isArray()) {
      if (expected.size() != actual.size()) {
        return at + " (" + expected.size() + " elements became " + actual.size() + ")";
      }
      for (int i = 0; i < expected.size(); i++) {
        String d = firstDifference(expected.get(i), actual.get(i), at + "/" + i);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (expected.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String path = at + "/" + escape(e.getKey());
        JsonNode other = actual.get(e.getKey());
        if (other == null) {
          return path + " (member lost)";
        }
        String d = firstDifference(e.getValue(), other, path);
        if (d != null) {
          return d;
        }
      }
      for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!expected.has(name)) {
          return at + "/" + escape(name) + " (member added)";
        }
      }
      return null;
    }
    return expected.equals(actual) ? null : at + " (" + expected + " became " + actual + ")";
  }

  private static boolean sameText(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    try {
      OffsetDateTime x = OffsetDateTime.parse(a);
      OffsetDateTime y = OffsetDateTime.parse(b);
      return x.toInstant().equals(y.toInstant()) && x.getOffset().equals(y.getOffset());
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
