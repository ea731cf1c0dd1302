package io.github.postman2java.naming;

import io.github.postman2java.binding.Binding;
import io.github.postman2java.binding.Pagination;
import io.github.postman2java.infer.BodyModel;
import java.util.List;

/**
 * One request as a client method.
 *
 * @param requestType the body parameter's type, or {@code null} when none is sent
 * @param requestContentType the content type of a JSON or text body
 * @param successType the 2xx body type, or {@code null} for no content or binary content
 * @param successBinary whether 2xx bodies are binary ({@code byte[]})
 * @param pagination how the request pages, or {@code null} when it does not (or the examples do
 *     not show it)
 * @param requestTemplate whether the collection's request body is a template: placeholders
 *     ({@code "<integer>"}, {@code {{var}}}) stand where its type has no string
 */
public record OperationDecl(
    String pointer,
    String itemName,
    List<String> folders,
    String httpMethod,
    String rawUrl,
    String javaMethod,
    List<String> docLines,
    Binding binding,
    TypeRef requestType,
    String requestContentType,
    TypeRef successType,
    boolean successBinary,
    BodyModel.Kind successKind,
    List<ErrorBinding> errors,
    List<ExampleRef> examples,
    Pagination pagination,
    boolean requestTemplate) {

  /** Creates an operation declaration. */
  public OperationDecl {
    folders = List.copyOf(folders);
    docLines = List.copyOf(docLines);
    errors = List.copyOf(errors);
    examples = List.copyOf(examples);
  }

  /** The error body type of a status class. */
  public record ErrorBinding(int statusClass, List<Integer> statuses, TypeRef type) {}

  /** A saved example and the type its body is read as ({@code null} when not modelled). */
  public record ExampleRef(String pointer, String name, int status, TypeRef bodyType) {}
}
