package io.github.postman2java.overrides;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" for a misspelt key, address or type name: the nearest candidate by edit distance. */
public final class Suggest {
  private Suggest() {}

  /**
   * Returns {@code "; did you mean X?"} for the candidate nearest to {@code wrong}, or an empty
   * string when none is close (more edits than a third of the longer string, at least 2).
   */
  public static String didYouMean(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(wrong.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      if (d < bestDistance || d == bestDistance && best != null && c.compareTo(best) < 0) {
        best = c;
        bestDistance = d;
      }
    }
    if (best == null || best.equals(wrong)) {
      return "";
    }
    int limit = Math.max(2, Math.max(wrong.length(), best.length()) / 3);
    return bestDistance <= limit ? "; did you mean \"" + best + "\"?" : "";
  }

  /** Levenshtein distance, two rows; inputs are short keys and addresses. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
