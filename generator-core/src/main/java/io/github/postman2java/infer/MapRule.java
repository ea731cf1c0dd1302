package io.github.postman2java.infer;

import java.util.regex.Pattern;

/**
 * Decides when an object is a dictionary: its keys are data (numbers, UUIDs, dates, long hex
 * hashes, or more distinct keys than any record would have).
 */
final class MapRule {
  /** No hand-designed record has this many distinct properties. */
  static final int MAX_FIELDS = 200;

  private static final Pattern DATA_KEY = Pattern.compile(
      "-?\\d+(\\.\\d+)?"
          + "|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
          + "|\\d{4}-\\d{2}-\\d{2}([T ][0-9:.+\\-Z]*)?"
          + "|[0-9a-fA-F]{16,}");

  private MapRule() {}

  static boolean isMap(Evidence e) {
    if (e.fields.isEmpty()) {
      return false;
    }
    if (e.fields.size() > MAX_FIELDS) {
      return true;
    }
    for (String key : e.fields.keySet()) {
      if (!DATA_KEY.matcher(key).matches()) {
        return false;
      }
    }
    return true;
  }
}
