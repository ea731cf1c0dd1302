package io.github.postman2java.codegen;

import io.github.postman2java.names.JavaNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The support classes every generated client needs (HTTP transport, response and exception
 * types, URL encoding). They do not depend on the collection, so they are kept as readable Java
 * templates; only the package and the error-code enum's name are substituted, both validated
 * identifiers. A collection without error codes has no enum: the lines between {@code //#if
 * errorcodes} and {@code //#end} (or the {@code //#else} branch) go, so the exception carries
 * status, headers and body but no code.
 */
final class RuntimeTemplates {
  static final List<String> NAMES = JavaNames.RUNTIME_TYPES;
  private static final Pattern ERROR_CODES = Pattern.compile(
      "(?m)^[ \\t]*//#if errorcodes[ \\t]*\\R(.*?)(?:^[ \\t]*//#else[ \\t]*\\R(.*?))?"
          + "^[ \\t]*//#end[ \\t]*\\R", Pattern.DOTALL);

  private RuntimeTemplates() {}

  /**
   * Renders one template.
   *
   * @param errorCodeEnum the error-code enum's simple name, or {@code null} when there is none
   */
  static String render(String name, String packageName, String errorCodeEnum, String header,
      JacksonDialect jackson) {
    String resource = "runtime/" + name + ".java.txt";
    try (InputStream in = RuntimeTemplates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing template " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String kept = errorCodes(text, errorCodeEnum != null);
      return header + jackson.template(kept).replace("__PACKAGE__", packageName)
          .replace("__ERROR_CODE__", errorCodeEnum == null ? "" : errorCodeEnum)
          .replace("__BODY_KINDS__", RuntimeNames.bodyKinds());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps the branch of each {@code //#if errorcodes} block that applies. */
  private static String errorCodes(String text, boolean present) {
    Matcher m = ERROR_CODES.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String kept = present ? m.group(1) : m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(kept == null ? "" : kept));
    }
    m.appendTail(out);
    return out.toString();
  }
}
