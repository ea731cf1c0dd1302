package io.github.postman2java.infer;

import io.github.postman2java.sample.BodySample;
import io.github.postman2java.sample.ExampleSample;
import io.github.postman2java.sample.OperationSamples;
import io.github.postman2java.sample.SampleSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evidence behind every inferred position, kept for the evidence report: the same {@link
 * Evidence} inference builds (same samples, same grouping: the request's own body, the 2xx
 * examples, the 4xx and 5xx examples), frozen into {@link PositionEvidence} values. Computed only
 * when a report is asked for, from the samples before inference drops their JSON trees.
 *
 * @param bodies by {@code <item pointer> <role>}, the role being {@code request}, {@code
 *     response}, {@code error[4xx]} or {@code error[5xx]}
 */
public record EvidenceIndex(Map<String, BodyEvidence> bodies) {
  /** Distinct values listed per position, most frequent first. */
  public static final int MAX_VALUES_SHOWN = 20;

  /** Creates an index. */
  public EvidenceIndex {
    bodies = Map.copyOf(bodies);
  }

  /** No evidence. */
  public static final EvidenceIndex EMPTY = new EvidenceIndex(Map.of());

  /** Returns the key of one body: the item's pointer and the role label. */
  public static String key(String pointer, String role) {
    return pointer + " " + role;
  }

  /**
   * The evidence of one body.
   *
   * @param samples how many bodies were merged into it
   * @param examples the names of the examples (empty for a request body)
   * @param positions by canonical path ({@code $}, {@code $.data[*].status}, {@code $.meta.*})
   */
  public record BodyEvidence(int samples, List<String> examples,
      Map<String, PositionEvidence> positions) {
    /** Creates body evidence. */
    public BodyEvidence {
      examples = List.copyOf(examples);
      positions = Map.copyOf(positions);
    }
  }

  /**
   * What was seen at one position.
   *
   * @param seen values seen (including nulls)
   * @param present objects that had this member, of {@code parentObjects} (0 for non-members)
   * @param kinds value kinds with counts, e.g. {@code string=3}
   * @param values distinct strings with counts, most frequent first, at most {@link
   *     #MAX_VALUES_SHOWN}
   * @param moreValues whether more distinct strings were seen than listed
   * @param reasons why the position has the type it has, one line each
   */
  public record PositionEvidence(int seen, int nulls, int present, int parentObjects,
      Map<String, Integer> kinds, Map<String, Integer> values, boolean moreValues,
      List<String> reasons) {
    /** Creates position evidence. */
    public PositionEvidence {
      kinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
      reasons = List.copyOf(reasons);
    }
  }

  /** Collects the evidence of every body of every operation. */
  public static EvidenceIndex of(SampleSet samples) {
    Map<String, BodyEvidence> bodies = new LinkedHashMap<>();
    Vocabulary vocabulary = ShapeInferrer.vocabulary(samples);
    List<List<BodySample>> requestBodies = EndpointBodies.of(samples.operations());
    // An endpoint's requests share one list of bodies: its evidence is collected once.
    Map<List<BodySample>, BodyEvidence> endpoints = new java.util.IdentityHashMap<>();
    Map<BodySample, String> senders = new java.util.IdentityHashMap<>();
    samples.operations().stream().filter(op -> op.requestBody() != null)
        .forEach(op -> senders.put(op.requestBody(), op.name()));
    for (int i = 0; i < samples.operations().size(); i++) {
      OperationSamples op = samples.operations().get(i);
      if (op.requestBody() != null) {
        BodyEvidence request = endpoints.computeIfAbsent(requestBodies.get(i),
            b -> evidence(b, b.size() < 2 ? List.of() : b.stream().map(senders::get).toList(),
                vocabulary));
        if (request != null) {
          bodies.put(key(op.pointer(), "request"), request);
        }
      }
      List<BodySample> success = new ArrayList<>();
      List<String> successNames = new ArrayList<>();
      TreeMap<Integer, List<ExampleSample>> errors = new TreeMap<>();
      for (ExampleSample ex : op.examples()) {
        if (ex.isSuccess()) {
          success.add(ex.body());
          successNames.add(ex.name());
        } else if (ex.statusClass() >= 4) {
          errors.computeIfAbsent(Math.min(ex.statusClass(), 5), k -> new ArrayList<>()).add(ex);
        }
      }
      put(bodies, key(op.pointer(), "response"), success, successNames, vocabulary);
      errors.forEach((statusClass, examples) -> put(bodies,
          key(op.pointer(), "error[" + statusClass + "xx]"),
          examples.stream().map(ExampleSample::body).toList(),
          examples.stream().map(ExampleSample::name).toList(), vocabulary));
    }
    return new EvidenceIndex(bodies);
  }

