package io.github.postman2java.naming;

import io.github.postman2java.collection.PostmanAuth;
import io.github.postman2java.collection.PostmanBody;
import io.github.postman2java.collection.PostmanEvent;
import io.github.postman2java.collection.PostmanFormField;
import io.github.postman2java.collection.PostmanCollection;
import io.github.postman2java.collection.PostmanFolder;
import io.github.postman2java.collection.PostmanItem;
import io.github.postman2java.collection.PostmanKeyValue;
import io.github.postman2java.collection.PostmanRequest;
import io.github.postman2java.collection.PostmanRequestItem;
import io.github.postman2java.collection.PostmanResponse;
import io.github.postman2java.collection.PostmanVariable;
import io.github.postman2java.diag.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The literal credentials a collection holds: every auth parameter value; the values of
 * variables, headers, query parameters and form fields whose names say they are secret; URL
 * userinfo; secret-named properties in request and example bodies ({@code "password": "..."});
 * values that scripts store under secret names ({@code pm.environment.set('token', '...')}); and
 * well-known token shapes (JWT, GitHub, Slack, AWS, Stripe keys) anywhere in names, descriptions,
 * bodies or scripts. Generated code never contains them as constants, {@link #redact} removes
 * them from any text that is emitted (descriptions, messages), wherever the author pasted them,
 * and {@link #findings} says where each was found without showing it.
 */
public final class Secrets {
  private static final Pattern SECRET_NAME = Pattern.compile(
      "(?i).*(token|secret|passw|pwd|api[-_]?key|apikey|auth|credential|session|cookie"
          + "|signature|private|client[-_]?id|access[-_]?key|bearer|jwt|sid).*");
  /** Body property names that hold credentials; stricter than {@link #SECRET_NAME}. */
  private static final Pattern BODY_SECRET_KEY = Pattern.compile(
      "(?i)(.*[_-])?(access[-_]?token|refresh[-_]?token|id[-_]?token|auth[-_]?token|token"
          + "|client[-_]?secret|secret|password|passwd|pwd|api[-_]?key|private[-_]?key"
          + "|session[-_]?id|authorization|cookie|set-cookie)");
  /** A JSON string property: key and value without escapes (enough to find pasted secrets). */
  private static final Pattern JSON_PAIR = Pattern.compile(
      "\"([^\"\\\\]{1,100})\"\\s*:\\s*\"([^\"\\\\]{1,4096})\"");
  /** {@code pm.environment.set('token', 'value')} and its siblings. */
  private static final Pattern SCRIPT_SET = Pattern.compile(
      "\\.set\\(\\s*['\"`]([^'\"`]{1,100})['\"`]\\s*,\\s*['\"`]([^'\"`]{1,4096})['\"`]");
  /** Token shapes that are credentials whatever they are called. */
  private static final Pattern TOKEN_SHAPE = Pattern.compile(
      "eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*"
          + "|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}"
          + "|xox[abposr]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|[sr]k_(live|test)_[0-9A-Za-z]{16,}"
          + "|AIza[0-9A-Za-z_-]{35}");
  /** The scheme word of an {@code Authorization}-style value ({@code Bearer abc}). */
  private static final Pattern AUTH_SCHEME = Pattern.compile(
      "(?i)bearer|basic|token|digest|apikey|api-key|key|jwt|oauth|sso-key|hmac|negotiate");
  private static final Set<String> NON_SECRET_AUTH_KEYS = Set.of(
      "in", "addtokento", "headerprefix", "tokentype", "granttype", "client_authentication",
      "usebrowser", "tokenname", "algorithm", "signaturemethod", "addparamstoheader",
      "addemptyparamstosign", "disableretryrequest", "challengealgorithm", "qop", "service",
      "region", "version", "realm");
  private static final int MIN_LENGTH = 4;
  /** Bodies and texts are searched for pasted secrets up to this length (hostile 100 MB bodies). */
  private static final int SCAN_LIMIT = 4 * 1024 * 1024;
  /** What a redacted secret reads as. */
  public static final String MASK = "****";

  /**
   * Where a literal credential was found, without the value.
   *
   * @param location the item (collection, folder or request) and the JSON pointer of the place
   * @param kind what held it ({@code auth}, {@code variable}, {@code header}, ...)
   * @param fingerprint length and a short hash, enough to tell two findings apart
   */
  public record Finding(SourceLocation location, String kind, String fingerprint) {
    /** Renders {@code kind at file:line:col (#/pointer), fingerprint}. */
    public String describe() {
      return kind + " at " + location + " (" + fingerprint + ")";
    }
  }

  private final List<String> values;
  private final List<Finding> findings;

  private Secrets(List<String> values, List<Finding> findings) {
    this.values = values;
    this.findings = findings;
  }

  /** Returns an empty set of secrets. */
  public static Secrets none() {
    return new Secrets(List.of(), List.of());
  }

  /** Returns whether a header, query or variable name marks its value as a credential. */
  public static boolean isSecretName(String name) {
    return name != null && SECRET_NAME.matcher(name).matches();
  }

  /** Collects every literal secret of {@code collection}. */
  public static Secrets of(PostmanCollection collection) {
    Collector c = new Collector();
    SourceLocation root = collection.location();
    c.auth(root.child("auth"), collection.auth());
    c.variables(root.child("variable"), collection.variables());
    c.text(root.child("info").child("name"), "name", collection.name());
    c.text(root.child("info").child("description"), "description", collection.description());
    c.events(root.child("event"), collection.events());
    Deque<PostmanItem> work = new ArrayDeque<>(collection.items());
    while (!work.isEmpty()) {
      PostmanItem item = work.pop();
      if (item instanceof PostmanFolder f) {
        SourceLocation at = f.location();
        c.auth(at.child("auth"), f.auth());
        c.variables(at.child("variable"), f.variables());
        c.text(at.child("name"), "name", f.name());
        c.text(at.child("description"), "description", f.description());
        c.events(at.child("event"), f.events());
        work.addAll(f.items());
      } else if (item instanceof PostmanRequestItem r) {
        SourceLocation at = r.location();
        c.variables(at.child("variable"), r.variables());
        c.text(at.child("name"), "name", r.name());
        c.text(at.child("description"), "description", r.description());
        c.events(at.child("event"), r.events());
        // Requests and responses carry their own line:col; prefer them to the item's.
        c.request(r.request().location(), r.request());
        for (int i = 0; i < r.responses().size(); i++) {
          PostmanResponse resp = r.responses().get(i);
          SourceLocation ra = resp.location();
          if (resp.originalRequest() != null) {
            c.request(ra.child("originalRequest"), resp.originalRequest());
          }
          c.pairs(ra.child("header"), "example header", resp.headers());
          c.body(ra.child("body"), "example body", resp.body());
          c.text(ra.child("name"), "name", resp.name());
        }
      }
    }
    List<String> sorted = new ArrayList<>(c.found.keySet());
    // Longest first, so a secret containing another is masked whole.
    sorted.sort(Comparator.comparing(String::length).reversed().thenComparing(s -> s));
    List<Finding> findings = new ArrayList<>(c.findings);
    findings.sort(Comparator.comparing((Finding f) -> f.location().pointer())
        .thenComparing(Finding::kind).thenComparing(Finding::fingerprint));
    return new Secrets(List.copyOf(sorted), List.copyOf(findings));
  }

  /** Accumulates values and where they were found; first location per value and place wins. */
  private static final class Collector {
    final TreeMap<String, Boolean> found = new TreeMap<>();
    final List<Finding> findings = new ArrayList<>();
    final TreeSet<String> seen = new TreeSet<>();

    void request(SourceLocation at, PostmanRequest request) {
      auth(at.child("auth"), request.auth());
      variables(at.child("url").child("variable"), request.url().variables());
      pairs(at.child("header"), "header", request.headers());
      pairs(at.child("url").child("query"), "query parameter", request.url().query());
      text(at.child("description"), "description", request.description());
      String raw = request.url().raw();
      int scheme = raw.indexOf("://");
      int at2 = raw.indexOf('@');
      int slash = raw.indexOf('/', scheme < 0 ? 0 : scheme + 3);
      if (scheme >= 0 && at2 > scheme && (slash < 0 || at2 < slash)) {
        String userinfo = raw.substring(scheme + 3, at2);
        SourceLocation ua = at.child("url");
        add(ua, "URL userinfo", userinfo);
        int colon = userinfo.indexOf(':');
        if (colon >= 0) {
          add(ua, "URL userinfo", userinfo.substring(colon + 1));
        }
      }
      text(at.child("url"), "URL", raw);
      PostmanBody body = request.body();
      if (body != null) {
        SourceLocation ba = at.child("body");
        body(ba, "request body", body.raw());
        body(ba, "request body", body.graphqlVariables());
        for (int i = 0; i < body.fields().size(); i++) {
          PostmanFormField f = body.fields().get(i);
          if (!f.file() && isSecretName(f.key())) {
            add(ba.child(i), "form field", f.value());
          }
          text(ba.child(i), "form field", f.value());
        }
      }
    }

    void pairs(SourceLocation at, String kind, List<PostmanKeyValue> pairs) {
      for (int i = 0; i < pairs.size(); i++) {
        PostmanKeyValue kv = pairs.get(i);
        String v = kv.value();
        if (isSecretName(kv.key())) {
          add(at.child(i), kind, v);
          int space = v.indexOf(' ');
          if (space > 0 && AUTH_SCHEME.matcher(v.substring(0, space)).matches()) {
            add(at.child(i), kind, v.substring(space + 1).trim()); // "Bearer abc" → also "abc"
          }
          for (String part : v.split(";")) { // Cookie: a=b; c=d → also the values
            int eq = part.indexOf('=');
            if (eq > 0 && kv.key().toLowerCase(Locale.ROOT).contains("cookie")) {
              add(at.child(i), kind, part.substring(eq + 1));
            }
          }
        }
        text(at.child(i), kind, v);
      }
    }

    void variables(SourceLocation at, List<PostmanVariable> variables) {
      for (int i = 0; i < variables.size(); i++) {
        PostmanVariable v = variables.get(i);
        if (isSecretName(v.key()) || "secret".equalsIgnoreCase(v.type())) {
          add(at.child(i), "variable", v.value());
        }
        text(at.child(i), "variable", v.value());
      }
    }

    void auth(SourceLocation at, PostmanAuth auth) {
      if (auth == null) {
        return;
      }
      auth.params().forEach((k, v) -> {
        String key = k.toLowerCase(Locale.ROOT);
        boolean apiKeyName = "apikey".equals(auth.type()) && "key".equals(key);
        if (!apiKeyName && !NON_SECRET_AUTH_KEYS.contains(key)) {
          add(at, "auth", v);
        }
      });
    }

    void events(SourceLocation at, List<PostmanEvent> events) {
      for (int i = 0; i < events.size(); i++) {
        String script = String.join("\n", events.get(i).exec());
        Matcher m = SCRIPT_SET.matcher(script);
        while (m.find()) {
          if (isSecretName(m.group(1))) {
            add(at.child(i), "script", m.group(2));
          }
        }
        text(at.child(i), "script", script);
      }
    }

    /** A body: secret-named string properties, and token shapes anywhere. */
    void body(SourceLocation at, String kind, String text) {
      if (text == null || text.isEmpty()) {
        return;
      }
      String body = text.length() > SCAN_LIMIT ? text.substring(0, SCAN_LIMIT) : text;
      Matcher m = JSON_PAIR.matcher(CredentialRules.mayHoldSecretKey(body) ? body : "");
      while (m.find()) {
        if (BODY_SECRET_KEY.matcher(m.group(1)).matches()) {
          add(at, kind, m.group(2));
        }
      }
      text(at, kind, body);
    }

    /** Free text: only well-known token shapes count as secrets. */
    void text(SourceLocation at, String kind, String text) {
      if (text == null || text.length() < 20 || !CredentialRules.mayHoldTokenShape(text)) {
        return;
      }
      Matcher m = TOKEN_SHAPE.matcher(text.length() > SCAN_LIMIT
          ? text.substring(0, SCAN_LIMIT) : text);
      while (m.find()) {
        add(at, kind, m.group());
      }
    }

    void add(SourceLocation at, String kind, String value) {
      if (value == null) {
        return;
      }
      String v = value.trim();
      if (v.length() < MIN_LENGTH || CredentialRules.isPlaceholder(v)
          || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
        return;
      }
      // A value counts only when it looks like a credential: sample values ("aliquip sint",
      // "secret", an id) and demo words ("postman", "password") would otherwise be masked in
      // every description and name. Auth values are never emitted as literals either way.
      if (!CredentialRules.looksLikeCredential(v)) {
        return;
      }
      found.put(v, Boolean.TRUE);
      String fp = CredentialRules.fingerprint(v);
      if (seen.add(at.pointer() + "\0" + kind + "\0" + fp)) {
        findings.add(new Finding(at, kind, fp));
      }
    }
  }

  /** Returns where each literal credential was found, sorted by pointer; values never shown. */
  public List<Finding> findings() {
    return findings;
  }

  /** Returns whether {@code text} contains a known secret. */
  public boolean containsSecret(String text) {
    if (text == null) {
      return false;
    }
    for (String s : values) {
      if (text.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** Returns {@code text} with every known secret replaced by {@link #MASK}. */
  public String redact(String text) {
    if (text == null || values.isEmpty()) {
      return text;
    }
    String out = text;
    for (String s : values) {
      if (out.contains(s)) {
        out = out.replace(s, MASK);
      }
    }
    return out;
  }

  /** Returns how many distinct secret values were found. */
  public int count() {
    return values.size();
  }

  @Override
  public String toString() {
    return "Secrets[" + values.size() + " values, " + findings.size() + " places]";
  }
}
