package io.github.postman2java.naming;

import io.github.postman2java.binding.Binding;
import java.util.List;
import java.util.Set;

/**
 * The naming stage's output: everything the generators need, with every name decided.
 *
 * @param modelTypes top-level model types, sorted by name
 * @param errorCodeEnum the error-code enum's simple name (reserved even when there is none)
 * @param errorCodes the constants of the collection's error-code enum (without UNKNOWN); empty
 *     when no error example carries a code, and then no enum is generated
 * @param errorCodePlaces where error bodies hold their code, member paths in reading order
 * @param authKinds the auth kinds some request uses, deciding the client builder's setters
 * @param baseUrlDefault the literal base URL shared by the requests, or {@code null}
 */
public record NamedModel(
    String collectionFile,
    String collectionName,
    String basePackage,
    String modelPackage,
    String clientClass,
    String errorCodeEnum,
    List<TypeDecl.EnumConstant> errorCodes,
    List<CodePlace> errorCodePlaces,
    List<TypeDecl> modelTypes,
    ClientGroup root,
    Set<Binding.AuthKind> authKinds,
    String baseUrlDefault,
    String baseUrlVariable) {

  /** Creates a named model. */
  public NamedModel {
    errorCodes = List.copyOf(errorCodes);
    errorCodePlaces = List.copyOf(errorCodePlaces);
    modelTypes = List.copyOf(modelTypes);
    authKinds = Set.copyOf(authKinds);
  }

  /**
   * Where an error body holds its code.
   *
   * @param members the member names from the root, arrays looked through
   * @param display as a reader writes it, {@code errors[].code}
   */
  public record CodePlace(List<String> members, String display) {
    /** Creates a place. */
    public CodePlace {
      members = List.copyOf(members);
    }
  }

  /** Whether the collection has an error-code enum: some error example carries a code. */
  public boolean hasErrorCodes() {
    return !errorCodes.isEmpty();
  }
}
