package io.github.postman2java.collection;

/** A variable declaration ({@code key} or {@code id}), with its value rendered as text. */
public record PostmanVariable(
    String key, String value, String type, boolean disabled, String description) {

  /** Creates a variable; {@code key} and {@code value} default to empty. */
  public PostmanVariable {
    key = key == null ? "" : key;
    value = value == null ? "" : value;
  }
}
