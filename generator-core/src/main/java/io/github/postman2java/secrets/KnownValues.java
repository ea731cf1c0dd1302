package io.github.postman2java.secrets;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The credentials found by the scan, indexed so that finding which of them occur in a text costs
 * one pass over the text, not one {@code contains} per credential: a collection with a thousand
 * tokens in its examples and a hundred thousand strings made the replace pass quadratic (40 s on
 * the 5,000-request benchmark). A rolling hash of each text window the length of the shortest
 * credential prefix is checked against a bit filter, and only filter hits are looked up.
 */
final class KnownValues {
  private static final int MAX_PREFIX = 8;
  private static final int FILTER_BITS = 1 << 20;
  private static final int BASE = 31;

  /** The values in replacement order (longest first); their index is their rank. */
  private final List<String> ordered;
  private final int prefix;
  private final int basePower;
  private final BitSet filter = new BitSet(FILTER_BITS);
  private final Map<String, List<Integer>> byPrefix = new HashMap<>();

  KnownValues(List<String> ordered) {
    this.ordered = List.copyOf(ordered);
    int shortest = MAX_PREFIX;
    for (String v : ordered) {
      shortest = Math.min(shortest, v.length());
    }
    this.prefix = Math.max(1, shortest);
    int power = 1;
    for (int i = 1; i < prefix; i++) {
      power *= BASE;
    }
    this.basePower = power;
    for (int rank = 0; rank < ordered.size(); rank++) {
      String v = ordered.get(rank);
      if (v.isEmpty()) {
        continue;
      }
      String head = v.substring(0, prefix);
      filter.set(slot(hash(head, 0)));
      byPrefix.computeIfAbsent(head, k -> new ArrayList<>()).add(rank);
    }
  }

  /**
   * Returns the ranks of the values that occur in {@code text}, in replacement order; a value is
   * reported at most once.
   */
  BitSet occurringIn(String text) {
    BitSet found = new BitSet(ordered.size());
    int n = text.length();
    if (n < prefix || byPrefix.isEmpty()) {
      return found;
    }
    int h = hash(text, 0);
    for (int i = 0; ; i++) {
      if (filter.get(slot(h))) {
        List<Integer> candidates = byPrefix.get(text.substring(i, i + prefix));
        if (candidates != null) {
          for (int rank : candidates) {
            String v = ordered.get(rank);
            if (text.startsWith(v, i)) {
              found.set(rank);
            }
          }
        }
      }
      if (i + prefix >= n) {
        return found;
      }
      h = (h - text.charAt(i) * basePower) * BASE + text.charAt(i + prefix);
    }
  }

  private int hash(String s, int from) {
    int h = 0;
    for (int i = from; i < from + prefix; i++) {
      h = h * BASE + s.charAt(i);
    }
    return h;
  }

  private static int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (FILTER_BITS - 1);
  }
}
