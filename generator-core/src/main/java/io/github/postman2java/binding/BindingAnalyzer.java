package io.github.postman2java.binding;

import io.github.postman2java.collection.Placeholder;
import io.github.postman2java.collection.PostmanAuth;
import io.github.postman2java.collection.PostmanBody;
import io.github.postman2java.collection.PostmanFormField;
import io.github.postman2java.collection.PostmanKeyValue;
import io.github.postman2java.collection.PostmanRequest;
import io.github.postman2java.collection.PostmanUrl;
import io.github.postman2java.collection.PostmanVariable;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.binding.Binding.Body;
import io.github.postman2java.binding.Binding.BodyKind;
import io.github.postman2java.binding.Binding.Field;
import io.github.postman2java.binding.Binding.Location;
import io.github.postman2java.binding.Binding.Pair;
import io.github.postman2java.binding.Binding.Param;
import io.github.postman2java.binding.Binding.ParamType;
import io.github.postman2java.binding.Binding.Part;
import io.github.postman2java.binding.Binding.Template;
import io.github.postman2java.names.JavaNames;
import io.github.postman2java.names.Namespace;
import io.github.postman2java.sample.GraphqlVariable;
import io.github.postman2java.secrets.CredentialNames;
import io.github.postman2java.secrets.Redacted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Works out how a request goes on the wire and which method parameters it needs, the way
 * Postman's runtime (newman) sends it.
 *
 * <ul>
 *   <li>{@code {{var}}} in scheme, host or port → the client's configured base URL.
 *   <li>{@code {{var}}} and {@code :var} path segments → String parameters, one per variable,
 *       each encoded as exactly one segment at run time.
 *   <li>Query parameters → parameters: {@code {{var}}} values by variable, constants by key with
 *       the constant as default ({@code null} sends it as written), keys repeated with constant
 *       values → one {@code List<String>}. Disabled entries are omitted.
 *   <li>Headers: constants sent as written; {@code {{var}}} values, and values of headers whose
 *       names mark a credential → parameters. Headers the JDK client refuses (Host,
 *       Content-Length, ...) are dropped with P2J021.
 *   <li>Bodies: raw JSON → the model, raw text → String with the content type of its language,
 *       urlencoded fields and multipart text parts → parameters like query parameters, file parts
 *       and file bodies → {@code BinaryContent}, GraphQL → the query text plus one typed
 *       parameter per top-level variable.
 *   <li>Auth, after inheritance: bearer, basic, API key (header or query), OAuth 2 (header with
 *       its prefix, or {@code access_token} query); other types → P2J020 and the client's
 *       request customizer.
 * </ul>
 */
final class BindingAnalyzer {
  private static final Set<String> RESTRICTED = Set.of(
      "host", "content-length", "connection", "expect", "upgrade", "transfer-encoding",
      "keep-alive", "te", "trailer", "http2-settings");

  private final Diagnostics diagnostics;

