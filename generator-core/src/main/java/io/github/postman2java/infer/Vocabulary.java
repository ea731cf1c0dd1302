package io.github.postman2java.infer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Collection-wide string statistics per member name: which values a name holds across every
 * body of the collection, and in how many distinct objects each value was seen (copies of one
 * example count once, {@link ObjectFingerprint}). One example of one request rarely shows more
 * than one value of a {@code status}; the whole collection shows whether {@code status} is a
 * small recurring set ({@code active}, {@code pending} in 40 different resources) or data
 * ({@code login} holding a different name in every body, or lorem-ipsum filler somewhere).
 * Read by {@link EnumRule}; built once per run, in file order, before any shape is resolved.
 */
final class Vocabulary {
  private static final int MAX_DEPTH = 64;

  /** Distinct holders recorded per value: enough to tell one example from several. */
  private static final int MAX_OBJECTS_PER_VALUE = 8;
  /** Objects whose member value is remembered per name, to see one resource change state. */
  private static final int MAX_HOLDERS = 4096;

  /**
   * The statistics of one member name. Objects are counted by {@link ObjectFingerprint}, so an
   * example copied into many requests is one object however often it appears.
   */
  static final class Stats {
    final Set<String> values = new LinkedHashSet<>();
    boolean overflow;
    /** Per value, the distinct objects holding it (bounded). */
    private final Map<String, Set<Long>> objectsByValue = new HashMap<>();
    /** The first value each object held as a member (not an array element), bounded. */
    private final Map<Long, String> memberValues = new HashMap<>();
    /** Values held by an object that holds another value elsewhere: a resource's states. */
    private final Set<String> changing = new HashSet<>();

    void add(String value, long holder, boolean member) {
      if (overflow) {
        return;
      }
      if (member) {
        String before = memberValues.get(holder);
        if (before == null && memberValues.size() < MAX_HOLDERS) {
          memberValues.put(holder, value);
        } else if (before != null && !before.equals(value)) {
          changing.add(before);
          changing.add(value);
        }
      }
      if (values.add(value) && values.size() > Evidence.MAX_RECORDED_VALUES) {
        overflow = true;
        values.clear();
        objectsByValue.clear();
        memberValues.clear();
        changing.clear();
        return;
      }
      Set<Long> holders = objectsByValue.computeIfAbsent(value, k -> new HashSet<>());
      if (holders.size() < MAX_OBJECTS_PER_VALUE) {
        holders.add(holder);
      }
    }

    /**
     * In how many distinct observations (up to a small bound) the name held {@code value}: the
     * distinct objects holding it, and one more when one of them is a resource seen in another
     * state too ({@code status: complete} here, {@code importing} in another request's example).
     */
    int objectsWith(String value) {
      Set<Long> holders = objectsByValue.get(value);
      return holders == null ? 0 : holders.size() + (changing.contains(value) ? 1 : 0);
    }
  }

  private static final Stats NONE = new Stats();
  private final Map<String, Stats> byName = new HashMap<>();
  private final DecimalNames decimals = new DecimalNames();
  private final NameScalars scalars = new NameScalars();
  private final Set<String> errorCodes;
  private int bodies;

  /** Creates a vocabulary that knows the collection's error codes. */
  Vocabulary(java.util.Collection<String> errorCodes) {
    this.errorCodes = Set.copyOf(errorCodes);
  }

  /** Whether every value is one of the collection's error codes. */
  boolean areErrorCodes(Set<String> values) {
    return !values.isEmpty() && errorCodes.containsAll(values);
  }

  /** Adds one body's strings. */
  void add(JsonNode body) {
    int id = bodies++;
    // parent: the name of the member holding the object (NameScalars); holder: the holding
    // object's fingerprint; member: a member value, not an array element.
    record Work(String name, JsonNode node, int depth, String parent, long holder,
        boolean member) {}
    Deque<Work> work = new ArrayDeque<>();
    work.push(new Work(null, body, 0, null, -1L - id, false));
    while (!work.isEmpty()) {
      Work w = work.pop();
      JsonNode n = w.node();
      if (w.depth() > MAX_DEPTH) {
        continue;
      }
      scalars.add(w.parent(), w.name(), n);
      if (n.isObject()) {
        long self = ObjectFingerprint.of(n);
        if (DecimalNames.carriesCurrency(n)) {
          decimals.addMoneyHolder(w.name());
          n.fields().forEachRemaining(f -> {
            if (f.getValue().isNumber()) {
              decimals.addMoney(f.getKey(), f.getValue());
            }
          });
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          work.push(new Work(f.getKey(), f.getValue(), w.depth() + 1,
              w.name() == null ? NameScalars.ROOT : w.name(), self, true));
        }
      } else if (n.isArray()) {
        for (JsonNode element : n) {
          work.push(new Work(w.name(), element, w.depth() + 1, w.parent(), w.holder(), false));
        }
      } else if (n.isNumber()) {
        decimals.add(w.name(), n);
      } else if (n.isTextual() && w.name() != null) {
        String v = n.textValue();
        if (!io.github.postman2java.sample.Placeholders.isTemplateValue(v)) {
          byName.computeIfAbsent(w.name(), k -> new Stats()).add(v, w.holder(), w.member());
        }
      }
    }
  }

  /** The statistics of {@code name}; empty when the name never held a string. */
  Stats of(String name) {
    return name == null ? NONE : byName.getOrDefault(name, NONE);
  }

  /**
   * Whether whole numbers under {@code name} are decimals here ({@link DecimalNames}); {@code
   * moneyObject}: the object holding them carries a currency code.
   */
  boolean isDecimal(String name, boolean moneyObject) {
    return decimals.isDecimal(name, moneyObject);
  }

  /** Whether objects held by a member called {@code holder} are money objects here. */
  boolean isMoneyObject(Evidence object, String holder) {
    return DecimalNames.carriesCurrency(object) || decimals.isMoneyHolder(holder);
  }

  /** Whether the member is an amount of a money object whose collection writes cents. */
  boolean isMoney(String name, boolean moneyObject) {
    return decimals.isMoney(name, moneyObject);
  }

  /**
   * The one scalar {@code name} holds wherever it has a value under a holder called {@code
   * parent}, or null ({@link NameScalars}).
   */
  Shape.Scalar scalarOf(String parent, String name) {
    return scalars.of(parent, name);
  }

  /** An empty vocabulary: enums from local evidence only. */
  static Vocabulary empty() {
    return new Vocabulary(Set.of());
  }
}
