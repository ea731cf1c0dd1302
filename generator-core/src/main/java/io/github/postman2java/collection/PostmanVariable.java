package io.github.postman2java.collection;

import io.github.postman2java.diag.SourceLocation;

/**
 * A variable declaration ({@code key} or {@code id}), with its value rendered as text.
 *
 * @param location where the variable is declared when that is not the collection's own {@code
 *     variable} array at this variable's index (an environment or globals file), else {@code
 *     null}
 */
public record PostmanVariable(
    String key, String value, String type, boolean disabled, String description,
    SourceLocation location) {

  /** Creates a variable; {@code key} and {@code value} default to empty. */
  public PostmanVariable {
    key = key == null ? "" : key;
    value = value == null ? "" : value;
  }

  /** Creates a variable declared where its list is. */
  public PostmanVariable(String key, String value, String type, boolean disabled,
      String description) {
    this(key, value, type, disabled, description, null);
  }

  /** Returns this variable declared at {@code at}. */
  public PostmanVariable at(SourceLocation at) {
    return new PostmanVariable(key, value, type, disabled, description, at);
  }
}
