package io.github.postman2java.infer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What was seen at one JSON position across all samples: counts per kind, string values (up to a
 * bound), number literal precision, and for objects and arrays the evidence of their children.
 * Mutable and private to inference; {@link ShapeResolver} turns it into an immutable {@link
 * Shape}.
 */
final class Evidence {
  /** Above this many distinct strings a position cannot be an enum; we stop recording values. */
  static final int MAX_RECORDED_VALUES = 64;

  int seen;
  int nulls;
  int placeholders;
  int unquotedPlaceholders;
  int strings;
  /** Type placeholders naming a string type ({@code "<string>"}, {@code "<dateTime>"}). */
  int stringHints;
  /**
   * The distinct observations of a string here: the holding object ({@link ObjectFingerprint})
   * with the value for a member, the holding object alone for array elements. Copies of one
   * example count once; one resource shown in two states ({@code queued}, then {@code done})
   * counts twice. Bounded; a full set only ever says "many".
   */
  final Set<Long> stringObjects = new HashSet<>();
  int booleans;
  int integers;
  int decimals;
  int objects;
  int arrays;
  int tooDeep;
  boolean needsBigInteger;
  boolean needsBigDecimal;
  boolean allDateTime = true;
  boolean allDate = true;
  final Set<String> stringValues = new LinkedHashSet<>();
  /** How often each recorded value was seen (for the evidence report); same bound as above. */
  final Map<String, Integer> valueCounts = new LinkedHashMap<>();
  boolean valuesOverflow;
  final Map<String, Evidence> fields = new LinkedHashMap<>();
  final Map<String, Integer> fieldPresence = new LinkedHashMap<>();
  Evidence items;
  /** Whether this is the element position of an array ({@link #items()}). */
  private boolean elements;

  Evidence field(String name) {
    fieldPresence.merge(name, 1, Integer::sum);
    return fields.computeIfAbsent(name, k -> new Evidence());
  }

  Evidence items() {
    if (items == null) {
      items = new Evidence();
      items.elements = true;
    }
    return items;
  }

  /** Above this many distinct holders a position's string objects are not recorded further. */
  static final int MAX_RECORDED_OBJECTS = 256;

  /**
   * Notes a string at this position from sample number {@code sample}, held by the object with
   * fingerprint {@code parent} ({@link ObjectFingerprint#NONE} outside any object: then each
   * sample is its own holder).
   */
  void addString(String value, int sample, long parent) {
    long holder = parent == ObjectFingerprint.NONE ? -1L - sample : parent;
    addObject(stringObjects, elements ? holder : holder * 31 + value.hashCode());
    addString(value);
  }

  /** Adds a holder to a bounded set of fingerprints. */
  static void addObject(Set<Long> objects, long fingerprint) {
    if (objects.size() < MAX_RECORDED_OBJECTS) {
      objects.add(fingerprint);
    }
  }

  /** Notes a type placeholder naming a string type: a type without a value. */
  void addStringHint(boolean dateTime, boolean date) {
    stringHints++;
    allDateTime &= dateTime;
    allDate &= date;
  }

  /** Whether strings (values or type placeholders) were seen here. */
  boolean hasStrings() {
    return strings + stringHints > 0;
  }

  private void addString(String value) {
    strings++;
    allDateTime &= Rfc3339.isDateTime(value);
    allDate &= Rfc3339.isDate(value);
    if (!valuesOverflow) {
      stringValues.add(value);
      valueCounts.merge(value, 1, Integer::sum);
      if (stringValues.size() > MAX_RECORDED_VALUES) {
        valuesOverflow = true;
        stringValues.clear();
        valueCounts.clear();
      }
    }
  }

  /** Folds {@code other} into this evidence (used when object values merge into a map). */
  void absorb(Evidence other) {
    seen += other.seen;
    nulls += other.nulls;
    placeholders += other.placeholders;
    unquotedPlaceholders += other.unquotedPlaceholders;
    booleans += other.booleans;
    integers += other.integers;
    decimals += other.decimals;
    tooDeep += other.tooDeep;
    needsBigInteger |= other.needsBigInteger;
    needsBigDecimal |= other.needsBigDecimal;
    if (other.hasStrings()) {
      strings += other.strings;
      stringHints += other.stringHints;
      other.stringObjects.forEach(o -> addObject(stringObjects, o));
      allDateTime &= other.allDateTime;
      allDate &= other.allDate;
      if (other.valuesOverflow) {
        valuesOverflow = true;
        stringValues.clear();
        valueCounts.clear();
      } else if (!valuesOverflow) {
        stringValues.addAll(other.stringValues);
        other.valueCounts.forEach((v, n) -> valueCounts.merge(v, n, Integer::sum));
        if (stringValues.size() > MAX_RECORDED_VALUES) {
          valuesOverflow = true;
          stringValues.clear();
          valueCounts.clear();
        }
      }
    }
    objects += other.objects;
    other.fields.forEach((k, v) -> {
      fields.computeIfAbsent(k, x -> new Evidence()).absorb(v);
      fieldPresence.merge(k, other.fieldPresence.getOrDefault(k, 0), Integer::sum);
    });
    arrays += other.arrays;
    if (other.items != null) {
      items().absorb(other.items);
    }
  }
}
