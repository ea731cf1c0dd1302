package io.github.postman2java.secrets;

import io.github.postman2java.diag.SourceLocation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Second pass: replaces every credential with its {@link Redacted} marker. Values found anywhere
 * are removed from every string (a token pasted into a description as well as its header);
 * the values of credential-named places are replaced where they stand even when too plain to
 * report ({@code X-Api-Key: demo}), so no later stage can tell them from any other secret.
 */
final class SecretReplace implements StringPolicy {
  private final List<Map.Entry<String, String>> values;
  private final KnownValues index;
  /** Each distinct text is rewritten once (collections repeat their strings; see ScanMemo). */
  private final Map<String, String> rewritten = new ConcurrentHashMap<>();

  SecretReplace(Map<String, String> values) {
    List<Map.Entry<String, String>> sorted = new ArrayList<>(values.entrySet());
    // Longest first, so a secret containing another is replaced whole.
    sorted.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length())
        .reversed().thenComparing(Map.Entry::getKey));
    this.values = List.copyOf(sorted);
    this.index = new KnownValues(sorted.stream().map(Map.Entry::getKey).toList());
  }

  /** Returns {@code text} with every known credential replaced by its marker. */
  String everywhere(String text) {
    if (text == null || text.isEmpty() || values.isEmpty()) {
      return text;
    }
    String done = rewritten.get(text);
    if (done == null) {
      done = replaceKnown(text);
      rewritten.putIfAbsent(text, done);
    }
    return done;
  }

  private String replaceKnown(String text) {
    String out = text;
    // Only values present in the original text can be present after a longer one is replaced.
    BitSet present = index.occurringIn(text);
    for (int rank = present.nextSetBit(0); rank >= 0; rank = present.nextSetBit(rank + 1)) {
      Map.Entry<String, String> e = values.get(rank);
      if (out.contains(e.getKey())) {
        out = out.replace(e.getKey(), Redacted.marker(e.getValue()));
      }
    }
    return out;
  }

  /** Replacing keeps no state but its memo: every item may use this policy at once. */
  @Override
  public StringPolicy forItem() {
    return this;
  }

  @Override
  public String text(SourceLocation at, String kind, String text) {
    return everywhere(text);
  }

  @Override
  public String named(SourceLocation at, String kind, String name, String value) {
    String out = value;
    for (String part : NamedValues.parts(name, value)) {
      out = out.replace(part, Redacted.marker(TextScanner.kindOfName(name)));
    }
    return everywhere(out);
  }

  @Override
  public String body(SourceLocation at, String kind, String text) {
    return everywhere(text);
  }

  @Override
  public String script(SourceLocation at, String line) {
    return everywhere(line);
  }

  @Override
  public String auth(SourceLocation at, String authType, String key, String value) {
    String v = NamedValues.authValue(authType, key, value);
    return v == null ? everywhere(value) : Redacted.marker(TextScanner.kindOfName(key));
  }

  @Override
  public String url(SourceLocation at, String raw) {
    String userinfo = Urls.userinfo(raw);
    String out = userinfo == null ? raw : raw.replace(userinfo + "@",
        Redacted.marker("credential") + "@");
    return everywhere(out);
  }
}
