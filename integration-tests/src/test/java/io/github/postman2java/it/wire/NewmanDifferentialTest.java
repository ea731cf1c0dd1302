package io.github.postman2java.it.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.it.wire.RecordingServer.Recorded;
import io.github.postman2java.binding.Binding;
import io.github.postman2java.naming.ClientGroup;
import io.github.postman2java.naming.OperationDecl;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential test of issue 5: newman (pinned in {@code integration-tests/newman}, installed
 * here with {@code npm ci}) runs a collection against a recording server on 127.0.0.1 with an
 * environment that supplies every variable; then the generated client, compiled in memory from
 * the same collection, sends the same requests with the same values. Every pair of requests is
 * compared by {@link WireComparison}; any difference fails the test.
 *
 * <p>Skips, with the reason, when node or npm is missing.
 */
class NewmanDifferentialTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path NEWMAN_DIR = ROOT.resolve("integration-tests/newman");
  private static final Pattern VAR = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path work;

  /** Values for every variable of the wire-fidelity collection; odd characters on purpose. */
  private static Map<String, String> wireFidelityEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("collectionToken", "tok-coll.123_abc");
    env.put("basicUser", "ann@example.org");
    env.put("basicPassword", "p:ss wörd!");
    env.put("apiKey", "k-123/x=y:z");
    env.put("oauthToken", "oa-456.abc_def");
    env.put("itemId", "it em é");
    env.put("userId", "jo hn é@:!$'()*,;");
    env.put("postId", "p 1~");
    env.put("search", "a b é/?:@\"<>");
    env.put("status", "open now");
    env.put("fileName", "rep ort");
    env.put("version", "2");
    env.put("traceId", "tr-77 x");
    env.put("userName", "Ann Ö. Smith");
    env.put("age", "42");
    env.put("orderId", "o-9");
    return env;
  }

  @Test
  void wireFidelityCollectionSendsWhatNewmanSends() throws Exception {
    Files.createDirectories(work.resolve("fixtures"));
    Files.writeString(work.resolve("fixtures/hello.txt"), "hello file\nsecond line é\n");
    Files.write(work.resolve("fixtures/data.bin"), new byte[] {0, 1, 2, 'b', 'i', 'n', -1, 13,
        10});
    int differences = run("wire-fidelity", wireFidelityEnvironment(), "baseUrl");
    assertThat(differences).as("differences between newman and the generated client").isZero();
  }

  @Test
  void leadsCollectionSendsWhatNewmanSends() throws Exception {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("access-token", "1000.runtime-token.abc");
    env.put("record_id1", "738964000002131001");
    env.put("record_id2", "738964000002130131");
    env.put("record_id3", "738964000002129005");
    int differences = run("zoho-crm-leads", env, "api-domain");
    assertThat(differences).as("differences between newman and the generated client").isZero();
  }

  /** Runs one collection both ways; returns the number of differences (printed). */
  private int run(String name, Map<String, String> variables, String baseUrlVariable)
      throws Exception {
    Path newman = installNewman();
    Path collectionFile = ROOT.resolve("sample-collections/" + name + ".postman_collection.json");
    JsonNode collection = JSON.readTree(collectionFile.toFile());
    try (RecordingServer server = new RecordingServer()) {
      Map<String, String> env = new LinkedHashMap<>(variables);
      env.put(baseUrlVariable, server.baseUrl().toString());
      assertThat(env).as("the environment supplies every variable the requests use")
          .containsKeys(requestVariables(collection).toArray(new String[0]));

      runNewman(newman, collectionFile, env);
      List<Recorded> fromNewman = server.drain();

      String pkg = "wire." + name.replaceAll("[^a-z0-9]", "");
      GenerationResult generated = CodegenRun.execute(GeneratorOptions.builder(collectionFile,
          pkg).outputDirectory(work.resolve("src-" + name)).build());
      ClassLoader loader = compile(work.resolve("src-" + name), work.resolve("classes-" + name));
      List<Call> calls = new ArrayList<>();
      collect(generated.model().root(), List.of(), calls);
      calls.sort(Comparator.comparing(c -> pointerKey(c.op().pointer())));

      List<Recorded> fromClient = new ArrayList<>();
      for (Call call : calls) {
        invoke(loader, pkg, generated, call, collection, env, server.baseUrl());
        fromClient.addAll(server.drain());
      }

      List<String> differences = new ArrayList<>();
      if (fromNewman.size() != fromClient.size()) {
        differences.add("request count: newman " + fromNewman.size() + ", client "
            + fromClient.size());
      }
      int compared = Math.min(fromNewman.size(), fromClient.size());
      for (int i = 0; i < compared; i++) {
        String label = i < calls.size() ? calls.get(i).op().itemName() : "#" + i;
        for (String d : WireComparison.compare(fromNewman.get(i), fromClient.get(i))) {
          differences.add(label + ": " + d);
        }
      }
      // The comparison must not be vacuous: each request differs from the next one's.
      for (int i = 0; i + 1 < compared; i++) {
        assertThat(WireComparison.compare(fromNewman.get(i), fromClient.get(i + 1)))
            .as("comparison of request %d with request %d", i, i + 1).isNotEmpty();
      }
      if (Boolean.getBoolean("wire.verbose")) {
        for (int i = 0; i < compared; i++) {
          System.out.println("NEWMAN " + show(fromNewman.get(i)));
          System.out.println("CLIENT " + show(fromClient.get(i)));
        }
      }
      System.out.printf("newman differential [%s]: %d requests compared, %d differences%n", name,
          compared, differences.size());
      differences.forEach(d -> System.out.println("  DIFF " + d));
      assertThat(compared).as("requests compared").isEqualTo(calls.size()).isPositive();
      return differences.size();
    }
  }

  private static String show(Recorded r) {
    return r.method() + " " + r.rawPathAndQuery() + " " + r.headers() + "\n  "
        + new String(r.body(), StandardCharsets.UTF_8).replace("\r\n", "\\r\\n\n  ");
  }

  /** Every {@code {{var}}} the collection's requests use (saved examples left out). */
  private static java.util.Set<String> requestVariables(JsonNode collection) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    java.util.Deque<JsonNode> work = new java.util.ArrayDeque<>();
    work.push(collection);
    while (!work.isEmpty()) {
      JsonNode node = work.pop();
      if (node.has("request")) {
        Matcher m = VAR.matcher(node.get("request").toString());
        while (m.find()) {
          out.add(m.group(1));
        }
      }
      node.path("item").forEach(work::push);
      if (node.has("auth") && !node.has("request")) {
        Matcher m = VAR.matcher(node.get("auth").toString());
        while (m.find()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  record Call(List<String> accessors, OperationDecl op) {}

  private static void collect(ClientGroup group, List<String> path, List<Call> out) {
    group.operations().forEach(op -> out.add(new Call(path, op)));
    for (ClientGroup child : group.children()) {
      List<String> next = new ArrayList<>(path);
      next.add(child.accessor());
      collect(child, next, out);
    }
  }

  /** "/item/0/item/10" → comparable key, so calls run in newman's (file) order. */
  private static String pointerKey(String pointer) {
    StringBuilder s = new StringBuilder();
    for (String part : pointer.split("/")) {
      s.append(part.matches("\\d+") ? String.format("%06d", Integer.parseInt(part)) : part)
          .append('/');
    }
    return s.toString();
  }

  // ---------------------------------------------------------------- the generated client

  private void invoke(ClassLoader loader, String pkg, GenerationResult generated, Call call,
      JsonNode collection, Map<String, String> env, URI baseUrl) throws Exception {
    OperationDecl op = call.op();
    Class<?> rootType = loader.loadClass(pkg + "." + generated.model().clientClass());
    Object builder = rootType.getMethod("builder").invoke(null);
    builder = call(builder, "baseUrl", new Class<?>[] {URI.class}, baseUrl);
    ObjectNode auth = authOf(collection, op.pointer());
    if (auth != null) {
      String type = auth.path("type").asText();
      Map<String, String> p = authParams(auth, type, env);
      switch (type) {
        case "bearer" -> builder = call(builder, "bearerToken",
            new Class<?>[] {Supplier.class}, supplier(p.get("token")));
        case "basic" -> builder = call(builder, "basicAuth",
            new Class<?>[] {Supplier.class, Supplier.class}, supplier(p.get("username")),
            supplier(p.get("password")));
        case "apikey" -> builder = call(builder, "apiKey", new Class<?>[] {Supplier.class},
            supplier(p.get("value")));
        case "oauth2" -> builder = call(builder, "oauth2Token",
            new Class<?>[] {Supplier.class}, supplier(p.get("accessToken")));
        default -> { }
      }
    }
    Object client = builder.getClass().getMethod("build").invoke(builder);
    for (String accessor : call.accessors()) {
      client = client.getClass().getMethod(accessor).invoke(client);
    }
    Method method = Stream.of(client.getClass().getMethods())
        .filter(m -> m.getName().equals(op.javaMethod()) && !withOptions(m)).findFirst()
        .orElseThrow();
    Object[] args = arguments(loader, pkg, op, method, collection, env);
    try {
      method.invoke(client, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(op.itemName() + " failed in the generated client", e.getCause());
    }
  }

  private static Supplier<String> supplier(String value) {
    return () -> value;
  }

  private static Object call(Object target, String name, Class<?>[] types, Object... args)
      throws ReflectiveOperationException {
    return target.getClass().getMethod(name, types).invoke(target, args);
  }

  /** Arguments in the generated order: path parameters, the body, then the others. */
  private Object[] arguments(ClassLoader loader, String pkg, OperationDecl op, Method method,
      JsonNode collection, Map<String, String> env) throws Exception {
    List<Object> args = new ArrayList<>();
    Type[] types = method.getGenericParameterTypes();
    Binding b = op.binding();
    for (Binding.Param p : b.params()) {
      if (p.location() == Binding.Location.PATH) {
        args.add(value(loader, pkg, p, env));
      }
    }
    if (op.requestType() != null) {
      JsonNode request = collection.at(op.pointer() + "/request/body/raw");
      String raw = resolve(request.asText(), env);
      args.add(b.body().kind() == Binding.BodyKind.JSON
          ? mapper(loader, pkg).readValue(raw, mapper(loader, pkg).constructType(
              types[args.size()]))
          : raw);
    }
    for (Binding.Param p : b.params()) {
      if (p.location() != Binding.Location.PATH) {
        args.add(value(loader, pkg, p, env));
      }
    }
    return args.toArray();
  }

  /** The argument for one parameter: null where the collection's constant is the default. */
  private Object value(ClassLoader loader, String pkg, Binding.Param p, Map<String, String> env)
      throws Exception {
    if (!p.defaults().isEmpty()) {
      return null;
    }
    String source = resolve(p.source(), env);
    return switch (p.type()) {
      case STRING, STRING_LIST -> p.location() == Binding.Location.GRAPHQL
          ? JSON.readTree(source).asText() : source;
      case CONTENT -> loader.loadClass(pkg + ".BinaryContent").getMethod("of", Path.class)
          .invoke(null, work.resolve(source));
      case LONG -> JSON.readTree(source).asLong();
      case DOUBLE -> JSON.readTree(source).asDouble();
      case BOOLEAN -> JSON.readTree(source).asBoolean();
      case JSON -> JSON.readTree(source);
    };
  }

  private static ObjectMapper mapper(ClassLoader loader, String pkg)
      throws ReflectiveOperationException {
    return (ObjectMapper) loader.loadClass(pkg + ".ClientConfig")
        .getMethod("defaultObjectMapper").invoke(null);
  }

  /** The request's auth after Postman's inheritance (request, folders, collection). */
  private static ObjectNode authOf(JsonNode collection, String pointer) {
    List<JsonNode> chain = new ArrayList<>();
    chain.add(collection.at(pointer + "/request"));
    String p = pointer;
    while (p.lastIndexOf("/item/") > 0) {
      p = p.substring(0, p.lastIndexOf("/item/"));
      chain.add(collection.at(p));
    }
    chain.add(collection);
    for (JsonNode node : chain) {
      JsonNode auth = node.get("auth");
      if (auth != null && auth.isObject()) {
        return "noauth".equals(auth.path("type").asText()) ? null : (ObjectNode) auth;
      }
    }
    return null;
  }

  private static Map<String, String> authParams(ObjectNode auth, String type,
      Map<String, String> env) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode params = auth.get(type);
    if (params instanceof ArrayNode array) {
      array.forEach(e -> out.put(e.path("key").asText(), resolve(e.path("value").asText(), env)));
    } else if (params != null) {
      params.fields().forEachRemaining(e -> out.put(e.getKey(), resolve(e.getValue().asText(),
          env)));
    }
    return out;
  }

  static String resolve(String text, Map<String, String> env) {
    Matcher m = VAR.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = env.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Compiles the generated sources against Jackson; returns a loader for the classes. */
  static ClassLoader compile(Path sources, Path classes) throws IOException {
    List<String> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
    }
    Files.createDirectories(classes);
    String classpath = String.join(File.pathSeparator, jarOf(JsonProperty.class),
        jarOf(JsonParser.class), jarOf(ObjectMapper.class), jarOf(JavaTimeModule.class));
    List<String> args = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror",
        "-d", classes.toString(), "-cp", classpath));
    args.addAll(files);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    var err = new java.io.ByteArrayOutputStream();
    int rc = javac.run(null, err, err, args.toArray(new String[0]));
    assertThat(rc).as("javac: %s", err.toString(StandardCharsets.UTF_8)).isZero();
    return new URLClassLoader(new URL[] {classes.toUri().toURL()},
        NewmanDifferentialTest.class.getClassLoader());
  }

  private static String jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- newman

  /** Installs the pinned newman with {@code npm ci} unless that exact version is installed. */
  private static Path installNewman() throws Exception {
    String node = version("node");
    String npm = version("npm");
    Assumptions.assumeTrue(node != null && npm != null,
        "node and npm are needed for the newman differential test (node: " + node + ", npm: "
            + npm + ")");
    JsonNode lock = JSON.readTree(NEWMAN_DIR.resolve("package-lock.json").toFile());
    String pinned = lock.at("/packages/node_modules~1newman/version").asText();
    Path installed = NEWMAN_DIR.resolve("node_modules/newman/package.json");
    if (!Files.exists(installed)
        || !pinned.equals(JSON.readTree(installed.toFile()).path("version").asText())) {
      exec(List.of(npmCommand(), "ci", "--no-audit", "--no-fund", "--prefix",
          NEWMAN_DIR.toString()), NEWMAN_DIR, 240);
    }
    return NEWMAN_DIR.resolve("node_modules/newman/bin/newman.js");
  }

  private void runNewman(Path newman, Path collection, Map<String, String> env)
      throws Exception {
    ObjectNode environment = JSON.createObjectNode().put("name", "wire-fidelity");
    ArrayNode values = environment.putArray("values");
    env.forEach((k, v) -> values.addObject().put("key", k).put("value", v)
        .put("enabled", true));
    Path envFile = work.resolve("environment.json");
    JSON.writeValue(envFile.toFile(), environment);
    exec(List.of("node", newman.toString(), "run", collection.toString(), "-e",
        envFile.toString(), "--working-dir", work.toString(), "--reporters", "cli",
        "--timeout-request", "20000", "--color", "off"), work, 120);
  }

  private static String version(String tool) {
    try {
      Process p = new ProcessBuilder(tool.equals("npm") ? npmCommand() : tool, "--version")
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
    } catch (IOException | InterruptedException e) {
      return null;
    }
  }

  private static String npmCommand() {
    return System.getProperty("os.name").startsWith("Windows") ? "npm.cmd" : "npm";
  }

  private static void exec(List<String> command, Path dir, int timeoutSeconds) throws Exception {
    Path log = Files.createTempFile("newman", ".log");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    String output = Files.readString(log);
    Files.deleteIfExists(log);
    if (!done) {
      p.destroyForcibly();
    }
    assertThat(done && p.exitValue() == 0)
        .as("%s failed:%n%s", String.join(" ", command.subList(0, 2)), output).isTrue();
  }

  /** Whether {@code m} is the overload that takes per-call {@code RequestOptions}. */
  static boolean withOptions(Method m) {
    Class<?>[] types = m.getParameterTypes();
    return types.length > 0 && types[types.length - 1].getSimpleName().equals("RequestOptions");
  }
}
