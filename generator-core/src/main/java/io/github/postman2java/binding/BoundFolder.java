package io.github.postman2java.binding;

import java.util.List;

/**
 * A folder (or the collection itself) with its sub-folders and requests, each in file order.
 *
 * @param description the folder's description, or {@code null}
 */
public record BoundFolder(String name, String description, List<BoundFolder> folders,
    List<BoundOperation> operations) {

  /** Creates a folder. */
  public BoundFolder {
    folders = List.copyOf(folders);
    operations = List.copyOf(operations);
  }
}
