package io.github.postman2java.naming;

import io.github.postman2java.collection.PostmanAuth;
import io.github.postman2java.collection.PostmanCollection;
import io.github.postman2java.collection.PostmanFolder;
import io.github.postman2java.collection.PostmanItem;
import io.github.postman2java.collection.PostmanKeyValue;
import io.github.postman2java.collection.PostmanRequest;
import io.github.postman2java.collection.PostmanRequestItem;
import io.github.postman2java.collection.PostmanResponse;
import io.github.postman2java.collection.PostmanVariable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The literal credentials a collection holds: every auth parameter value, and the values of
 * variables, headers and query parameters whose names say they are secret. Generated code never
 * contains them as constants, and {@link #redact} removes them from any text that is emitted
 * (descriptions, messages), wherever the author pasted them.
 */
public final class Secrets {
  private static final Pattern SECRET_NAME = Pattern.compile(
      "(?i).*(token|secret|passw|pwd|api[-_]?key|apikey|auth|credential|session|cookie"
          + "|signature|private|client[-_]?id|access[-_]?key|bearer|jwt|sid).*");
  private static final Set<String> NON_SECRET_AUTH_KEYS = Set.of(
      "in", "addtokento", "headerprefix", "tokentype", "granttype", "client_authentication",
      "usebrowser", "tokenname", "algorithm", "signaturemethod", "addparamstoheader",
      "addemptyparamstosign", "disableretryrequest", "challengealgorithm", "qop", "service",
      "region", "version", "realm");
  private static final int MIN_LENGTH = 4;
  /** What a redacted secret reads as. */
  public static final String MASK = "****";

  private final List<String> values;

  private Secrets(List<String> values) {
    this.values = values;
  }

  /** Returns an empty set of secrets. */
  public static Secrets none() {
    return new Secrets(List.of());
  }

  /** Returns whether a header, query or variable name marks its value as a credential. */
  public static boolean isSecretName(String name) {
    return name != null && SECRET_NAME.matcher(name).matches();
  }

  /** Collects every literal secret of {@code collection}. */
  public static Secrets of(PostmanCollection collection) {
    TreeSet<String> found = new TreeSet<>();
    addAuth(found, collection.auth());
    addVariables(found, collection.variables());
    Deque<PostmanItem> work = new ArrayDeque<>(collection.items());
    while (!work.isEmpty()) {
      PostmanItem item = work.pop();
      if (item instanceof PostmanFolder f) {
        addAuth(found, f.auth());
        addVariables(found, f.variables());
        work.addAll(f.items());
      } else if (item instanceof PostmanRequestItem r) {
        addVariables(found, r.variables());
        addRequest(found, r.request());
        for (PostmanResponse resp : r.responses()) {
          if (resp.originalRequest() != null) {
            addRequest(found, resp.originalRequest());
          }
        }
      }
    }
    List<String> sorted = new ArrayList<>(found);
    // Longest first, so a secret containing another is masked whole.
    sorted.sort(Comparator.comparing(String::length).reversed().thenComparing(s -> s));
    return new Secrets(List.copyOf(sorted));
  }

  private static void addRequest(TreeSet<String> found, PostmanRequest request) {
    addAuth(found, request.auth());
    addVariables(found, request.url().variables());
    addPairs(found, request.headers());
    addPairs(found, request.url().query());
    String raw = request.url().raw();
    int scheme = raw.indexOf("://");
    int at = raw.indexOf('@');
    int slash = raw.indexOf('/', scheme < 0 ? 0 : scheme + 3);
    if (scheme >= 0 && at > scheme && (slash < 0 || at < slash)) {
      String userinfo = raw.substring(scheme + 3, at);
      add(found, userinfo);
      int colon = userinfo.indexOf(':');
      if (colon >= 0) {
        add(found, userinfo.substring(colon + 1));
      }
    }
  }

  private static void addPairs(TreeSet<String> found, List<PostmanKeyValue> pairs) {
    for (PostmanKeyValue kv : pairs) {
      if (isSecretName(kv.key())) {
        add(found, kv.value());
        String v = kv.value();
        int space = v.indexOf(' ');
        if (space > 0) {
          add(found, v.substring(space + 1).trim()); // "Bearer abc" → also "abc"
        }
      }
    }
  }

  private static void addVariables(TreeSet<String> found, List<PostmanVariable> variables) {
    for (PostmanVariable v : variables) {
      if (isSecretName(v.key()) || "secret".equalsIgnoreCase(v.type())) {
        add(found, v.value());
      }
    }
  }

  private static void addAuth(TreeSet<String> found, PostmanAuth auth) {
    if (auth == null) {
      return;
    }
    auth.params().forEach((k, v) -> {
      String key = k.toLowerCase(Locale.ROOT);
      boolean apiKeyName = "apikey".equals(auth.type()) && "key".equals(key);
      if (!apiKeyName && !NON_SECRET_AUTH_KEYS.contains(key)) {
        add(found, v);
      }
    });
  }

  private static void add(TreeSet<String> found, String value) {
    if (value == null) {
      return;
    }
    String v = value.trim();
    if (v.length() >= MIN_LENGTH && !v.matches("\\{\\{[^{}]*}}")
        && !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
      found.add(v);
    }
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
    return "Secrets[" + values.size() + " values]";
  }
}
