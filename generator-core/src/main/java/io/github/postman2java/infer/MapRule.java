package io.github.postman2java.infer;

import java.util.regex.Pattern;

/**
 * Decides when an object is a dictionary:
 *
 * <ul>
 *   <li>its keys are data (numbers, UUIDs, dates, long hex hashes, prefixed ids such as {@code
 *       acc_9aXk2LmQ}, or more distinct keys than any record would have);
 *   <li>it is a validation-error object: held by an {@code errors}-like member, every value a
 *       list of messages ({@code {"email": ["is invalid"]}});
 *   <li>below the root, its objects never share a key (each example names different fields:
 *       {@code {"email": [..]}}, then {@code {"name": [..]}}) and every value is an array (or,
 *       with three keys or more, every value an object).
 * </ul>
 */
final class MapRule {
  /** No hand-designed record has this many distinct properties. */
  static final int MAX_FIELDS = 200;

  private static final Pattern DATA_KEY = Pattern.compile(
      "-?\\d+(\\.\\d+)?"
          + "|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
          + "|\\d{4}-\\d{2}-\\d{2}([T ][0-9:.+\\-Z]*)?"
          + "|[0-9a-fA-F]{16,}"
          + "|[a-z]{2,6}_(?=[A-Za-z]*\\d)[A-Za-z0-9]{8,}");
  private static final java.util.Set<String> ERROR_MEMBERS = java.util.Set.of("errors",
      "fielderrors", "validationerrors", "validation", "invalidfields", "fieldviolations");

  private MapRule() {}

  /** Whether the object at a position named {@code name} (or null) is a dictionary. */
  static boolean isMap(Evidence e, String name) {
    if (e.fields.isEmpty()) {
      return false;
    }
    if (e.fields.size() > MAX_FIELDS || allDataKeys(e)) {
      return true;
    }
    if (name != null && ERROR_MEMBERS.contains(ErrorCodeCollector.lettersOnly(name))
        && allMessages(e)) {
      return true;
    }
    // A body's root is a record: {"errors": ..} and {"error": ..} are two shapes, not a map.
    return name != null && e.objects >= 2 && e.fields.size() >= 2 && neverShared(e)
        && oneStructuredKind(e, e.fields.size() >= 3);
  }

  private static boolean allDataKeys(Evidence e) {
    for (String key : e.fields.keySet()) {
      if (!DATA_KEY.matcher(key).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every value is a list of strings: field → messages. ({@code [{"field": "title", "code":
   * "missing"}]} is a list of records, not this.)
   */
  private static boolean allMessages(Evidence e) {
    for (Evidence v : e.fields.values()) {
      boolean messages = v.arrays > 0 && v.arrays + v.nulls == v.seen && v.items != null
          && isStrings(v.items);
      if (!messages) {
        return false;
      }
    }
    return true;
  }

  private static boolean isStrings(Evidence items) {
    return items.strings > 0 && items.objects + items.arrays + items.booleans + items.integers
        + items.decimals == 0;
  }

  /** No key is present in two of the objects seen here. */
  private static boolean neverShared(Evidence e) {
    for (int presence : e.fieldPresence.values()) {
      if (presence > 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every value is an array, or (when {@code objectsToo}) every value an object; records of
   * scalars are not maps.
   */
  private static boolean oneStructuredKind(Evidence e, boolean objectsToo) {
    boolean arrays = true;
    boolean objects = true;
    for (Evidence v : e.fields.values()) {
      arrays &= v.arrays == v.seen && v.seen > 0;
      objects &= v.objects == v.seen && v.seen > 0;
    }
    return arrays || objectsToo && objects;
  }
}
