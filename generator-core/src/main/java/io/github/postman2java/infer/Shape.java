package io.github.postman2java.infer;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An inferred JSON shape, without names. Shapes are values: two structurally equal object shapes
 * (same properties, types and optionality, in any order) are equal, which is how identical types
 * are shared across the whole collection.
 */
public sealed interface Shape {

  /** A scalar with a fixed Java mapping. */
  record ScalarShape(Scalar scalar) implements Shape {
    /** Creates a scalar shape. */
    public ScalarShape {
      Objects.requireNonNull(scalar, "scalar");
    }
  }

  /** Scalar kinds, each with exactly one Java type. */
  enum Scalar {
    STRING,
    BOOLEAN,
    LONG,
    BIG_INTEGER,
    DOUBLE,
    BIG_DECIMAL,
    DATE_TIME,
    DATE,
    /** A number in some examples, a string in others ({@code 10100} and {@code "10010"}). */
    NUMBER_OR_STRING
  }

  /**
   * An open enumeration of string constants found at a code-like position.
   *
   * @param values the wire values, sorted
   */
  record EnumShape(List<String> values) implements Shape {
    /** Creates an enum shape. */
    public EnumShape {
      values = values.stream().sorted().distinct().toList();
    }
  }

  /**
   * An object with named properties; property order is first-seen order and does not take part
   * in equality. A class rather than a record so its hash is computed once: shapes are map keys
   * all through naming and rewriting, and nested shapes would otherwise be re-hashed every time.
   */
  final class ObjectShape implements Shape {
    private final List<Property> properties;
    private final List<Property> canonical;
    private final String apart;
    private final int hash;

    /** Creates an object shape. */
    public ObjectShape(List<Property> properties) {
      this(properties, "");
    }

    /**
     * Creates an object shape the user keeps apart from others ({@code "distinctTypes"}):
     * objects with different {@code apart} labels are never equal and never merged, so each
     * becomes a type of its own. {@code ""} is the usual, unlabelled object.
     */
    public ObjectShape(List<Property> properties, String apart) {
      this.properties = List.copyOf(properties);
      this.canonical = this.properties.stream()
          .sorted(Comparator.comparing(Property::jsonName))
          .toList();
      this.apart = Objects.requireNonNull(apart, "apart");
      this.hash = apart.isEmpty() ? canonical.hashCode()
          : canonical.hashCode() * 31 + apart.hashCode();
    }

    /** Returns the properties in first-seen order. */
    public List<Property> properties() {
      return properties;
    }

    /** The label of a position the user keeps apart, or {@code ""}. */
    public String apart() {
      return apart;
    }

    /** Returns a shape with other properties and the same label. */
    public ObjectShape withProperties(List<Property> newProperties) {
      return new ObjectShape(newProperties, apart);
    }

    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof ObjectShape other && hash == other.hash
              && canonical.equals(other.canonical) && apart.equals(other.apart);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return "ObjectShape" + (apart.isEmpty() ? "" : "<" + apart + ">") + properties;
    }
  }

  /**
   * One property of an object.
   *
   * @param required present in every sample of the object
   * @param nullable {@code null} was seen at least once
   */
  record Property(String jsonName, Shape shape, boolean required, boolean nullable) {
    /** Creates a property. */
    public Property {
      Objects.requireNonNull(jsonName, "jsonName");
      Objects.requireNonNull(shape, "shape");
    }
  }

  /** A JSON array whose elements all have one shape. */
  record ArrayShape(Shape items) implements Shape {
    /** Creates an array shape. */
    public ArrayShape {
      Objects.requireNonNull(items, "items");
    }
  }

  /** An object used as a dictionary (keys are data, not field names). */
  record MapShape(Shape values) implements Shape {
    /** Creates a map shape. */
    public MapShape {
      Objects.requireNonNull(values, "values");
    }
  }

  /** Anything: no evidence, or evidence that conflicts. Maps to {@code JsonNode}. */
  record AnyShape() implements Shape {}

  /**
   * Only {@code null} (or unquoted placeholders) was seen: no type evidence. Maps to {@code
   * JsonNode} like {@link AnyShape}, but merging it with a typed shape gives that type.
   */
  record NullShape() implements Shape {}

  /**
   * The enclosing object's own type: how a tree ({@code {"children": [<same shape>]}}) is
   * typed. Appears only as a property's shape or the items of a property's array.
   */
  record SelfShape() implements Shape {}
}
