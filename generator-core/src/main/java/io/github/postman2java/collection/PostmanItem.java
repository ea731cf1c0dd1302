package io.github.postman2java.collection;

import io.github.postman2java.diag.SourceLocation;

/** A node of the collection tree: a folder or a request. */
public sealed interface PostmanItem permits PostmanFolder, PostmanRequestItem {
  /** Returns the item's name as written (may be empty). */
  String name();

  /** Returns the description text, or {@code null}. */
  String description();

  /** Returns where the item is in the file. */
  SourceLocation location();
}
