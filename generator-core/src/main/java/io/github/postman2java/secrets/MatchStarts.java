package io.github.postman2java.secrets;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;

/**
 * Where the scanner's patterns can begin, found with {@code indexOf} (vectorised) instead of
 * letting {@code Matcher.find()} try the pattern at every character: a collection holds megabytes
 * of example bodies, and per-character regex attempts were most of the secrets stage's time. Each
 * pattern is then tried with {@code lookingAt()} at those places only, in order, continuing after
 * a match as {@code find()} would: the matches are the same.
 */
final class MatchStarts {
  private MatchStarts() {}

  /**
   * Runs {@code m} at the places {@code next} gives ({@code next.applyAsInt(from)}: the first
   * place at or after {@code from}, or -1), like {@code while (m.find())}; {@code onMatch} reads
   * each match's groups from the matcher.
   */
  static void each(Matcher m, int length, IntUnaryOperator next, Consumer<Matcher> onMatch) {
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int i = next.applyAsInt(0);
    while (i >= 0 && i < length) {
      if (m.region(i, length).lookingAt()) {
        onMatch.accept(m);
        i = next.applyAsInt(Math.max(m.end(), i + 1));
      } else {
        i = next.applyAsInt(i + 1);
      }
    }
  }

  /** The places of {@code c} in {@code text}. */
  static IntUnaryOperator charAt(String text, char c) {
    return from -> text.indexOf(c, from);
  }

  /**
   * The places where one of {@code words} (lower-case ASCII) starts a word of {@code text},
   * ignoring case: an ASCII letter, digit or underscore before it is never a word boundary.
   */
  static IntUnaryOperator wordStarts(String text, List<String> words) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() != text.length()) {
      // A character whose lower case is longer (U+0130): positions would not line up.
      return from -> slowWordStart(text, words, from);
    }
    int[] next = new int[words.size()];
    for (int w = 0; w < next.length; w++) {
      next[w] = lower.indexOf(words.get(w));
    }
    return from -> {
      while (true) {
        int best = -1;
        for (int w = 0; w < next.length; w++) {
          if (next[w] >= 0 && next[w] < from) {
            next[w] = lower.indexOf(words.get(w), from);
          }
          if (next[w] >= 0 && (best < 0 || next[w] < best)) {
            best = next[w];
          }
        }
        if (best < 0 || best == 0 || !isAsciiWordChar(text.charAt(best - 1))) {
          return best;
        }
        from = best + 1;
      }
    };
  }

  private static int slowWordStart(String text, List<String> words, int from) {
    for (int i = from; i < text.length(); i++) {
      if (i > 0 && isAsciiWordChar(text.charAt(i - 1))) {
        continue;
      }
      for (String w : words) {
        if (text.regionMatches(true, i, w, 0, w.length())) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * The places where a {@code name=value} pair can start: for each {@code =}, the character
   * before the run of name characters ending there, when it is a separator, or 0 when the run
   * starts the text ({@code (?:^|[?&;,#\s])name=}).
   */
  static IntUnaryOperator pairStarts(String text, String separators, IntPredicate nameChar) {
    return from -> {
      int eq = text.indexOf('=', from);
      while (eq >= 0) {
        int s = eq;
        while (s > 0 && nameChar.test(text.charAt(s - 1))) {
          s--;
        }
        if (s < eq) {
          int start = s == 0 ? 0 : s - 1;
          if (start >= from && (s == 0 || isSeparator(text.charAt(s - 1), separators))) {
            return start;
          }
        }
        eq = text.indexOf('=', eq + 1);
      }
      return -1;
    };
  }

  private static boolean isSeparator(char c, String separators) {
    return separators.indexOf(c) >= 0 || Character.isWhitespace(c) && c <= ' ';
  }

  static boolean isAsciiWordChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }
}
