package io.github.postman2java.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What {@link TextScanner} found in each distinct text, for one run of the secrets stage. A
 * collection repeats its strings many times (GitHub's: 86,200 strings, 2,831 distinct, a third of
 * the characters; the same example body saved under several requests), and what the scanner finds
 * depends on the text alone, so each distinct text is scanned once and its finds are replayed, in
 * the order found, wherever it appears again. Shared by the parallel item scans of one run only:
 * a long-lived JVM (the Maven plugin) keeps nothing between runs.
 */
final class ScanMemo {
  /** One find: the credential kind and the exact text to remove. */
  private record Find(String kind, String value) {}

  private final Map<String, List<Find>> freeText = new ConcurrentHashMap<>();
  private final Map<String, List<Find>> jsonMembers = new ConcurrentHashMap<>();
  private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

  /**
   * {@link CredentialValues#fingerprint}, hashed once per distinct value: one value is often
   * found at dozens of places (GitHub's example token at 42).
   */
  String fingerprint(String value) {
    return fingerprints.computeIfAbsent(value, CredentialValues::fingerprint);
  }

  /** {@link TextScanner#freeText}, scanning each distinct text once. */
  void freeText(String text, BiConsumer<String, String> found) {
    if (text == null || text.length() < TextScanner.MIN_TEXT) {
      return;
    }
    replay(freeText, text, t -> finds(t, TextScanner::freeText), found);
  }

  /** {@link TextScanner#jsonMembers}, scanning each distinct body once. */
  void jsonMembers(String body, BiConsumer<String, String> found) {
    replay(jsonMembers, body, t -> finds(t, TextScanner::jsonMembers), found);
  }

  private static void replay(Map<String, List<Find>> memo, String text,
      Function<String, List<Find>> scan, BiConsumer<String, String> found) {
    List<Find> finds = memo.get(text);
    if (finds == null) {
      // Not computeIfAbsent: a long body would hold the map's bin locked while it is scanned.
      // Two threads may scan the same text at once; they find the same.
      finds = scan.apply(text);
      memo.putIfAbsent(text, finds);
    }
    for (Find f : finds) {
      found.accept(f.kind(), f.value());
    }
  }

  private static List<Find> finds(String text, BiConsumer<String, BiConsumer<String, String>> scanner) {
    List<Find> out = new ArrayList<>(0);
    scanner.accept(text, (kind, value) -> out.add(new Find(kind, value)));
    return out.isEmpty() ? List.of() : List.copyOf(out);
  }
}
