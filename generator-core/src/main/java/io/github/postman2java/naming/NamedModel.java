package io.github.postman2java.naming;

import io.github.postman2java.binding.Binding;
import java.util.List;
import java.util.Map;
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
 * @param clientPackages the package of each client class a folder rule moved out of {@code
 *     basePackage} ({@code "package"} in the overrides file)
 * @param typePackages the package of each top-level type used only by the clients of one such
 *     package ({@code <that package>.model}); the others live in {@code modelPackage}
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
    String baseUrlVariable,
    Map<String, String> clientPackages,
    Map<String, String> typePackages) {

  /** Creates a named model. */
  public NamedModel {
    errorCodes = List.copyOf(errorCodes);
    errorCodePlaces = List.copyOf(errorCodePlaces);
    modelTypes = List.copyOf(modelTypes);
    authKinds = Set.copyOf(authKinds);
    clientPackages = Map.copyOf(clientPackages);
    typePackages = Map.copyOf(typePackages);
  }

  /** Creates a named model with every client in {@code basePackage}, every type in the model one. */
  public NamedModel(String collectionFile, String collectionName, String basePackage,
      String modelPackage, String clientClass, String errorCodeEnum,
      List<TypeDecl.EnumConstant> errorCodes, List<CodePlace> errorCodePlaces,
      List<TypeDecl> modelTypes, ClientGroup root,
      Set<Binding.AuthKind> authKinds, String baseUrlDefault, String baseUrlVariable) {
    this(collectionFile, collectionName, basePackage, modelPackage, clientClass, errorCodeEnum,
        errorCodes, errorCodePlaces, modelTypes, root, authKinds, baseUrlDefault, baseUrlVariable, Map.of(),
        Map.of());
  }

  /** The package of a client class. */
  public String clientPackage(String className) {
    return clientPackages.getOrDefault(className, basePackage);
  }

  /** The package of a top-level model type. */
  public String typePackage(String topLevel) {
    return typePackages.getOrDefault(topLevel, modelPackage);
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
