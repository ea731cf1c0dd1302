package io.github.postman2java.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.jackson3.Jackson3CompilesTest;
import io.github.postman2java.naming.NamedModel;
import io.github.postman2java.naming.TypeDecl.EnumConstant;
import io.github.postman2java.testing.CompiledClasses;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the error-code enum lists is what the client reports: every recorded error example of
 * every golden case, read through the generated runtime ({@code ResponseReader.errorCode}, then
 * {@code ApiException.errorCode()}), gives a known constant whenever its body holds one of the
 * enum's codes, and every code the enum lists for an error status is what some example reads as
 * (or a detail code beside it).
 */
class ErrorCodesReadBackTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final tools.jackson.databind.ObjectMapper JSON3 =
      new tools.jackson.databind.ObjectMapper();
  private static final Pattern STATUS = Pattern.compile("\\d{3}");

  static List<GoldenCase> cases() {
    return GoldenCase.generating().stream()
        .filter(c -> c.generate().model().hasErrorCodes())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyErrorExampleReadsAsItsConstant(GoldenCase c) throws Exception {
    Map<String, String> read = readBack(c);
    NamedModel model = c.generate().model();
    Set<String> wireValues = new TreeSet<>();
    model.errorCodes().forEach(k -> wireValues.add(k.wireValue()));
    List<String> missed = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : errorExamples(c).entrySet()) {
      if (holdsAny(e.getValue(), wireValues) && read.get(e.getKey()).equals("UNKNOWN")) {
        missed.add(e.getKey());
      }
    }
    assertThat(missed).as("error examples whose code reads as UNKNOWN").isEmpty();
    // Every code listed for an error status is what some example reads as, or a detail code
    // (errors[].code) beside the known code that example reads as.
    Set<String> reached = new TreeSet<>(read.values());
    for (EnumConstant k : model.errorCodes()) {
      if (fromErrorStatus(k) && !reached.contains(k.javaName())) {
        assertThat(errorExamples(c).entrySet()).as("an example holding %s", k.wireValue())
            .anySatisfy(e -> {
              assertThat(holdsAny(e.getValue(), Set.of(k.wireValue()))).isTrue();
              assertThat(read.get(e.getKey())).isNotEqualTo("UNKNOWN");
            });
      }
    }
  }

  @Test
  void numericDigitLeadingAndNestedCodesReadAsTheirConstants() throws Exception {
    GoldenCase c = GoldenCase.generating().stream()
        .filter(g -> g.name().equals("good/error-codes")).findFirst().orElseThrow();
    assertThat(readBack(c)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "Get quote/rate limited", "CODE_10100",
        "Get quote/timeout", "E_UPSTREAM",
        "Get quote/gone", "INSTANCE_NOT_FOUND_ERROR",
        "Create quote/bad date", "CODE_10010",
        "Create quote/missing field", "VALIDATION_FAILED", // the top-level code wins
        "Create quote/template", "UNKNOWN", // <integer> is a placeholder, never a code
        "Delete quote/expired", "AUTH_EXPIRED",
        "Delete quote/locked", "CODE_02_007"));
  }

  /** Each error example ("request/example") → the constant name the runtime reports. */
  private static Map<String, String> readBack(GoldenCase c) throws Exception {
    GenerationResult result = c.generate();
    List<JavaFileObject> sources = GoldenCase.everyFile(result).stream()
        .filter(f -> f.relativePath().endsWith(".java"))
        .map(f -> JavaFileObjects.forSourceString(
            f.relativePath().replace('/', '.').replaceAll("\\.java$", ""), f.content()))
        .toList();
    boolean jackson3 = c.jackson() == 3;
    Compilation compiled = (jackson3 ? Jackson3CompilesTest.javacWithJackson3Only()
        : GoldenCompilesTest.javacWithJacksonOnly()).compile(sources);
    assertThat(compiled.status()).isEqualTo(Compilation.Status.SUCCESS);
    ClassLoader loader = CompiledClasses.loader(compiled);
    String pkg = result.model().basePackage();
    Method errorCode = loader.loadClass(pkg + ".ResponseReader")
        .getDeclaredMethod("errorCode", jackson3 ? tools.jackson.databind.JsonNode.class
            : JsonNode.class);
    errorCode.setAccessible(true);
    Class<?> exception = loader.loadClass(pkg + ".ApiException");
    Constructor<?> create = exception.getConstructor(String.class, String.class, int.class,
        Map.class, String.class, Object.class, String.class);
    Method constant = exception.getMethod("errorCode");
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : errorExamples(c).entrySet()) {
      Object tree = jackson3 ? JSON3.readTree(e.getValue().toString()) : e.getValue();
      String value = (String) errorCode.invoke(null, tree);
      Object thrown = create.newInstance("GET", "/", 400, Map.of(), "", null, value);
      out.put(e.getKey(), constant.invoke(thrown).toString());
    }
    return out;
  }

  /** The case's 4xx/5xx examples with a JSON body, by "request/example". */
  private static Map<String, JsonNode> errorExamples(GoldenCase c) throws IOException {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    Deque<JsonNode> items = new ArrayDeque<>();
    JsonNode collection = JSON.readTree(Files.readString(c.collection()));
    collection.path("item").forEach(items::add);
    while (!items.isEmpty()) {
      JsonNode item = items.poll();
      item.path("item").forEach(items::add);
      for (JsonNode example : item.path("response")) {
        if (example.path("code").asInt() < 400 || !example.path("body").isTextual()) {
          continue;
        }
        try {
          out.put(item.path("name").asText() + "/" + example.path("name").asText(),
              JSON.readTree(example.path("body").asText()));
        } catch (IOException notJson) {
          // a text error body holds no code
        }
      }
    }
    return out;
  }

  /** Whether some scalar of {@code body} is one of {@code codes} (a number as its digits). */
  private static boolean holdsAny(JsonNode body, Set<String> codes) {
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

  /** Whether the constant's Javadoc ("HTTP 400, 409.") names an error status. */
  private static boolean fromErrorStatus(EnumConstant k) {
    Matcher m = STATUS.matcher(k.docLines().isEmpty() ? "" : k.docLines().get(0));
    while (m.find()) {
      if (Integer.parseInt(m.group()) >= 400) {
        return true;
      }
    }
    return false;
  }
}