  BindingAnalyzer(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Parameters being allocated for one request. */
  private static final class Params {
    final Namespace names = new Namespace(Set.of("body"));
    final Map<String, String> byVar = new HashMap<>();
    final List<Param> list = new ArrayList<>();

    /** Returns the parameter of a variable, creating it on first use. */
    String variable(String var, Location location) {
      String existing = byVar.get(var);
      if (existing != null) {
        return existing;
      }
      String name = allocate(var, location);
      byVar.put(var, name);
      list.add(new Param(name, var, location, ParamType.STRING, List.of(), Placeholder.of(var)));
      return name;
    }

    String add(String wireName, Location location, ParamType type, List<String> defaults,
        String source) {
      String name = allocate(wireName, location);
      list.add(new Param(name, wireName, location, type, defaults, source));
      return name;
    }

    private String allocate(String wireName, Location location) {
      String base = JavaNames.camel(wireName, "param");
      return names.allocate(base, base + JavaNames.pascal(location.name(), "Param"));
    }
  }

  /**
   * Analyzes one request.
   *
   * @param jsonBody whether a raw body is sent as the JSON model (else as text)
   */
  Binding analyze(PostmanRequest request, PostmanAuth auth, boolean jsonBody,
      List<GraphqlVariable> graphqlVariables) {
    PostmanUrl url = request.url();
    Params params = new Params();
    Map<String, String> pathValues = new HashMap<>();
    for (PostmanVariable v : url.variables()) {
      pathValues.putIfAbsent(v.key(), v.value());
    }
    List<Template> path = new ArrayList<>();
    for (String seg : url.path()) {
      String var = Placeholder.pathVariable(seg);
      if (var != null) {
        String name = params.byVar.get(":" + var);
        if (name == null) {
          name = params.add(var, Location.PATH, ParamType.STRING, List.of(),
              pathValues.getOrDefault(var, ""));
          params.byVar.put(":" + var, name);
        }
        path.add(new Template(List.of(new Part(null, name))));
      } else {
        path.add(template(seg, Location.PATH, params));
      }
    }
    List<Pair> query = pairs(url.query().stream()
        .map(q -> new PostmanFormField(q.key(), q.value(), false, null, q.disabled(), null))
        .toList(), Location.QUERY, params, new ArrayList<>());
    List<Pair> headers = new ArrayList<>();
    for (PostmanKeyValue h : request.headers()) {
      if (h.disabled() || h.key().isBlank()) {
        continue;
      }
      // Placeholder names do not reach the wire; only the literal text of a value counts.
      String literalText = Placeholder.withoutVariables(h.value());
      if (!isToken(h.key().trim()) || literalText.indexOf('\r') >= 0
          || literalText.indexOf('\n') >= 0) {
        // Sent as a constant it would make every call fail in the JDK: drop it at generation.
        diagnostics.warn(DiagnosticCode.P2J021_RESTRICTED_HEADER, request.location(),
            "a header name is not an HTTP token or its value holds CR/LF; dropped");
        continue;
      }
      if (RESTRICTED.contains(h.key().toLowerCase(Locale.ROOT).trim())) {
        diagnostics.warn(DiagnosticCode.P2J021_RESTRICTED_HEADER, request.location(),
            "header '" + h.key().trim() + "' cannot be set by java.net.http; dropped");
        continue;
      }
      Template value = template(h.value(), Location.HEADER, params);
      if (value.isLiteral() && (CredentialNames.isSecretName(h.key())
          || Redacted.contains(h.value()))) {
        value = new Template(List.of(new Part(null,
            params.add(h.key(), Location.HEADER, ParamType.STRING, List.of(), ""))));
      }
      headers.add(new Pair(h.key(), value));
    }
    Body body = body(request.body(), jsonBody, graphqlVariables, params);
    return new Binding(origin(url), path, query, headers, body, params.list,
        AuthBinder.bind(auth, request, diagnostics));
  }

  /**
   * Query parameters, urlencoded fields and multipart text parts: constants by key with the
   * constant as default, constants under a repeated key as one list, {@code {{var}}} templates by
   * variable; secret-named constants become parameters without a default.
   */
  private static List<Pair> pairs(List<PostmanFormField> entries, Location location,
      Params params, List<Field> fields) {
    Map<String, List<PostmanFormField>> byKey = new LinkedHashMap<>();
    for (PostmanFormField e : entries) {
      if (!e.disabled() && !e.key().isEmpty()) {
        byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
      }
    }
    List<Pair> out = new ArrayList<>();
    Map<String, Boolean> listDone = new HashMap<>();
    for (PostmanFormField e : entries) {
      if (e.disabled() || e.key().isEmpty()) {
        continue;
      }
      List<PostmanFormField> same = byKey.get(e.key());
      Template value;
      if (e.file()) {
        value = new Template(List.of(new Part(null, params.add(e.key(), location,
            ParamType.CONTENT, List.of(), e.value()))));
      } else if (same.size() > 1 && same.stream().allMatch(s -> !s.file()
          && !Placeholder.contains(s.value()) && !Redacted.contains(s.value()))
          && !CredentialNames.isSecretName(e.key())) {
        if (listDone.put(e.key(), true) != null) {
          continue;
        }
        value = new Template(List.of(new Part(null, params.add(e.key(), location,
            ParamType.STRING_LIST, same.stream().map(PostmanFormField::value).toList(), ""))));
      } else if (Placeholder.contains(e.value())) {
        value = template(e.value(), location, params);
      } else {
        boolean secret = CredentialNames.isSecretName(e.key()) || Redacted.contains(e.value());
        value = new Template(List.of(new Part(null, params.add(e.key(), location,
            ParamType.STRING, secret ? List.of() : List.of(e.value()),
            secret ? "" : e.value()))));
      }
      out.add(new Pair(e.key(), value));
      fields.add(new Field(e.key(), value, e.file(), e.contentType()));
    }
    return out;
  }

  /**
   * Splits text into literal parts and one parameter per {@code {{var}}}; a redacted credential
   * becomes a parameter the caller must supply (it is never sent as its marker).
   */
  private static Template template(String text, Location location, Params params) {
    List<Part> parts = new ArrayList<>();
    for (Placeholder.Piece piece : Placeholder.split(text)) {
      if (piece.variable() != null) {
        parts.add(new Part(null, params.variable(piece.variable(), location)));
        continue;
      }
      String literal = piece.literal();
      Matcher m = Redacted.pattern().matcher(literal);
      int at = 0;
      while (m.find()) {
        if (m.start() > at) {
          parts.add(new Part(literal.substring(at, m.start()), null));
        }
        parts.add(new Part(null, params.add(m.group(1), location, ParamType.STRING, List.of(),
            "")));
        at = m.end();
      }
      if (at < literal.length() || at == 0) {
        parts.add(new Part(literal.substring(at), null));
      }
    }
    return new Template(parts);
  }

  private static Body body(PostmanBody body, boolean jsonBody,
      List<GraphqlVariable> graphqlVariables, Params params) {
    if (body == null || body.disabled()) {
      return Body.NONE;
    }
    // A switch expression: a body mode the binding does not handle fails compilation.
    return switch (body.mode()) {
      case RAW -> {
        if (body.raw() == null || body.raw().isEmpty()) {
          yield Body.NONE;
        }
        yield new Body(jsonBody ? BodyKind.JSON : BodyKind.TEXT,
            contentTypeOf(body.language()), List.of(), null);
      }
      case URLENCODED, FORMDATA -> {
        boolean form = body.mode() == PostmanBody.Mode.URLENCODED;
        List<Field> fields = new ArrayList<>();
        pairs(form ? body.fields().stream().filter(f -> !f.file()).toList() : body.fields(),
            form ? Location.FORM : Location.PART, params, fields);
        yield new Body(form ? BodyKind.URLENCODED : BodyKind.MULTIPART,
            form ? "application/x-www-form-urlencoded" : null, fields, null);
      }
      case FILE -> {
        if (body.fileSrc() == null) {
          yield Body.NONE;
        }
        params.list.add(new Param("body", "file", Location.FILE, ParamType.CONTENT, List.of(),
            body.fileSrc()));
        yield new Body(BodyKind.FILE, null, List.of(), null);
      }
      case GRAPHQL -> {
        Template query = template(body.raw() == null ? "" : body.raw(),
            Location.GRAPHQL_QUERY, params);
        graphqlVariables(graphqlVariables, params);
        yield new Body(BodyKind.GRAPHQL, "application/json", List.of(), query);
      }
      case NONE -> Body.NONE;
    };
  }

  /** One typed parameter per top-level GraphQL variable; constants are the defaults. */
  private static void graphqlVariables(List<GraphqlVariable> variables, Params params) {
    for (GraphqlVariable v : variables) {
      String written = v.written();
      boolean variable = Placeholder.contains(written) || Redacted.contains(written);
      ParamType type = switch (v.kind()) {
        case STRING -> ParamType.STRING;
        case LONG -> ParamType.LONG;
        case DOUBLE -> ParamType.DOUBLE;
        case BOOLEAN -> ParamType.BOOLEAN;
        case JSON -> ParamType.JSON;
      };
      params.add(v.name(), Location.GRAPHQL, type,
          variable ? List.of() : List.of(written), Redacted.contains(written) ? "" : written);
    }
  }

  /** The content type Postman sends for a raw body of this language. */
  static String contentTypeOf(String language) {
    if (language == null) {
      return "text/plain";
    }
    return switch (language) {
      case "json" -> "application/json";
      case "xml" -> "application/xml";
      case "html" -> "text/html";
      case "javascript" -> "application/javascript";
      default -> "text/plain";
    };
  }

  /** Returns the literal origin, or null when any part of it is a variable. */
  static String origin(PostmanUrl url) {
    String host = String.join(".", url.host());
    String protocol = url.protocol() == null ? "https" : url.protocol();
    String port = url.port();
    if (host.isEmpty() || Placeholder.contains(host) || Placeholder.contains(protocol)
        || Placeholder.contains(port)) {
      return null;
    }
    return protocol + "://" + host + (port == null || port.isEmpty() ? "" : ":" + port);
  }

  /** Returns the variable that stands for the base URL, e.g. {@code api-domain}, or null. */
  static String baseUrlVariable(PostmanUrl url) {
    return Placeholder.firstName(String.join(".", url.host()));
  }

  /** RFC 7230 token: the only characters a header name may have. */
  static boolean isToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
