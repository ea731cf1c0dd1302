package io.github.postman2java.collection;

import java.util.List;
import java.util.Objects;

/**
 * A request body in one of Postman's modes.
 *
 * @param mode the mode; {@link Mode#NONE} for {@code body: {}} without a mode
 * @param raw raw text (mode RAW), GraphQL query (mode GRAPHQL), else {@code null}
 * @param language {@code options.raw.language} (json, xml, text, ...), or {@code null}
 * @param fields urlencoded or formdata entries
 * @param graphqlVariables GraphQL variables JSON text, or {@code null}
 * @param fileSrc file mode source path as written (never opened), or {@code null}
 */
public record PostmanBody(
    Mode mode,
    String raw,
    String language,
    List<PostmanFormField> fields,
    String graphqlVariables,
    String fileSrc,
    boolean disabled) {

  /** Creates a body. */
  public PostmanBody {
    Objects.requireNonNull(mode, "mode");
    fields = List.copyOf(fields);
  }

  /** Body modes of the format, plus NONE for an empty body object. */
  public enum Mode {
    RAW,
    URLENCODED,
    FORMDATA,
    FILE,
    GRAPHQL,
    NONE
  }
}
