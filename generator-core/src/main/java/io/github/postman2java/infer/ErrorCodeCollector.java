package io.github.postman2java.infer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.sample.BodySample;
import io.github.postman2java.sample.ExampleSample;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Collects the collection's error codes: the constant-like value of a code field ({@code code},
 * {@code error_code}, {@code errorCode}, or {@code error} when it is a string) in any object of an
 * error example (4xx/5xx), and in objects of success examples whose code is not a success word
 * (per-item errors inside a 2xx batch response, as Zoho returns them).
 */
final class ErrorCodeCollector {
  private static final int MAX_DEPTH = 16;
  private static final int MAX_MESSAGE = 200;
  private static final Pattern CONSTANT = Pattern.compile("[A-Za-z][A-Za-z0-9]*([_.-][A-Za-z0-9]+)*");
  private static final Set<String> CODE_FIELDS = Set.of("code", "errorcode", "error", "errortype");
  private static final Set<String> MESSAGE_FIELDS =
      Set.of("message", "msg", "errormessage", "errordescription", "detail", "description");
  private static final Set<String> SUCCESS_WORDS =
      Set.of("success", "succeeded", "ok", "done", "created", "updated", "deleted", "accepted");

  private final Map<String, List<Integer>> statuses = new TreeMap<>();
  /** The member the overrides file names as holding the code (letters only), or null. */
  private final String userMember;
  private boolean userMemberSeen;

  ErrorCodeCollector() {
    this(null);
  }

  /** Also reads codes from {@code member}, named in the overrides file. */
  ErrorCodeCollector(String member) {
    this.userMember = member == null ? null : lettersOnly(member);
  }

  /** Whether a code was read from the user's member. */
  boolean userMemberSeen() {
    return userMemberSeen;
  }
  private final Map<String, List<String>> messages = new TreeMap<>();

  void add(ExampleSample example) {
    BodySample body = example.body();
    if (body.kind() != BodySample.Kind.JSON) {
      return;
    }
    boolean error = example.statusClass() >= 4;
    record Work(JsonNode node, int depth) {}
    Deque<Work> work = new ArrayDeque<>();
    work.push(new Work(body.json(), 0));
    while (!work.isEmpty()) {
      Work w = work.pop();
      if (w.depth() > MAX_DEPTH) {
        continue;
      }
      JsonNode n = w.node();
      if (n.isObject()) {
        visitObject(n, error, example.status());
        for (JsonNode child : n) {
          work.push(new Work(child, w.depth() + 1));
        }
      } else if (n.isArray()) {
        n.forEach(child -> work.push(new Work(child, w.depth() + 1)));
      }
    }
  }

  private void visitObject(JsonNode object, boolean errorExample, int status) {
    String code = null;
    String message = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String key = lettersOnly(f.getKey());
      JsonNode v = f.getValue();
      boolean user = key.equals(userMember);
      if ((code == null || user) && (CODE_FIELDS.contains(key) || user) && v.isTextual()
          && CONSTANT.matcher(v.textValue()).matches() && v.textValue().length() <= 64) {
        code = v.textValue();
        userMemberSeen |= user;
      } else if (message == null && MESSAGE_FIELDS.contains(key) && v.isTextual()) {
        message = v.textValue();
      }
    }
    if (code == null) {
      return;
    }
    // In a success body a code is an error only beside a message and when not a success word:
    // {"code": "US", "name": ...} is data, {"code": "RECORD_LOCKED", "message": ...} an error.
    if (!errorExample && (message == null || SUCCESS_WORDS.contains(code.toLowerCase(Locale.ROOT)))) {
      return;
    }
    statuses.computeIfAbsent(code, k -> new ArrayList<>()).add(status);
    List<String> ms = messages.computeIfAbsent(code, k -> new ArrayList<>());
    if (message != null) {
      ms.add(message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message);
    }
  }

  /** Lower-case ASCII letters of {@code s}: "error_code" and "errorCode" both give "errorcode". */
  static String lettersOnly(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        out.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        out.append((char) (c + ('a' - 'A')));
      }
    }
    return out.toString();
  }

  List<ErrorCode> codes() {
    List<ErrorCode> out = new ArrayList<>();
    statuses.forEach((code, st) -> out.add(new ErrorCode(code, st, messages.get(code))));
    return out;
  }
}
