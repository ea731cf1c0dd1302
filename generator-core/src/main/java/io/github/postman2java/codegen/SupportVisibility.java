package io.github.postman2java.codegen;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Opens the runtime's request-building API (package-private by default, so users see only the
 * clients and models) when the overrides file moved a folder's client to a sub-package: the
 * moved client builds its requests with {@code ApiRequest}, sends them through {@code
 * ApiTransport} and pages with {@code Paging}, from another package. Only the declarations of
 * those classes change; their Javadoc already says they are support for generated code.
 */
final class SupportVisibility {
  /** The support classes generated clients call. */
  static final Set<String> USED_BY_CLIENTS =
      Set.of("ApiRequest", "ApiTransport", "Page", "Paging", "ResponseType");

  private static final Pattern TOP = Pattern.compile("(?m)^final class ");
  /** A member of a top-level class without an access modifier: a method, constructor or type. */
  private static final Pattern MEMBER = Pattern.compile(
      "(?m)^  (?!public |private |protected |return |new |throw )"
          + "(?=(?:static |final |abstract )*(?:enum |record |class |interface |<[^>]*> )?"
          + "[A-Za-z][\\w<>,.\\[\\] ?]*\\()"
          + "|(?m)^  (?!public |private |protected )"
          + "(?=(?:static |final )*(?:enum|record|class|interface) )");

  private SupportVisibility() {}

  /** Returns the template text of {@code name} with its package-private API made public. */
  static String open(String name, String text) {
    if (!USED_BY_CLIENTS.contains(name)) {
      return text;
    }
    String top = TOP.matcher(text).replaceAll("public final class ");
    return MEMBER.matcher(top).replaceAll("  public ");
  }
}
