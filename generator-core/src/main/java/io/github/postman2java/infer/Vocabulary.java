package io.github.postman2java.infer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Collection-wide string statistics per member name: which values a name holds across every
 * body of the collection, how often, and in how many bodies. One example of one request rarely
 * shows more than one value of a {@code status}; the whole collection shows whether {@code
 * status} is a small recurring set ({@code active}, {@code pending} in 40 bodies) or data
 * ({@code login} holding a different name in every body, or lorem-ipsum filler somewhere).
 * Read by {@link EnumRule}; built once per run, in file order, before any shape is resolved.
 */
final class Vocabulary {
  private static final int MAX_DEPTH = 64;

  /** The statistics of one member name. */
  static final class Stats {
    final Set<String> values = new LinkedHashSet<>();
    boolean overflow;
    int occurrences;
    int bodies;
    private int lastBody = -1;

    void add(String value, int body) {
      occurrences++;
      if (body != lastBody) {
        lastBody = body;
        bodies++;
      }
      if (!overflow && values.add(value) && values.size() > Evidence.MAX_RECORDED_VALUES) {
        overflow = true;
        values.clear();
      }
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
    record Work(String name, JsonNode node, int depth, String parent) {}
    Deque<Work> work = new ArrayDeque<>();
    work.push(new Work(null, body, 0, null));
    while (!work.isEmpty()) {
      Work w = work.pop();
      JsonNode n = w.node();
      if (w.depth() > MAX_DEPTH) {
        continue;
      }
      scalars.add(w.parent(), w.name(), n);
      if (n.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          work.push(new Work(f.getKey(), f.getValue(), w.depth() + 1,
              w.name() == null ? NameScalars.ROOT : w.name()));
        }
      } else if (n.isArray()) {
        for (JsonNode element : n) {
          work.push(new Work(w.name(), element, w.depth() + 1, w.parent()));
        }
      } else if (n.isNumber()) {
        decimals.add(w.name(), n);
      } else if (n.isTextual() && w.name() != null) {
        String v = n.textValue();
        if (!io.github.postman2java.sample.Placeholders.isTemplateValue(v)) {
          byName.computeIfAbsent(w.name(), k -> new Stats()).add(v, id);
        }
      }
    }
  }

  /** The statistics of {@code name}; empty when the name never held a string. */
  Stats of(String name) {
    return name == null ? NONE : byName.getOrDefault(name, NONE);
  }

  /** Whether whole numbers under {@code name} are decimals here ({@link DecimalNames}). */
  boolean isDecimal(String name) {
    return decimals.isDecimal(name);
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
