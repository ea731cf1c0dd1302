package io.github.postman2java.naming;

import java.util.List;

/**
 * A client class: the root client or one per folder, with its operations and sub-folders.
 *
 * @param title the folder's (or collection's) name as written, secrets masked
 */
public record ClientGroup(
    String className,
    String accessor,
    String title,
    List<String> docLines,
    List<OperationDecl> operations,
    List<ClientGroup> children) {

  /** Creates a client group. */
  public ClientGroup {
    docLines = List.copyOf(docLines);
    operations = List.copyOf(operations);
    children = List.copyOf(children);
  }
}
