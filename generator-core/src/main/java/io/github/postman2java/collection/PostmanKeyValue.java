package io.github.postman2java.collection;

/**
 * A header, query parameter or form field: key, value, whether disabled, and a description.
 * {@code key} and {@code value} are never null (absent becomes empty).
 */
public record PostmanKeyValue(String key, String value, boolean disabled, String description) {

  /** Creates an entry, replacing null key or value with the empty string. */
  public PostmanKeyValue {
    key = key == null ? "" : key;
    value = value == null ? "" : value;
  }
}
