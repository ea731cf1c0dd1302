package io.github.postman2java.naming;

import java.util.Objects;

/** A resolved Java type, described without JavaPoet so the naming stage stays pure. */
public sealed interface TypeRef {

  /** A scalar with its fixed Java type (from {@link JavaType#of}). */
  record Scalar(JavaType type) implements TypeRef {
    /** Creates a scalar reference. */
    public Scalar {
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * A generated model type: a top-level type, or a type nested in one.
   *
   * @param nested the nested simple name, or {@code null} for the top-level type itself
   */
  record Named(String topLevel, String nested) implements TypeRef {
    /** Creates a named reference. */
    public Named {
      Objects.requireNonNull(topLevel, "topLevel");
    }
  }

  /** {@code List<item>}. */
  record ListOf(TypeRef item) implements TypeRef {}

  /** {@code Map<String, value>}. */
  record MapOf(TypeRef value) implements TypeRef {}

  /**
   * A class the generator does not declare: a JDK type without a {@link Shape.Scalar} ({@code
   * java.lang.Integer}) or the user's own, chosen in the overrides file.
   *
   * @param qualifiedName e.g. {@code com.acme.Money}; nested classes with {@code $}
   */
  record External(String qualifiedName) implements TypeRef {
    /** Creates an external reference. */
    public External {
      Objects.requireNonNull(qualifiedName, "qualifiedName");
    }
  }

  /** Any JSON: {@code JsonNode}. */
  record Any() implements TypeRef {}

  /** A non-JSON body: {@code String}. */
  record Text() implements TypeRef {}
}
