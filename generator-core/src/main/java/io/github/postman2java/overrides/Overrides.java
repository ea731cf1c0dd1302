package io.github.postman2java.overrides;

import io.github.postman2java.diag.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * What the user decided, read from the overrides file ({@code <collection>.postman2java.json}).
 * Immutable; every rule keeps the location of its key so a rule that matches nothing, conflicts
 * or names a missing type is reported at {@code file:line:col} of the overrides file.
 *
 * @param file the display name of the overrides file, or {@code null} for no file
 */
public record Overrides(
    String file,
    List<TypeRule> types,
    List<FieldRule> fields,
    List<OperationRule> operations,
    List<FolderRule> folders,
    List<TypeSet> sameTypes,
    List<TypeSet> distinctTypes,
    ErrorCodeRule errorCode) {

  /** No overrides. */
  public static final Overrides NONE =
      new Overrides(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);

  /** Creates overrides. */
  public Overrides {
    types = List.copyOf(types);
    fields = List.copyOf(fields);
    operations = List.copyOf(operations);
    folders = List.copyOf(folders);
    sameTypes = List.copyOf(sameTypes);
    distinctTypes = List.copyOf(distinctTypes);
  }

  /** Whether there is nothing to apply. */
  public boolean isEmpty() {
    return types.isEmpty() && fields.isEmpty() && operations.isEmpty() && folders.isEmpty()
        && sameTypes.isEmpty() && distinctTypes.isEmpty() && errorCode == null;
  }

  /**
   * A model type: its Java name, and for an enum the Java names of its constants by wire value.
   *
   * @param name the new simple name, or {@code null}
   */
  public record TypeRule(TypeAddress type, String name, Map<String, String> constants,
      SourceLocation at) {
    /** Creates a type rule. */
    public TypeRule {
      constants = Map.copyOf(constants);
    }
  }

  /**
   * One body member: every part is optional ({@code null} leaves inference's decision).
   *
   * @param javaName the record component's Java name
   * @param type the Java type to use instead of the inferred one
   * @param enumValues {@code false}: no enum; {@code true}: keep inference; a list: an enum of
   *     exactly these wire values (see {@link EnumSetting})
   * @param required whether the member is present in every body
   * @param nullable whether the member may be {@code null}
   * @param constants Java names of enum constants by wire value
   */
  public record FieldRule(MemberAddress member, String javaName, TypeExpr type,
      EnumSetting enumValues, Boolean required, Boolean nullable, Map<String, String> constants,
      SourceLocation at) {
    /** Creates a field rule. */
    public FieldRule {
      constants = Map.copyOf(constants);
    }
  }

  /** Enum inference for a member: off, or on with exactly the listed wire values. */
  public record EnumSetting(boolean enabled, List<String> values) {
    /** Creates a setting; values are kept in the order written. */
    public EnumSetting {
      values = List.copyOf(values);
    }
  }

  /**
   * One request: its method name, or whether it is generated at all.
   *
   * @param exclude {@code true} leaves it out, {@code false} keeps it inside an excluded folder
   */
  public record OperationRule(OperationAddress operation, String method, Boolean exclude,
      SourceLocation at) {}

  /**
   * One folder ({@code "Leads/Archive"}; {@code ""} is the collection itself).
   *
   * @param client the client class name
   * @param subPackage a sub-package of the client package for this folder's client
   * @param exclude {@code true} leaves the folder out, {@code false} keeps it
   */
  public record FolderRule(List<String> folder, String client, String subPackage,
      Boolean exclude, SourceLocation at) {
    /** Creates a folder rule. */
    public FolderRule {
      folder = List.copyOf(folder);
    }
  }

  /** Types that are one type ({@code sameTypes}) or must stay apart ({@code distinctTypes}). */
  public record TypeSet(List<TypeAddress> types, SourceLocation at) {
    /** Creates a type set. */
    public TypeSet {
      types = List.copyOf(types);
    }
  }

  /**
   * The body member holding the API's error code, when the usual names ({@code code}, {@code
   * error_code}, {@code error}) do not find it.
   */
  public record ErrorCodeRule(String member, SourceLocation at) {}
}
