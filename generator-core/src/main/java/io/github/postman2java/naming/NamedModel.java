package io.github.postman2java.naming;

import io.github.postman2java.binding.Binding;
import java.util.List;
import java.util.Set;

/**
 * The naming stage's output: everything the generators need, with every name decided.
 *
 * @param modelTypes top-level model types, sorted by name
 * @param errorCodes the constants of the collection's error-code enum (without UNKNOWN)
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
    List<TypeDecl> modelTypes,
    ClientGroup root,
    Set<Binding.AuthKind> authKinds,
    String baseUrlDefault,
    String baseUrlVariable) {

  /** Creates a named model. */
  public NamedModel {
    errorCodes = List.copyOf(errorCodes);
    modelTypes = List.copyOf(modelTypes);
    authKinds = Set.copyOf(authKinds);
  }
}