  private static void put(Map<String, BodyEvidence> out, String key, List<BodySample> bodies,
      List<String> names, Vocabulary vocabulary) {
    BodyEvidence evidence = evidence(bodies, names, vocabulary);
    if (evidence != null) {
      out.put(key, evidence);
    }
  }

  /** The evidence of some bodies, or null when none of them is JSON. */
  private static BodyEvidence evidence(List<BodySample> bodies, List<String> names,
      Vocabulary vocabulary) {
    Evidence root = new Evidence();
    int samples = 0;
    for (BodySample b : bodies) {
      if (b.kind() == BodySample.Kind.JSON && b.json() != null) {
        EvidenceCollector.add(root, b.json(), samples);
        samples++;
      }
    }
    if (samples == 0) {
      return null;
    }
    Map<String, PositionEvidence> positions = new LinkedHashMap<>();
    freeze(root, "$", null, 0, 0, positions, vocabulary);
    return new BodyEvidence(samples, names, positions);
  }

  private static void freeze(Evidence e, String path, String name, int present, int parents,
      Map<String, PositionEvidence> out, Vocabulary vocabulary) {
    // holder: the name of the object holding this position (NameScalars); members: the holder
    // this position's own members get (a body's root: ROOT, an array's elements: the array's,
    // a map's values: none), as ShapeResolver.holder reads them from its path; money: the
    // object holding this position carries a currency code (DecimalNames), as ShapeResolver
    // decides it.
    record Work(Evidence e, String path, String name, String holder, String members,
        int present, int parents, int depth, boolean money) {}
    java.util.Deque<Work> work = new java.util.ArrayDeque<>();
    work.push(new Work(e, path, name, null, NameScalars.ROOT, present, parents, 0, false));
    while (!work.isEmpty()) {
      Work w = work.pop();
      out.put(w.path(), position(w.e(), w.name(), w.holder(), w.money(), w.present(),
          w.parents(), vocabulary));
      if (w.depth() > EvidenceCollector.MAX_DEPTH) {
        continue;
      }
      boolean map = MapRule.isMap(w.e(), w.name());
      if (map) {
        Evidence merged = new Evidence();
        w.e().fields.values().forEach(merged::absorb);
        work.push(new Work(merged, w.path() + ".*", null, null, null, 0, 0, w.depth() + 1,
            w.money()));
      } else {
        boolean money = vocabulary.isMoneyObject(w.e(), w.name());
        for (var f : w.e().fields.entrySet()) {
          work.push(new Work(f.getValue(), w.path() + step(f.getKey()), f.getKey(),
              w.members(), f.getKey(), w.e().fieldPresence.getOrDefault(f.getKey(), 0),
              w.e().objects, w.depth() + 1, money));
        }
      }
      if (w.e().items != null && w.e().items.seen > 0) {
        work.push(new Work(w.e().items, w.path() + "[*]", w.name(), w.holder(), w.members(),
            0, 0, w.depth() + 1, w.money()));
      }
    }
  }

