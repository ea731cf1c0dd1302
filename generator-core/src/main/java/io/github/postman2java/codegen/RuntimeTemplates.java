package io.github.postman2java.codegen;

import io.github.postman2java.names.JavaNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The support classes every generated client needs (HTTP transport, response and exception
 * types, URL encoding). They do not depend on the collection, so they are kept as readable Java
 * templates; only the package and the error-code enum's name are substituted, both validated
 * identifiers.
 */
final class RuntimeTemplates {
  static final List<String> NAMES = JavaNames.RUNTIME_TYPES;

  private RuntimeTemplates() {}

  static String render(String name, String packageName, String errorCodeEnum, String header,
      JacksonDialect jackson) {
    String resource = "runtime/" + name + ".java.txt";
    try (InputStream in = RuntimeTemplates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing template " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return header + jackson.template(text).replace("__PACKAGE__", packageName)
          .replace("__ERROR_CODE__", errorCodeEnum)
          .replace("__BODY_KINDS__", RuntimeNames.bodyKinds());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
