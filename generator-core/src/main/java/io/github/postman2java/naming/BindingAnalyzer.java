package io.github.postman2java.naming;

import io.github.postman2java.collection.PostmanAuth;
import io.github.postman2java.collection.PostmanKeyValue;
import io.github.postman2java.collection.PostmanRequest;
import io.github.postman2java.collection.PostmanUrl;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.naming.Binding.Auth;
import io.github.postman2java.naming.Binding.AuthKind;
import io.github.postman2java.naming.Binding.Header;
import io.github.postman2java.naming.Binding.Location;
import io.github.postman2java.naming.Binding.Param;
import io.github.postman2java.naming.Binding.Query;
import io.github.postman2java.naming.Binding.Segment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out how a request goes on the wire and which method parameters it needs.
 *
 * <ul>
 *   <li>{@code {{var}}} in scheme, host or port → the client's configured base URL.
 *   <li>{@code {{var}}} and {@code :var} path segments → String parameters, one per variable.
 *   <li>Query parameters and headers with {@code {{var}}} values, or whose names mark a
 *       credential, → parameters; other values are sent as written. Disabled entries are omitted.
 *   <li>Headers the JDK client refuses (Host, Content-Length, ...) are dropped with P2J021.
 * </ul>
 */
final class BindingAnalyzer {
  private static final Pattern VAR = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
  private static final Set<String> RESTRICTED = Set.of(
      "host", "content-length", "connection", "expect", "upgrade", "transfer-encoding",
      "keep-alive", "te", "trailer", "http2-settings");

  private final Diagnostics diagnostics;

  BindingAnalyzer(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  Binding analyze(PostmanRequest request, PostmanAuth auth) {
    PostmanUrl url = request.url();
    Namespace names = new Namespace(Set.of("body"));
    Map<String, String> paramByVar = new LinkedHashMap<>();
    List<Param> params = new ArrayList<>();
    List<Segment> path = new ArrayList<>();
    for (String seg : url.path()) {
      Matcher m = VAR.matcher(seg);
      if (seg.startsWith(":") && seg.length() > 1) {
        String var = seg.substring(1);
        path.add(new Segment("", param(var, Location.PATH, names, paramByVar, params), ""));
      } else if (m.find()) {
        String param = param(m.group(1), Location.PATH, names, paramByVar, params);
        path.add(new Segment(seg.substring(0, m.start()), param, seg.substring(m.end())));
      } else {
        path.add(new Segment(seg, null, ""));
      }
    }
    List<Query> query = new ArrayList<>();
    for (PostmanKeyValue q : url.query()) {
      if (q.disabled() || q.key().isEmpty()) {
        continue;
      }
      Matcher m = VAR.matcher(q.value());
      if (m.find()) {
        query.add(new Query(q.key(), null,
            param(m.group(1), Location.QUERY, names, paramByVar, params)));
      } else if (Secrets.isSecretName(q.key())) {
        query.add(new Query(q.key(), null,
            param(q.key(), Location.QUERY, names, paramByVar, params)));
      } else {
        query.add(new Query(q.key(), q.value(), null));
      }
    }
    List<Header> headers = new ArrayList<>();
    for (PostmanKeyValue h : request.headers()) {
      if (h.disabled() || h.key().isBlank()) {
        continue;
      }
      if (RESTRICTED.contains(h.key().toLowerCase(Locale.ROOT).trim())) {
        diagnostics.warn(DiagnosticCode.P2J021_RESTRICTED_HEADER, request.location(),
            "header '" + h.key().trim() + "' cannot be set by java.net.http; dropped");
        continue;
      }
      Matcher m = VAR.matcher(h.value());
      if (m.find()) {
        headers.add(new Header(h.key(), null,
            param(m.group(1), Location.HEADER, names, paramByVar, params)));
      } else if (Secrets.isSecretName(h.key())) {
        headers.add(new Header(h.key(), null,
            param(h.key(), Location.HEADER, names, paramByVar, params)));
      } else {
        headers.add(new Header(h.key(), h.value(), null));
      }
    }
    return new Binding(origin(url), path, query, headers, params, auth(auth, request));
  }

  private static String param(String var, Location location, Namespace names,
      Map<String, String> paramByVar, List<Param> params) {
    String existing = paramByVar.get(var);
    if (existing != null) {
      return existing;
    }
    String base = JavaNames.camel(var, "param");
    String name = names.allocate(base, base + JavaNames.pascal(location.name(), "Param"));
    paramByVar.put(var, name);
    params.add(new Param(name, var, location));
    return name;
  }

  /** Returns the literal origin, or null when any part of it is a variable. */
  static String origin(PostmanUrl url) {
    String host = String.join(".", url.host());
    String protocol = url.protocol() == null ? "https" : url.protocol();
    String port = url.port();
    if (host.isEmpty() || host.contains("{{") || protocol.contains("{{")
        || port != null && port.contains("{{")) {
      return null;
    }
    return protocol + "://" + host + (port == null || port.isEmpty() ? "" : ":" + port);
  }

  /** Returns the variable that stands for the base URL, e.g. {@code api-domain}, or null. */
  static String baseUrlVariable(PostmanUrl url) {
    Matcher m = VAR.matcher(String.join(".", url.host()));
    return m.find() ? m.group(1) : null;
  }

  private Auth auth(PostmanAuth auth, PostmanRequest request) {
    if (auth == null) {
      return new Auth(AuthKind.NONE, null, null);
    }
    switch (auth.type()) {
      case "noauth":
        return new Auth(AuthKind.NONE, null, null);
      case "bearer":
      case "oauth2":
        return new Auth(AuthKind.BEARER, null, auth.type());
      case "basic":
        return new Auth(AuthKind.BASIC, null, auth.type());
      case "apikey": {
        String name = auth.param("key");
        if (name.isEmpty() || VAR.matcher(name).find()) {
          name = "X-API-Key";
        }
        boolean query = "query".equalsIgnoreCase(auth.param("in"));
        return new Auth(query ? AuthKind.API_KEY_QUERY : AuthKind.API_KEY_HEADER, name,
            auth.type());
      }
      default:
        diagnostics.warn(DiagnosticCode.P2J020_UNSUPPORTED_AUTH, request.location(),
            "auth type '" + auth.type().replaceAll("[^a-z0-9-]", "")
                + "' is not implemented; use the client's requestCustomizer to sign requests");
        return new Auth(AuthKind.UNSUPPORTED, null, auth.type());
    }
  }

}