  /** The canonical path step of a member (the overrides file reads it back). */
  public static String step(String name) {
    return name.matches("[A-Za-z0-9_\\-@$]+") ? "." + name
        : "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  private static PositionEvidence position(Evidence e, String name, String holder,
      boolean money, int present, int parents, Vocabulary vocabulary) {
    Map<String, Integer> kinds = new LinkedHashMap<>();
    count(kinds, "string", e.strings);
    count(kinds, "placeholder", e.placeholders + e.unquotedPlaceholders);
    count(kinds, "integer", e.integers);
    count(kinds, "decimal", e.decimals);
    count(kinds, "boolean", e.booleans);
    count(kinds, "object", e.objects);
    count(kinds, "array", e.arrays);
    count(kinds, "null", e.nulls);
    Map<String, Integer> values = new LinkedHashMap<>();
    e.valueCounts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_VALUES_SHOWN)
        .forEach(v -> values.put(v.getKey(), v.getValue()));
    boolean more = e.valuesOverflow || e.valueCounts.size() > values.size();
    return new PositionEvidence(e.seen, e.nulls, present, parents, kinds, values, more,
        reasons(e, name, holder, money, present, parents, vocabulary));
  }

  private static void count(Map<String, Integer> kinds, String kind, int n) {
    if (n > 0) {
      kinds.put(kind, n);
    }
  }

  private static List<String> reasons(Evidence e, String name, String holder, boolean money,
      int present, int parents, Vocabulary vocabulary) {
    List<String> out = new ArrayList<>();
    if (parents > 0) {
      out.add(present >= parents ? "required: present in all " + parents + " objects"
          : "optional: present in " + present + " of " + parents + " objects");
    }
    if (e.nulls > 0) {
      out.add("nullable: null in " + e.nulls + " of " + e.seen + " values");
    }
    int kinds = (e.strings > 0 ? 1 : 0) + (e.booleans > 0 ? 1 : 0)
        + (e.integers + e.decimals > 0 ? 1 : 0) + (e.objects > 0 ? 1 : 0) + (e.arrays > 0 ? 1 : 0);
    if (e.tooDeep > 0) {
      out.add("JsonNode: nested deeper than " + EvidenceCollector.MAX_DEPTH + " levels");
    } else if (kinds > 1) {
      out.add("JsonNode: values of different kinds were seen");
    } else if (kinds == 0) {
      out.add(e.placeholders > 0 && e.unquotedPlaceholders == 0
          ? "String: only {{placeholders}} were seen"
          : vocabulary.scalarOf(holder, name) != null ? "only null here: typed as " + holder
              + "." + name + " is wherever else the collection has it ("
              + kindWords(vocabulary.scalarOf(holder, name),
                  vocabulary.isDecimal(name, money)) + ")"
          : "JsonNode: no typed value was seen (only null, placeholders or nothing)");
    } else if (e.strings > 0) {
      out.add(stringReason(e, name, vocabulary));
    } else if (e.decimals > 0) {
      out.add(e.needsBigDecimal || e.needsBigInteger
          ? "BigDecimal: a decimal carries more precision than double"
          : "Double: decimal numbers were seen");
    } else if (e.integers > 0) {
      out.add(e.needsBigInteger ? "BigInteger: an integer exceeds long"
          : vocabulary.isMoney(name, money) ? "BigDecimal: only whole numbers were seen, but "
              + name + " is an amount of an object carrying a currency code, and the"
              + " collection writes such amounts with cents"
          : vocabulary.isDecimal(name, money) ? "BigDecimal: only whole numbers were seen, but "
              + name + " (or a name ending in the same word) holds a decimal elsewhere in the"
              + " collection"
          : "Long: only integers were seen");
    } else if (e.objects > 0 && MapRule.isMap(e, name)) {
      out.add(e.fields.size() > MapRule.MAX_FIELDS ? "map: more than " + MapRule.MAX_FIELDS
          + " distinct keys" : "map: every key looks like data (numbers, ids, dates, hashes)");
    }
    return out;
  }

  /** What a borrowed scalar is, in the words of the other reasons. */
  private static String kindWords(Shape.Scalar scalar, boolean decimalName) {
    return switch (scalar) {
      case STRING -> "a string";
      case DATE_TIME -> "an RFC 3339 date-time";
      case DATE -> "an RFC 3339 full date";
      case BOOLEAN -> "a boolean";
      case LONG -> decimalName ? "a whole number of a decimal quantity" : "an integer";
      case BIG_INTEGER -> "an integer beyond long";
      default -> "a decimal";
    };
  }

  private static String stringReason(Evidence e, String name, Vocabulary vocabulary) {
    if (e.allDateTime) {
      return "OffsetDateTime: every value is an RFC 3339 date-time";
    }
    if (e.allDate) {
      return "LocalDate: every value is an RFC 3339 full date";
    }
    return EnumRule.decide(name, e, vocabulary.of(name)).reason();
  }
}
