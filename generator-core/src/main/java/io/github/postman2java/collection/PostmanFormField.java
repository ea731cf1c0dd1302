package io.github.postman2java.collection;

/**
 * A urlencoded or formdata entry. For file parts {@code file} is true and {@code value} is the
 * {@code src} as written; it is never opened.
 */
public record PostmanFormField(
    String key, String value, boolean file, String contentType, boolean disabled,
    String description) {

  /** Creates a field; null key or value become empty. */
  public PostmanFormField {
    key = key == null ? "" : key;
    value = value == null ? "" : value;
  }
}
