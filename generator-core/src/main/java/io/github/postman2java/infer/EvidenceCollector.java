package io.github.postman2java.infer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.sample.Placeholders;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * Adds JSON samples to {@link Evidence}, iteratively and to a bounded depth: subtrees deeper than
 * {@link #MAX_DEPTH} are counted as "too deep" and later typed as {@code JsonNode}.
 */
final class EvidenceCollector {
  /** Deeper than any real API model; beyond it a subtree is kept untyped. */
  static final int MAX_DEPTH = 48;

  private EvidenceCollector() {}

  /** Adds one sample; {@code sampleNumber} tells samples apart (see {@link Evidence}). */
  static void add(Evidence root, JsonNode sample, int sampleNumber) {
    // parent: the fingerprint of the object holding the value (array elements: of the object
    // holding the array), so enum evidence can count copies of one example once.
    record Work(Evidence at, JsonNode node, int depth, long parent) {}
    Deque<Work> work = new ArrayDeque<>();
    work.push(new Work(root, sample, 0, ObjectFingerprint.NONE));
    while (!work.isEmpty()) {
      Work w = work.pop();
      Evidence e = w.at();
      JsonNode n = w.node();
      e.seen++;
      if (w.depth() > MAX_DEPTH && n.isContainerNode()) {
        e.tooDeep++;
        continue;
      }
      switch (n.getNodeType()) {
        case NULL, MISSING -> e.nulls++;
        case BOOLEAN -> e.booleans++;
        case STRING -> addText(e, n.textValue(), sampleNumber, w.parent());
        case NUMBER -> addNumber(e, n);
        case OBJECT -> {
          e.objects++;
          long self = ObjectFingerprint.of(n);
          for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            work.push(new Work(e.field(f.getKey()), f.getValue(), w.depth() + 1, self));
          }
        }
        case ARRAY -> {
          e.arrays++;
          Evidence items = e.items();
          // Pushed last-to-first so elements are visited in order: properties keep
          // first-seen order across elements.
          for (int i = n.size() - 1; i >= 0; i--) {
            work.push(new Work(items, n.get(i), w.depth() + 1, w.parent()));
          }
        }
        default -> e.nulls++;
      }
    }
  }

  private static void addText(Evidence e, String text, int sampleNumber, long parent) {
    if (Placeholders.isUnquoted(text)) {
      e.unquotedPlaceholders++;
    } else if (Placeholders.isPlaceholder(text)) {
      e.placeholders++;
    } else {
      Placeholders.TypeHint hint = Placeholders.typeHint(text);
      if (hint == null) {
        e.addString(text, sampleNumber, parent);
      } else {
        addHint(e, hint);
      }
    }
  }

  /** A type placeholder ({@code "<integer>"}) is evidence of its type, never a value. */
  private static void addHint(Evidence e, Placeholders.TypeHint hint) {
    switch (hint) {
      case BOOLEAN -> e.booleans++;
      case INTEGER -> e.integers++;
      case NUMBER -> e.decimals++;
      case DATE_TIME -> e.addStringHint(true, false);
      case DATE -> e.addStringHint(false, true);
      case STRING -> e.addStringHint(false, false);
      default -> e.unquotedPlaceholders++;
    }
  }

  private static void addNumber(Evidence e, JsonNode n) {
    if (n.isIntegralNumber()) {
      e.integers++;
      if (!n.canConvertToLong()) {
        e.needsBigInteger = true;
      }
      return;
    }
    e.decimals++;
    BigDecimal value = n.decimalValue();
    if (!e.needsBigDecimal && !fitsDouble(value)) {
      e.needsBigDecimal = true;
    }
  }

  /** True when the literal survives a round trip through double unchanged in value. */
  private static boolean fitsDouble(BigDecimal value) {
    double d = value.doubleValue();
    if (Double.isInfinite(d)) {
      return false;
    }
    return new BigDecimal(Double.toString(d)).compareTo(value) == 0;
  }
}
