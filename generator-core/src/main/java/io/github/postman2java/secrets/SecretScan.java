package io.github.postman2java.secrets;

import io.github.postman2java.diag.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * First pass: finds the credentials of a collection without changing it. Records each value
 * with the kind of credential it is (for its marker) and each place it was found (for the
 * report); the {@code Set-Cookie} headers of saved responses are counted, not listed.
 */
final class SecretScan implements StringPolicy {
  /** Where a credential was found; the fingerprint tells values apart without showing them. */
  record Finding(SourceLocation location, String kind, String fingerprint, int[] others) {
    /** The fingerprint in parentheses, and how many more values the same place holds. */
    String describe() {
      return "(" + fingerprint + ")" + (others[0] == 0 ? "" : " and " + others[0]
          + " more value" + (others[0] == 1 ? "" : "s") + " there");
    }
  }

  /** Every value to remove from all text, with its kind; sorted for determinism. */
  final Map<String, String> values = new TreeMap<>();
  final List<Finding> findings = new ArrayList<>();
  private final Set<String> seen = new TreeSet<>();
  private final Map<String, Finding> byPlace = new java.util.HashMap<>();
  Finding firstSetCookie;
  int setCookies;
  private final ScanMemo memo;

  SecretScan() {
    this(new ScanMemo());
  }

  private SecretScan(ScanMemo memo) {
    this.memo = memo;
  }

  /** Each request item is scanned on its own (in parallel) and absorbed in collection order. */
  @Override
  public StringPolicy forItem() {
    return new SecretScan(memo);
  }

  /**
   * Adds what an item's scan found. Places never repeat across items, so its findings are
   * appended; a value's first kind in collection order stays its kind, as in one ordered scan.
   */
  @Override
  public void absorb(StringPolicy part) {
    SecretScan scan = (SecretScan) part;
    scan.values.forEach(values::putIfAbsent);
    findings.addAll(scan.findings);
    if (firstSetCookie == null) {
      firstSetCookie = scan.firstSetCookie;
    }
    setCookies += scan.setCookies;
  }

  @Override
  public String text(SourceLocation at, String kind, String text) {
    memo.freeText(text, (k, v) -> add(at, kind, k, v));
    return text;
  }

  @Override
  public String named(SourceLocation at, String kind, String name, String value) {
    CredentialNames.Strength strength = CredentialNames.strength(name);
    if ("example header".equals(kind) && "set-cookie".equalsIgnoreCase(name.trim())) {
      // Servers set session cookies in every saved response: one report per collection.
      for (String part : NamedValues.parts(name, value)) {
        values.putIfAbsent(part, "session");
        if (setCookies++ == 0) {
          firstSetCookie = new Finding(at, "example Set-Cookie header",
              memo.fingerprint(part), new int[1]);
        }
      }
      return value;
    }
    for (String part : NamedValues.parts(name, value)) {
      if (TextScanner.reportable(strength, part)) {
        add(at, kind, TextScanner.kindOfName(name), part);
      } // else redacted in place, too plain to report
    }
    memo.freeText(value, (k, v) -> add(at, kind, k, v));
    return value;
  }

  @Override
  public String body(SourceLocation at, String kind, String text) {
    if (text != null && !text.isEmpty()) {
      memo.jsonMembers(text, (k, v) -> add(at, kind, k, v));
      memo.freeText(text, (k, v) -> add(at, kind, k, v));
    }
    return text;
  }

  @Override
  public String script(SourceLocation at, String line) {
    if (line != null) {
      TextScanner.scriptSets(line, (k, v) -> add(at, "script", k, v));
      memo.freeText(line, (k, v) -> add(at, "script", k, v));
    }
    return line;
  }

  @Override
  public String auth(SourceLocation at, String authType, String key, String value) {
    String v = NamedValues.authValue(authType, key, value);
    if (v != null && (CredentialValues.looksLikeCredential(v, 8) || CredentialValues.isUuid(v))) {
      add(at, "auth", TextScanner.kindOfName(key), v);
    }
    memo.freeText(value, (k, found) -> add(at, "auth", k, found));
    return value;
  }

  @Override
  public String url(SourceLocation at, String raw) {
    String userinfo = Urls.userinfo(raw);
    if (userinfo != null) {
      int colon = userinfo.indexOf(':');
      String password = colon < 0 ? "" : userinfo.substring(colon + 1);
      if (!NamedValues.skippable(password) || CredentialValues.looksLikeCredential(userinfo, 8)) {
        add(at, "URL userinfo", "credential", userinfo);
      }
    }
    return text(at, "URL", raw);
  }

  private void add(SourceLocation at, String place, String kind, String value) {
    String v = value == null ? "" : value.trim();
    if (v.length() < 4 || NamedValues.skippable(v) || Redacted.contains(v)
        || v.startsWith("http://") || v.startsWith("https://")) {
      return;
    }
    values.merge(v, kind, (a, b) -> a);
    String fp = memo.fingerprint(v);
    // One report per value and request, response or item, however many of its parts hold it;
    // several values in one place (a presigned URL's key, token and signature) are one report.
    String where = at.line() > 0 ? at.line() + ":" + at.column() : at.pointer();
    if (seen.add(where + "\0" + fp)) {
      Finding same = byPlace.get(at.pointer() + "\0" + place);
      if (same == null) {
        Finding f = new Finding(at, place, fp, new int[1]);
        byPlace.put(at.pointer() + "\0" + place, f);
        findings.add(f);
      } else {
        same.others()[0]++;
      }
    }
  }
}
