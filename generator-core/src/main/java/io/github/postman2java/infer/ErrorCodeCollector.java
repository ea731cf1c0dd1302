package io.github.postman2java.infer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postman2java.sample.BodySample;
import io.github.postman2java.sample.ExampleSample;
import io.github.postman2java.sample.Placeholders;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Collects the collection's error codes from every object of an error example (4xx/5xx), and
 * from objects of success examples whose code is not a success word (per-item errors inside a
 * 2xx batch response, as Zoho returns them).
 *
 * <p>Where a code sits, by priority within one object: {@code code}, {@code error_code} / {@code
 * errorCode}, {@code error_type} / {@code errorType}, {@code type} / {@code typeKey}, {@code
 * error} (a string), {@code status} (a string that is not a generic word). Nested places ({@code
 * error.code}, {@code errors[].code}) are found because every object is visited. A code is a
 * constant-like string ({@code INVALID_TOKEN}, {@code 02_005}) or, in error examples, an integer
 * ({@code 10100}); placeholders ({@code {{code}}}, {@code <integer>}) never are.
 */
final class ErrorCodeCollector {
  private static final int MAX_DEPTH = 16;
  private static final int MAX_MESSAGE = 200;
  private static final int MAX_CODE = 64;
  private static final Pattern CONSTANT =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9]*([_.-][A-Za-z0-9]+)*");
  /** Code members by priority (letters only, lower case); a lower index wins. */
  private static final List<Set<String>> CODE_FIELDS = List.of(
      Set.of("code"),
      Set.of("errorcode", "errcode", "faultcode"),
      Set.of("errortype", "errorkey"),
      Set.of("type", "typekey"),
      Set.of("error"),
      Set.of("status"));
  /** Where error bodies usually hold a code, for codes seen only inside 2xx batch items. */
  private static final List<ErrorCodePlace> USUAL_PLACES = List.of(ErrorCodePlace.of("code"),
      ErrorCodePlace.of("error_code"), ErrorCodePlace.of("errorCode"),
      ErrorCodePlace.of("error"), ErrorCodePlace.of("error", "code"),
      new ErrorCodePlace(List.of("errors", "code"), "errors[].code"));
  /** Members whose object value describes an error. */
  private static final Set<String> ERROR_OBJECTS = Set.of("error", "errors", "fault");
  /** A {@code name} inside an error object ranks with {@code type}. */
  private static final int NAME_RANK = 3;
  private static final Set<String> MESSAGE_FIELDS = Set.of("message", "msg", "errormessage",
      "errordescription", "detail", "description", "title", "errormsg", "reason");
  private static final Set<String> SUCCESS_WORDS =
      Set.of("success", "succeeded", "ok", "done", "created", "updated", "deleted", "accepted");
  /** Words that say "an error" without saying which: not codes under {@code status}/{@code type}. */
  private static final Set<String> GENERIC_WORDS = Set.of("error", "errors", "fail", "failed",
      "failure", "false", "true", "null", "exception", "object", "string", "warning");

  private final Map<String, List<Integer>> statuses = new TreeMap<>();
  /** Where codes of error examples sat: member path → best rank, for the runtime. */
  private final Map<List<String>, Integer> placeRanks = new HashMap<>();
  /** How each place reads ({@code errors[].code}), as first seen. */
  private final Map<List<String>, String> placeDisplays = new HashMap<>();
  private final Map<String, List<String>> messages = new TreeMap<>();
  /** The member the overrides file names as holding the code (letters only), or null. */
  private final String userMember;
  private boolean userMemberSeen;

  ErrorCodeCollector() {
    this(null);
  }

  /** Also reads codes from {@code member} (ranked above every usual name), from overrides. */
  ErrorCodeCollector(String member) {
    this.userMember = member == null ? null : lettersOnly(member);
  }

  /** Whether a code was read from the user's member. */
  boolean userMemberSeen() {
    return userMemberSeen;
  }

  void add(ExampleSample example) {
    BodySample body = example.body();
    if (body.kind() != BodySample.Kind.JSON) {
      return;
    }
    boolean error = example.statusClass() >= 4;
    record Work(JsonNode node, int depth, String member, Path path) {}
    Deque<Work> work = new ArrayDeque<>();
    work.push(new Work(body.json(), 0, "", null));
    while (!work.isEmpty()) {
      Work w = work.pop();
      if (w.depth() > MAX_DEPTH) {
        continue;
      }
      JsonNode n = w.node();
      if (n.isObject()) {
        visitObject(n, error, example.status(), ERROR_OBJECTS.contains(w.member()), w.path());
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          work.push(new Work(f.getValue(), w.depth() + 1, lettersOnly(f.getKey()),
              new Path(w.path(), f.getKey(), f.getValue().isArray())));
        }
      } else if (n.isArray()) {
        // An array is looked through: errors[].code is the place ["errors", "code"].
        n.forEach(child -> work.push(new Work(child, w.depth() + 1, w.member(), w.path())));
      }
    }
  }

  /**
   * @param errorObject the object is the value of an {@code error}/{@code errors} member, where
   *     a {@code name} is the error's code ({@code {"error": {"name": "instanceFoundError"}}})
   */
  private void visitObject(JsonNode object, boolean errorExample, int status,
      boolean errorObject, Path at) {
    String code = null;
    String codeMember = null;
    int rank = CODE_FIELDS.size();
    String message = null;
    boolean hasMessage = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String key = lettersOnly(f.getKey());
      JsonNode v = f.getValue();
      int r = errorObject && errorExample && key.equals("name") ? NAME_RANK : rank(key);
      if (r < rank) {
        String candidate = code(v, errorExample, r, status);
        if (candidate != null) {
          code = candidate;
          codeMember = f.getKey();
          rank = r;
          userMemberSeen |= r < 0;
          continue;
        }
      }
      if (message == null && MESSAGE_FIELDS.contains(key) && v.isTextual()) {
        hasMessage = true;
        // A placeholder message ("<string>") says there is one, not what it is.
        message = Placeholders.isTemplateValue(v.textValue()) ? null : v.textValue();
      }
    }
    if (code == null) {
      return;
    }
    // In a success body a code is an error only beside a message and when not a success word:
    // {"code": "US", "name": ...} is data, {"code": "RECORD_LOCKED", "message": ...} an error.
    if (!errorExample && (!hasMessage || rank > 1
        || SUCCESS_WORDS.contains(code.toLowerCase(Locale.ROOT)))) {
      return;
    }
    if (errorExample) {
      Path place = new Path(at, codeMember, false);
      placeRanks.merge(place.members(), rank, Math::min);
      placeDisplays.putIfAbsent(place.members(), place.display());
    }
    statuses.computeIfAbsent(code, k -> new ArrayList<>()).add(status);
    List<String> ms = messages.computeIfAbsent(code, k -> new ArrayList<>());
    if (message != null) {
      ms.add(message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message);
    }
  }

  private int rank(String key) {
    if (key.equals(userMember)) {
      return -1;
    }
    for (int i = 0; i < CODE_FIELDS.size(); i++) {
      if (CODE_FIELDS.get(i).contains(key)) {
        return i;
      }
    }
    return CODE_FIELDS.size();
  }

  /** The code a member value holds, or null: constant-like text, or an integer in an error. */
  private static String code(JsonNode v, boolean errorExample, int rank, int status) {
    if (v.isIntegralNumber() && errorExample && rank <= 1 && v.canConvertToLong()
        && v.longValue() >= 0 && v.longValue() != status) {
      return Long.toString(v.longValue());
    }
    if (!v.isTextual()) {
      return null;
    }
    String t = v.textValue();
    if (t.isEmpty() || t.length() > MAX_CODE || Placeholders.isTemplateValue(t)
        || !CONSTANT.matcher(t).matches() || EnumWords.isLorem(t)) {
      return null;
    }
    boolean generic = GENERIC_WORDS.contains(t.toLowerCase(Locale.ROOT));
    if (rank >= 3 && (generic || SUCCESS_WORDS.contains(t.toLowerCase(Locale.ROOT)))) {
      return null; // "status": "error", "type": "object" say nothing about which error
    }
    if (rank >= 3 && isDigits(t) || t.equals(Integer.toString(status))) {
      return null; // "status": "404" is the HTTP status again
    }
    return t;
  }

  private static boolean isDigits(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
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

  /**
   * Where the codes of error examples sat, as member paths (arrays are looked through), in the
   * order a client reads them: shallower first, then by the rank of the member, then by name.
   * The runtime takes the first place whose value is a known code, so a top-level {@code code}
   * wins over an {@code errors[].code} beside it, as it does here.
   */
  List<ErrorCodePlace> places() {
    if (placeRanks.isEmpty()) {
      return statuses.isEmpty() ? List.of() : USUAL_PLACES; // codes only in 2xx batch items
    }
    return placeRanks.entrySet().stream()
        .sorted(Comparator.<Map.Entry<List<String>, Integer>>comparingInt(e -> e.getKey().size())
            .thenComparingInt(Map.Entry::getValue)
            .thenComparing(e -> String.join("\u0000", e.getKey())))
        .map(e -> new ErrorCodePlace(e.getKey(), placeDisplays.get(e.getKey())))
        .toList();
  }

  /** A member path as a linked list: pushing a child costs one node, not a copy. */
  private record Path(Path parent, String member, boolean array) {
    List<String> members() {
      Deque<String> out = new ArrayDeque<>();
      for (Path p = this; p != null; p = p.parent()) {
        out.push(p.member());
      }
      return List.copyOf(out);
    }

    String display() {
      Deque<String> out = new ArrayDeque<>();
      for (Path p = this; p != null; p = p.parent()) {
        out.push(p.member() + (p.array() ? "[]" : ""));
      }
      return String.join(".", out);
    }
  }

  List<ErrorCode> codes() {
    List<ErrorCode> out = new ArrayList<>();
    statuses.forEach((code, st) -> out.add(new ErrorCode(code, st, messages.get(code))));
    return out;
  }
}
