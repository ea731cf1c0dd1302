package io.github.postman2java.binding;

import java.util.List;
import java.util.Objects;

/**
 * How one request goes on the wire: origin, path, query, headers, body, auth, and the method
 * parameters that feed them.
 *
 * @param origin a literal scheme://host[:port] that differs from the client's base URL, or
 *     {@code null} to use the configured base URL
 * @param path one template per path segment
 * @param query query parameters in file order (disabled ones already left out)
 * @param headers headers in file order (disabled and restricted ones already left out)
 * @param body how the body is sent
 * @param params the method parameters, in declaration order
 */
public record Binding(
    String origin,
    List<Template> path,
    List<Pair> query,
    List<Pair> headers,
    Body body,
    List<Param> params,
    Auth auth) {

  /** Creates a binding. */
  public Binding {
    path = List.copyOf(path);
    query = List.copyOf(query);
    headers = List.copyOf(headers);
    Objects.requireNonNull(body, "body");
    params = List.copyOf(params);
  }

  /** One piece of a template: literal text, or the value of a method parameter. */
  public record Part(String literal, String param) {
    /** Creates a part; exactly one of {@code literal} and {@code param} is set. */
    public Part {
      if ((literal == null) == (param == null)) {
        throw new IllegalArgumentException("exactly one of literal and param");
      }
    }
  }

  /** Text made of literal parts and parameter values ({@code pre-{{var}}-post}). */
  public record Template(List<Part> parts) {
    /** Creates a template. */
    public Template {
      parts = List.copyOf(parts);
    }

    /** Returns whether the template has no parameter. */
    public boolean isLiteral() {
      return parts.stream().allMatch(p -> p.literal() != null);
    }

    /** Returns the literal text (parameters rendered as {@code {name}}). */
    public String text() {
      StringBuilder s = new StringBuilder();
      parts.forEach(p -> s.append(p.literal() != null ? p.literal() : "{" + p.param() + "}"));
      return s.toString();
    }
  }

  /** A query parameter, header or urlencoded field: a key and a value template. */
  public record Pair(String key, Template value) {}

  /**
   * The request body.
   *
   * @param contentType the content type sent unless a header sets one, or {@code null}
   * @param fields urlencoded fields and multipart parts
   * @param graphqlQuery the GraphQL query (mode GRAPHQL): its text, with one parameter per
   *     {@code {{var}}} in it, as in paths and headers
   */
  public record Body(BodyKind kind, String contentType, List<Field> fields,
      Template graphqlQuery) {
    /** Creates a body. */
    public Body {
      Objects.requireNonNull(kind, "kind");
      fields = List.copyOf(fields);
    }

    /** No body. */
    public static final Body NONE = new Body(BodyKind.NONE, null, List.of(), null);
  }

  /** Body modes as sent. */
  public enum BodyKind {
    NONE,
    JSON,
    TEXT,
    URLENCODED,
    MULTIPART,
    FILE,
    GRAPHQL
  }

  /**
   * A urlencoded field or multipart part.
   *
   * @param file whether the part is a file (its value is one {@code BinaryContent} parameter)
   * @param contentType the part's content type as written, or {@code null}
   */
  public record Field(String key, Template value, boolean file, String contentType) {}

  /**
   * A method parameter.
   *
   * @param javaName the Java parameter name
   * @param wireName the variable, key or file name the parameter stands for
   * @param defaults the values sent when the argument is {@code null} (constants as written);
   *     empty when {@code null} leaves the value out
   * @param source what the collection writes for this value ({@code {{var}}}, a constant, a file
   *     src, a GraphQL variable's JSON): for tools that replay a collection through the client.
   *     Never a credential: secret constants have an empty source.
   */
  public record Param(String javaName, String wireName, Location location, ParamType type,
      List<String> defaults, String source) {
    /** Creates a parameter. */
    public Param {
      defaults = List.copyOf(defaults);
    }
  }

  /** Where a parameter goes. */
  public enum Location {
    PATH,
    QUERY,
    HEADER,
    FORM,
    PART,
    FILE,
    GRAPHQL,
    /** A {@code {{var}}} in the GraphQL query text, sent as written in its place. */
    GRAPHQL_QUERY
  }

  /** A parameter's Java type. */
  public enum ParamType {
    STRING,
    STRING_LIST,
    CONTENT,
    LONG,
    DOUBLE,
    BOOLEAN,
    JSON
  }

  /**
   * The resolved auth of a request (after inheritance).
   *
   * @param name for API keys the header or query parameter name; for OAuth 2 in a header the
   *     header prefix (empty for none), in the query the parameter name
   * @param type the auth type as written, for unsupported kinds
   */
  public record Auth(AuthKind kind, String name, String type) {}

  /** Auth kinds the generated client implements. */
  public enum AuthKind {
    NONE,
    BEARER,
    BASIC,
    API_KEY_HEADER,
    API_KEY_QUERY,
    OAUTH2_HEADER,
    OAUTH2_QUERY,
    UNSUPPORTED
  }
}
