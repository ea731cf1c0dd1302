package io.github.postman2java.it.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.postman2java.CodegenRun;
import io.github.postman2java.GeneratorOptions;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the newman comparison cannot show, because newman itself sends it differently or not at
 * all: path values kept inside one segment, reserved characters in query values, CR/LF refused in
 * headers, stream bodies, and retries. Uses the client generated from the wire-fidelity
 * collection.
 */
class GeneratedRuntimeTest {
  private static final String PKG = "wire.runtime";
  private static ClassLoader loader;

  @TempDir
  static Path work;

  @BeforeAll
  static void generate() throws Exception {
    Path collection = Path.of("..", "sample-collections", "wire-fidelity.postman_collection.json");
    CodegenRun.execute(GeneratorOptions.builder(collection, PKG)
        .outputDirectory(work.resolve("src")).build());
    loader = NewmanDifferentialTest.compile(work.resolve("src"), work.resolve("classes"));
  }

  private static Object client(URI base, int retries) throws Exception {
    Class<?> root = loader.loadClass(PKG + ".WireFidelityClient");
    Object b = root.getMethod("builder").invoke(null);
    b.getClass().getMethod("baseUrl", URI.class).invoke(b, base);
    Supplier<String> token = () -> "t";
    b.getClass().getMethod("bearerToken", Supplier.class).invoke(b, token);
    b.getClass().getMethod("retries", int.class).invoke(b, retries);
    return b.getClass().getMethod("build").invoke(b);
  }

  private static Object call(Object client, String folder, String method, Object... args)
      throws Throwable {
    Object f = client.getClass().getMethod(folder).invoke(client);
    Method m = Stream.of(f.getClass().getMethods()).filter(x -> x.getName().equals(method)
        && !NewmanDifferentialTest.withOptions(x)).findFirst().orElseThrow();
    try {
      return m.invoke(f, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void pathValuesStayOneSegmentAndQueryValuesKeepReservedCharacters() throws Throwable {
    try (RecordingServer server = new RecordingServer()) {
      Object client = client(server.baseUrl(), 0);
      call(client, "keyedFolder", "folderKeyOverridden", "../a/b?c#d e");
      call(client, "keyedFolder", "folderKeyOverridden", "..");
      call(client, "keyedFolder", "folderKeyOverridden", ".");
      call(client, "urls", "userPosts", "u", "p", null, List.of("x y"), "a+b&c=d#e é", "s",
          null, null, null);
      var r = server.drain();
      assertThat(r.get(0).rawPathAndQuery()).isEqualTo("/keyed/items/..%2Fa%2Fb%3Fc%23d%20e");
      assertThat(r.get(1).rawPathAndQuery()).isEqualTo("/keyed/items/%2E%2E");
      assertThat(r.get(2).rawPathAndQuery()).isEqualTo("/keyed/items/%2E");
      assertThat(r.get(3).rawPathAndQuery()).isEqualTo("/users/u/posts/p?sort=name&tag=x%20y"
          + "&q=a%2Bb%26c%3Dd%23e%20%C3%A9&filter=status:s&plus=a+b&enc=%C3%A9t%C3%A9"
          + "&sym=$x,y;z");
    }
  }

  @Test
  void headerValuesWithLineBreaksAreRefused() throws Exception {
    Object client = client(URI.create("http://127.0.0.1:9"), 0);
    assertThatThrownBy(() -> call(client, "headers", "headerForms", "a\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CR or LF");
  }

  @Test
  void streamAndByteBodiesAreSentAsGiven() throws Throwable {
    Class<?> content = loader.loadClass(PKG + ".BinaryContent");
    try (RecordingServer server = new RecordingServer()) {
      Object client = client(server.baseUrl(), 0);
      Object stream = content.getMethod("of", InputStream.class, String.class)
          .invoke(null, new ByteArrayInputStream(new byte[] {1, 2, 3}), "a.bin");
      Object bytes = content.getMethod("of", byte[].class, String.class)
          .invoke(null, new byte[] {4, 5}, "b.txt");
      call(client, "bodies", "rawFile", stream);
      call(client, "bodies", "upload", "t", null, bytes);
      var r = server.drain();
      assertThat(r.get(0).body()).containsExactly(1, 2, 3);
      String multipart = new String(r.get(1).body(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(multipart).contains("name=\"attachment\"; filename=\"b.txt\"\r\n"
          + "Content-Type: text/plain\r\n\r\n\u0004\u0005\r\n");
    }
  }

  @Test
  void idempotentRequestsAreRetriedOnlyWhenAskedHonouringRetryAfter() throws Throwable {
    AtomicInteger hits = new AtomicInteger();
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      ex.getRequestBody().readAllBytes();
      if (hits.incrementAndGet() % 2 == 1) {
        ex.getResponseHeaders().add("Retry-After", "0");
        ex.sendResponseHeaders(503, -1);
      } else {
        ex.sendResponseHeaders(200, -1);
      }
      ex.close();
    });
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      call(client(base, 2), "auth", "inheritedBearer");
      assertThat(hits.get()).isEqualTo(2);
      hits.set(0);
      assertThatThrownBy(() -> call(client(base, 0), "auth", "inheritedBearer"))
          .hasMessageContaining("503");
      assertThat(hits.get()).isEqualTo(1);
      hits.set(0);
      assertThatThrownBy(() -> call(client(base, 2), "bodies", "loginForm", null, null,
          null, null)).hasMessageContaining("503"); // POST: never retried
      assertThat(hits.get()).isEqualTo(1);
    } finally {
      server.stop(0);
    }
  }
}
