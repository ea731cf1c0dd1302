package io.github.postman2java.it.wire;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP server on 127.0.0.1 that records every request exactly as it arrived (method, raw path
 * and query, headers in order, body bytes) and answers 200 with an empty body.
 */
final class RecordingServer implements AutoCloseable {

  /** One request as received; header names in lower case, values in arrival order. */
  record Recorded(String method, String rawPathAndQuery, Map<String, List<String>> headers,
      byte[] body) {}

  private final HttpServer server;
  private final List<Recorded> received = new CopyOnWriteArrayList<>();

  RecordingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, List<String>> headers = new TreeMap<>();
      exchange.getRequestHeaders().forEach((k, v) ->
          headers.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v));
      URI uri = exchange.getRequestURI();
      received.add(new Recorded(exchange.getRequestMethod(),
          uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
          headers, body));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Returns and forgets everything received so far. */
  List<Recorded> drain() {
    List<Recorded> out = new ArrayList<>(received);
    received.clear();
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
