package io.github.postman2java.naming;

import java.util.List;

/** A generated model type: a record or an open enum. */
public sealed interface TypeDecl {
  /** Returns the simple name. */
  String simpleName();

  /**
   * A record.
   *
   * @param nested types declared inside this one (only on top-level types)
   * @param builder whether to generate a builder (request bodies)
   * @param docLines Javadoc lines (raw user text; escaped by the generator)
   */
  record RecordDecl(String simpleName, List<FieldDecl> fields, List<TypeDecl> nested,
      boolean builder, List<String> docLines) implements TypeDecl {
    /** Creates a record declaration. */
    public RecordDecl {
      fields = List.copyOf(fields);
      nested = List.copyOf(nested);
      docLines = List.copyOf(docLines);
    }
  }

  /** An open enum whose unknown values become {@code UNKNOWN}. */
  record EnumDecl(String simpleName, List<EnumConstant> constants, List<String> docLines)
      implements TypeDecl {
    /** Creates an enum declaration. */
    public EnumDecl {
      constants = List.copyOf(constants);
      docLines = List.copyOf(docLines);
    }
  }

  /** One enum constant and the wire value it stands for, with Javadoc lines. */
  record EnumConstant(String javaName, String wireValue, List<String> docLines) {
    /** Creates an enum constant. */
    public EnumConstant {
      docLines = List.copyOf(docLines);
    }
  }
}
