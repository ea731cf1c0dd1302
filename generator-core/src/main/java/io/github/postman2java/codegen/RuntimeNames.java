package io.github.postman2java.codegen;

import io.github.postman2java.binding.Binding.AuthKind;
import io.github.postman2java.binding.Binding.BodyKind;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The names generated code uses from the runtime support classes ({@code runtime/*.java.txt}),
 * in one place. Switches are exhaustive: a new auth kind that is not mapped here fails
 * compilation instead of a golden file.
 */
final class RuntimeNames {
  private RuntimeNames() {}

  /** The {@code ApiRequest.Auth} constant for {@code kind}, or {@code null} for no auth. */
  static String auth(AuthKind kind) {
    return switch (kind) {
      case NONE -> null;
      case BEARER -> "BEARER";
      case BASIC -> "BASIC";
      case API_KEY_HEADER -> "API_KEY_HEADER";
      case API_KEY_QUERY -> "API_KEY_QUERY";
      case OAUTH2_HEADER -> "OAUTH2_HEADER";
      case OAUTH2_QUERY -> "OAUTH2_QUERY";
      case UNSUPPORTED -> "CUSTOM";
    };
  }

  /**
   * The constants of the runtime's {@code ApiRequest.BodyKind}: {@link BodyKind} is the one
   * definition, the template's enum is generated from it (and {@code
   * RequestFactoryGenerator.bodyCalls} switches over it exhaustively).
   */
  static String bodyKinds() {
    return Arrays.stream(BodyKind.values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
