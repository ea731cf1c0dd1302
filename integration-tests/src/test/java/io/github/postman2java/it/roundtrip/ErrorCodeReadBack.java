package io.github.postman2java.it.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postman2java.naming.NamedModel;
import io.github.postman2java.naming.TypeDecl.EnumConstant;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads saved error examples through the generated runtime ({@code ResponseReader.errorCode},
 * then the error-code enum) and counts which hold one of the enum's codes and which of those the
 * client reports as a known constant: what the enum lists must be what the client maps to.
 */
final class ErrorCodeReadBack {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Method errorCode;
  private final Method fromValue;
  private final Set<String> codes;
  int errors;
  int holding;
  int known;
  final List<String> missed = new ArrayList<>();

  private ErrorCodeReadBack(Method errorCode, Method fromValue, Set<String> codes) {
    this.errorCode = errorCode;
    this.fromValue = fromValue;
    this.codes = codes;
  }

  /** Returns the reader for a compiled client, or {@code null} when it has no error enum. */
  static ErrorCodeReadBack of(ClassLoader loader, NamedModel model)
      throws ReflectiveOperationException {
    if (!model.hasErrorCodes()) {
      return null;
    }
    Method errorCode = loader.loadClass(model.basePackage() + ".ResponseReader")
        .getDeclaredMethod("errorCode", JsonNode.class);
    errorCode.setAccessible(true);
    Method fromValue = loader.loadClass(model.basePackage() + "." + model.errorCodeEnum())
        .getMethod("fromValue", String.class);
    return new ErrorCodeReadBack(errorCode, fromValue,
        model.errorCodes().stream().map(EnumConstant::wireValue).collect(Collectors.toSet()));
  }

  /** Reads one saved example; only 4xx/5xx JSON bodies count. */
  void add(String example, int status, String raw) throws ReflectiveOperationException {
    if (status < 400 || raw == null) {
      return;
    }
    JsonNode body;
    try {
      body = JSON.readTree(raw);
    } catch (IOException notJson) {
      return;
    }
    if (body == null) {
      return;
    }
    errors++;
    if (!holdsAny(body)) {
      return;
    }
    holding++;
    Object constant = fromValue.invoke(null, (String) errorCode.invoke(null, body));
    if (!constant.toString().equals("UNKNOWN")) {
      known++;
    } else if (missed.size() < 5) {
      missed.add(example);
    }
  }

  private boolean holdsAny(JsonNode body) {
    Deque<JsonNode> work = new ArrayDeque<>(List.of(body));
    while (!work.isEmpty()) {
      JsonNode n = work.pop();
      if (n.isContainerNode()) {
        n.forEach(work::push);
      } else if ((n.isTextual() || n.isIntegralNumber()) && codes.contains(n.asText())) {
        return true;
      }
    }
    return false;
  }
}
