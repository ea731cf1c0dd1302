package io.github.postman2java.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.codegen.GeneratedFile;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.GenerationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * Shared machinery of the robustness tests: a small DSL that builds Postman collections as JSON
 * trees, one-call generation that returns either the result or the coded failure (anything else
 * fails the test), compilation with the golden {@code -Xlint:all -Werror} Jackson-only javac, a
 * syntax-tree inspection of the output, and an example round trip through the compiled models.
 */
final class Robust {
  static final ObjectMapper JSON = new ObjectMapper();
  /** Reads numbers exactly (1e400, 0.1000000000000000000001) for comparisons. */
  static final ObjectMapper EXACT = new ObjectMapper().enable(
      com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature
          .STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
  static final JsonNodeFactory F = JsonNodeFactory.instance;
  static final String V21 = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
  static final String V20 = "https://schema.getpostman.com/json/collection/v2.0.0/collection.json";
  static final String PKG = "com.acme.robust";

  private Robust() {}

  // ---------------------------------------------------------------- collection DSL

  static ObjectNode collection(String name, JsonNode... items) {
    ObjectNode c = F.objectNode();
    c.putObject("info").put("name", name).put("schema", V21);
    ArrayNode arr = c.putArray("item");
    for (JsonNode i : items) {
      arr.add(i);
    }
    return c;
  }

  static ObjectNode folder(String name, JsonNode... items) {
    ObjectNode f = F.objectNode().put("name", name);
    ArrayNode arr = f.putArray("item");
    for (JsonNode i : items) {
      arr.add(i);
    }
    return f;
  }

  /** A request item; {@code body} null means no body; {@code url} is the raw URL. */
  static ObjectNode request(String name, String method, String url, String body,
      JsonNode... responses) {
    ObjectNode item = F.objectNode().put("name", name);
    ObjectNode req = item.putObject("request");
    req.put("method", method);
    req.putArray("header");
    if (body != null) {
      ObjectNode b = req.putObject("body").put("mode", "raw").put("raw", body);
      b.putObject("options").putObject("raw").put("language", "json");
    }
    req.set("url", url(url));
    ArrayNode resp = item.putArray("response");
    for (JsonNode r : responses) {
      resp.add(r);
    }
    return item;
  }

  static ObjectNode get(String name, String url, JsonNode... responses) {
    return request(name, "GET", url, null, responses);
  }

  /** A v2.1 URL object for a raw URL (host and path split the simple way). */
  static ObjectNode url(String raw) {
    ObjectNode u = F.objectNode().put("raw", raw);
    String rest = raw;
    int scheme = rest.indexOf("://");
    if (scheme >= 0) {
      u.put("protocol", rest.substring(0, scheme));
      rest = rest.substring(scheme + 3);
    }
    String query = null;
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q + 1);
      rest = rest.substring(0, q);
    }
    int slash = rest.indexOf('/');
    String host = slash < 0 ? rest : rest.substring(0, slash);
    ArrayNode h = u.putArray("host");
    for (String part : host.split("\\.")) {
      h.add(part);
    }
    ArrayNode p = u.putArray("path");
    if (slash >= 0) {
      for (String seg : rest.substring(slash + 1).split("/", -1)) {
        p.add(seg);
      }
    }
    if (query != null) {
      ArrayNode qa = u.putArray("query");
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        qa.addObject().put("key", eq < 0 ? pair : pair.substring(0, eq))
            .put("value", eq < 0 ? null : pair.substring(eq + 1));
      }
    }
    return u;
  }

  static ObjectNode example(String name, int code, String body) {
    ObjectNode r = F.objectNode().put("name", name).put("code", code)
        .put("status", code < 300 ? "OK" : "Error");
    r.putArray("header").addObject().put("key", "Content-Type").put("value", "application/json");
    r.put("_postman_previewlanguage", "json");
    r.put("body", body);
    return r;
  }

  static ObjectNode header(ObjectNode requestItem, String key, String value) {
    ((ArrayNode) requestItem.get("request").get("header")).addObject()
        .put("key", key).put("value", value);
    return requestItem;
  }

  // ---------------------------------------------------------------- running the generator

  /** What a run ended in: a result, or the coded failure. Any other throwable fails the test. */
  record Outcome(GenerationResult result, GenerationException error) {
    boolean ok() {
      return result != null;
    }

    GenerationResult success() {
      if (error != null) {
        fail("expected success but generation failed:\n" + error.getMessage());
      }
      return result;
    }

    GenerationException failure() {
      if (result != null) {
        fail("expected a coded failure but generation succeeded");
      }
      return error;
    }

    List<Diagnostic> diagnostics() {
      return result != null ? result.warnings() : error.diagnostics();
    }

    boolean has(DiagnosticCode code) {
      return diagnostics().stream().anyMatch(d -> d.code() == code);
    }
  }

  static Path write(Path dir, String fileName, byte[] bytes) {
    try {
      Files.createDirectories(dir);
      Path p = dir.resolve(fileName);
      Files.write(p, bytes);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Outcome run(Path dir, JsonNode collection) {
    return run(dir, collection.toString().getBytes(StandardCharsets.UTF_8));
  }

  static Outcome run(Path dir, byte[] bytes) {
    return run(GeneratorOptions.builder(write(dir, "c.postman_collection.json", bytes), PKG)
        .build());
  }

  /** Runs the pipeline; only a {@link GenerationException} with coded diagnostics is allowed. */
  static Outcome run(GeneratorOptions options) {
    try {
      return new Outcome(CodegenRun.execute(options), null);
    } catch (GenerationException e) {
      assertThat(e.diagnostics()).as("a failure carries diagnostics").isNotEmpty();
      assertThat(e.getMessage()).as("failure message").matches("(?s).*error\\[P2J\\d{3}].*");
      return new Outcome(null, e);
    } catch (Throwable t) {
      throw new AssertionError("generation must succeed or fail with a coded "
          + "GenerationException, but threw " + t, t);
    }
  }

  // ---------------------------------------------------------------- compiling

  /** The golden compile helper ({@code GoldenCompilesTest.javacWithJacksonOnly()}). */
  static Compiler javac() {
    try {
      Class<?> golden = Class.forName("io.github.postman2java.golden.GoldenCompilesTest");
      Method m = golden.getDeclaredMethod("javacWithJacksonOnly");
      m.setAccessible(true);
      return (Compiler) m.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<JavaFileObject> sources(GenerationResult result) {
    return result.files().stream()
        .map(f -> JavaFileObjects.forSourceString(
            f.relativePath().replace('/', '.').replaceAll("\\.java$", ""), f.content()))
        .toList();
  }

  /** Compiles with -Xlint:all -Werror; fails the test with javac's messages otherwise. */
  static Compilation compile(GenerationResult result) {
    Compilation c = javac().compile(sources(result));
    if (c.status() != Compilation.Status.SUCCESS || !c.warnings().isEmpty()) {
      StringBuilder msg = new StringBuilder("generated code does not compile cleanly:\n");
      c.diagnostics().stream().limit(20).forEach(d -> msg.append(d).append('\n'));
      fail(msg.toString());
    }
    return c;
  }

  // ---------------------------------------------------------------- syntax tree

  /** What javac's parser sees in the generated sources, per type. */
  record Skeleton(Map<String, String> perType, List<String> violations) {}

  static final Set<String> ALLOWED_ANNOTATIONS = Set.of(
      "JsonProperty", "JsonCreator", "JsonValue", "JsonIgnoreProperties", "JsonInclude",
      "JsonIgnore", "JsonFormat", "JsonAnySetter", "JsonAnyGetter", "JsonDeserialize",
      "JsonSerialize", "JsonPropertyOrder", "JsonEnumDefaultValue", "JsonSetter", "JsonAutoDetect",
      "Override", "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "Serial",
      "Deprecated");
  static final Set<String> FORBIDDEN_IDENTIFIERS = Set.of(
      "Runtime", "exec", "ProcessBuilder", "getRuntime", "TrustManager", "X509TrustManager",
      "HostnameVerifier", "setDefaultHostnameVerifier", "enableDefaultTyping",
      "activateDefaultTyping", "createTempFile");

  /**
   * Parses the output with javac's Tree API and records, per top-level and nested type, the kinds
   * and counts of members, and any initializer block, unexpected annotation or forbidden
   * identifier (a sign that input text became code).
   */
  static Skeleton skeleton(GenerationResult result) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    JavacTask task = (JavacTask) compiler.getTask(null, null, d -> { }, List.of("-proc:none"),
        null, sources(result));
    Map<String, String> perType = new TreeMap<>();
    List<String> violations = new ArrayList<>();
    Iterable<? extends CompilationUnitTree> units;
    try {
      units = task.parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (CompilationUnitTree unit : units) {
      String file = unit.getSourceFile().getName();
      if (unit.getTypeDecls().size() != 1) {
        violations.add(file + ": " + unit.getTypeDecls().size() + " top-level types");
      }
      new TreeScanner<Void, String>() {
        @Override
        public Void visitClass(ClassTree node, String outer) {
          String name = outer + "." + node.getSimpleName();
          Map<String, Integer> counts = new TreeMap<>();
          for (Tree m : node.getMembers()) {
            String kind = m.getKind().name();
            if (m instanceof BlockTree b) {
              violations.add(name + ": " + (b.isStatic() ? "static " : "") + "initializer block");
            }
            if (m instanceof MethodTree mt) {
              kind = "METHOD(" + mt.getParameters().size() + ")";
            }
            if (m instanceof VariableTree) {
              kind = "FIELD";
            }
            counts.merge(kind, 1, Integer::sum);
          }
          perType.put(name + "#" + node.getKind(), counts.toString());
          return super.visitClass(node, name);
        }

        @Override
        public Void visitAnnotation(AnnotationTree node, String outer) {
          Tree t = node.getAnnotationType();
          String simple = t instanceof IdentifierTree id ? id.getName().toString()
              : t instanceof MemberSelectTree ms ? ms.getIdentifier().toString() : t.toString();
          if (!ALLOWED_ANNOTATIONS.contains(simple)) {
            violations.add(outer + ": unexpected annotation @" + simple);
          }
          return super.visitAnnotation(node, outer);
        }

        @Override
        public Void visitIdentifier(IdentifierTree node, String outer) {
          if (FORBIDDEN_IDENTIFIERS.contains(node.getName().toString())) {
            violations.add(outer + ": forbidden identifier " + node.getName());
          }
          return super.visitIdentifier(node, outer);
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree node, String outer) {
          if (FORBIDDEN_IDENTIFIERS.contains(node.getIdentifier().toString())) {
            violations.add(outer + ": forbidden identifier " + node.getIdentifier());
          }
          return super.visitMemberSelect(node, outer);
        }
      }.scan(unit, String.valueOf(unit.getPackageName()));
    }
    return new Skeleton(perType, violations);
  }

  /** Structure of the output with names abstracted away (types and members counted by kind). */
  static List<String> shape(Skeleton s) {
    List<String> out = new ArrayList<>();
    s.perType().forEach((k, v) -> out.add(k.substring(k.indexOf('#') + 1) + v));
    out.sort(null);
    return out;
  }

  static void assertInert(GenerationResult result) {
    Skeleton s = skeleton(result);
    assertThat(s.violations()).as("syntax-tree violations").isEmpty();
  }

  // ---------------------------------------------------------------- round trip

  /** A class loader over the classes javac produced in memory. */
  static ClassLoader loader(Compilation c) {
    return io.github.postman2java.testing.CompiledClasses.loader(c);
  }

  /**
   * Reads every saved example body listed in the manifest with its generated type, writes it back
   * and compares strictly: explicit nulls stay, absent members stay absent, numbers keep their
   * kind and digits; date-times may only change their text (same instant and offset). Returns how
   * many examples were checked.
   */
  static int roundTrip(JsonNode collection, GenerationResult result, Compilation c)
      throws IOException {
    ClassLoader cl = loader(c);
    ObjectMapper mapper = generatedMapper(cl, result);
    mapper.setTypeFactory(TypeFactory.defaultInstance().withClassLoader(cl));
    JsonNode manifest = JSON.readTree(result.manifestJson());
    int checked = 0;
    for (JsonNode op : manifest.get("operations")) {
      for (JsonNode ex : op.get("examples")) {
        JsonNode type = ex.get("bodyType");
        if (type == null || type.isNull()) {
          continue;
        }
        JsonNode example = collection.at(JsonPointer.compile(ex.get("pointer").asText()));
        String body = example.path("body").asText("");
        JsonNode original;
        try {
          original = EXACT.readTree(body);
        } catch (IOException notStrictJson) {
          continue; // lenient bodies (comments, placeholders) are not compared byte for byte
        }
        if (original == null) {
          continue;
        }
        JavaType javaType = mapper.getTypeFactory().constructFromCanonical(type.asText());
        Object value = mapper.readValue(body, javaType);
        JsonNode back = EXACT.readTree(mapper.writeValueAsString(value));
        assertThat(normalizeDates(back)).as("round trip of %s as %s", ex.get("pointer"), type)
            .isEqualTo(normalizeDates(original));
        checked++;
      }
    }
    return checked;
  }

  /** The generated client's own mapper ({@code ClientConfig.defaultObjectMapper()}). */
  static ObjectMapper generatedMapper(ClassLoader cl, GenerationResult result) {
    try {
      Class<?> config = Class.forName(result.model().basePackage() + ".ClientConfig", true, cl);
      return (ObjectMapper) config.getMethod("defaultObjectMapper").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("generated ClientConfig.defaultObjectMapper()", e);
    }
  }

  /** Date-times in one canonical text per instant and offset; everything else unchanged. */
  static JsonNode normalizeDates(JsonNode n) {
    if (n.isObject()) {
      ObjectNode o = F.objectNode();
      n.fields().forEachRemaining(e -> o.set(e.getKey(), normalizeDates(e.getValue())));
      return o;
    }
    if (n.isArray()) {
      ArrayNode a = F.arrayNode();
      n.forEach(x -> a.add(normalizeDates(x)));
      return a;
    }
    if (n.isTextual() && n.textValue().length() >= 20 && n.textValue().charAt(10) == 'T') {
      try {
        return F.textNode(java.time.OffsetDateTime.parse(n.textValue()).toString());
      } catch (java.time.format.DateTimeParseException notADateTime) {
        return n;
      }
    }
    return n;
  }

  /** Every file's text plus the manifest, for grepping. */
  static String allOutput(GenerationResult result) {
    StringBuilder sb = new StringBuilder(result.manifestJson());
    for (GeneratedFile f : result.files()) {
      sb.append('\n').append(f.relativePath()).append('\n').append(f.content());
    }
    result.warnings().forEach(d -> sb.append('\n').append(d.render()));
    return sb.toString();
  }

  /** Every generated file with string and char literals blanked: what is code or comment. */
  static String outsideLiterals(GenerationResult result) {
    StringBuilder sb = new StringBuilder();
    for (GeneratedFile f : result.files()) {
      sb.append(f.content().replaceAll("\"(?:[^\"\\\\\\n]|\\\\.)*\"", "\"\""))
          .append('\n');
    }
    return sb.toString();
  }

  /** Generated code with literals and comments removed: only what javac executes. */
  static String codeOnly(GenerationResult result) {
    return outsideLiterals(result).replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
  }

  /** The entries of {@code dir} (not recursive). */
  static List<Path> list(Path dir) {
    try (java.util.stream.Stream<Path> s = Files.list(dir)) {
      return s.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void times(int n, Consumer<Integer> body) {
    for (int i = 0; i < n; i++) {
      body.accept(i);
    }
  }
}
