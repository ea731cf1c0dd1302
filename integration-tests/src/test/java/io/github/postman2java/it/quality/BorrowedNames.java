package io.github.postman2java.it.quality;

import io.github.postman2java.naming.OperationDecl;
import io.github.postman2java.naming.TypeRef;
import java.util.List;
import java.util.Locale;

/**
 * Detects response types named after another operation: the type's name (without its {@code
 * Response}/{@code Item} suffix) holds some other request's name but not the operation's own, or
 * it is a request type ({@code …Request}) used as a response. A name from what the thing is
 * ({@code Repository}) holds no request name and is never counted.
 */
final class BorrowedNames {
  private static final int MIN_NAME = 6;
  private final List<OperationDecl> operations;

  BorrowedNames(List<OperationDecl> operations) {
    this.operations = operations;
  }

  boolean isBorrowed(OperationDecl op) {
    String type = typeName(op.successType());
    if (type == null) {
      return false;
    }
    if (type.endsWith("Request")) {
      return true;
    }
    String stem = type.replaceFirst("(Response|Item|Result|Error)+$", "")
        .toLowerCase(Locale.ROOT);
    String own = pascal(op.itemName());
    String ownFolder = pascal(lastFolder(op)) + own;
    for (OperationDecl other : operations) {
      String name = pascal(other.itemName());
      if (other == op || name.length() < MIN_NAME) {
        continue;
      }
      if (!name.equals(own) && stem.contains(name) && !stem.contains(own)) {
        return true;
      }
      String otherFolder = pascal(lastFolder(other)) + name;
      if (name.equals(own) && !otherFolder.equals(ownFolder) && stem.contains(otherFolder)
          && !stem.contains(ownFolder)) {
        return true;
      }
    }
    return false;
  }

  /** The simple name of the generated type a response is read as (list items unwrapped). */
  static String typeName(TypeRef ref) {
    TypeRef t = ref;
    while (t instanceof TypeRef.ListOf l) {
      t = l.item();
    }
    if (t instanceof TypeRef.Named n) {
      return n.topLevel();
    }
    return null;
  }

  private static String lastFolder(OperationDecl op) {
    return op.folders().isEmpty() ? "" : op.folders().get(op.folders().size() - 1);
  }

  /** "Create Link Token - Update mode" → "createlinktokenupdatemode" (compared case-blind). */
  static String pascal(String text) {
    return text.replaceAll("[^A-Za-z0-9]+", "").toLowerCase(Locale.ROOT);
  }
}
