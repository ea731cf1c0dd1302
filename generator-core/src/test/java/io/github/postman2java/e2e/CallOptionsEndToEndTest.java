package io.github.postman2java.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.zoho.ApiException;
import com.example.zoho.HttpTransport;
import com.example.zoho.Interceptor;
import com.example.zoho.JdkHttpTransport;
import com.example.zoho.PagingShowcaseClient;
import com.example.zoho.RequestOptions;
import com.example.zoho.Sleeper;
import com.example.zoho.model.ChargeRequest;
import io.github.postman2java.e2e.LocalServer.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Per-call options, retries, idempotency keys, Retry-After, interceptors and timeouts, against a
 * local server with the client of golden case good/pagination. The sleeper records the waits, so
 * no test really sleeps between retries.
 */
class CallOptionsEndToEndTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final Sleeper recording = waits::add;

  private PagingShowcaseClient.Builder client(LocalServer server) {
    return PagingShowcaseClient.builder().baseUrl(server.baseUrl()).sleeper(recording)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static ChargeRequest charge() {
    return ChargeRequest.builder().amount(1099L).source("tok_visa").build();
  }

  /** Fails the first {@code failures} requests with {@code status} (and headers), then 200. */
  private static LocalServer failingFirst(int failures, int status, Map<String, String> headers) {
    AtomicInteger hits = new AtomicInteger();
    return new LocalServer(r -> hits.incrementAndGet() <= failures
        ? Reply.status(status, headers) : Reply.json("{\"id\":\"ch_1\",\"sku\":\"A-1\"}"));
  }

  @Test
  void postIsNotRetriedWithoutAnIdempotencyKey() {
    try (LocalServer server = failingFirst(1, 503, Map.of())) {
      var client = client(server).retries(3).build();

      assertThatThrownBy(() -> client.billing().createCharge(charge()))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(e.method()).isEqualTo("POST");
            assertThat(e.pathTemplate()).isEqualTo("/v1/charges");
          });
      assertThat(server.received).hasSize(1);
      assertThat(waits).isEmpty();
    }
  }

  @Test
  void postWithAnIdempotencyKeyIsRetriedWithTheSameKeyOnEveryAttempt() {
    try (LocalServer server = failingFirst(2, 503, Map.of())) {
      var client = client(server).retries(3).attemptHeader("X-Attempt").build();

      var result = client.billing().createCharge(charge(),
          RequestOptions.builder().idempotencyKey("order-42").build());

      assertThat(result.id()).isEqualTo("ch_1");
      assertThat(server.received).hasSize(3);
      assertThat(server.received).extracting(r -> r.header("Idempotency-Key"))
          .containsOnly("order-42");
      assertThat(server.received).extracting(r -> r.header("X-Attempt"))
          .containsExactly("0", "1", "2");
      assertThat(server.received).extracting(LocalServer.Received::body).allMatch(
          b -> b.contains("\"amount\":1099"));
      // Exponential backoff with jitter: between half and all of 500 ms, then of 1 s.
      assertThat(waits.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
      assertThat(waits.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    }
  }

  @Test
  void theIdempotencyHeaderNameIsConfigurable() {
    try (LocalServer server = failingFirst(1, 502, Map.of())) {
      var client = client(server).retries(1).idempotencyHeader("X-Idempotency-Key").build();

      client.billing().createCharge(charge(), RequestOptions.builder().idempotencyKey("k1")
          .build());

      assertThat(server.received).extracting(r -> r.header("X-Idempotency-Key"))
          .containsExactly("k1", "k1");
      assertThat(server.received.get(0).header("Idempotency-Key")).isNull();
    }
  }

  @Test
  void retryAfterInSecondsAsAnHttpDateAndInMillisecondsIsHonoured() {
    String inFiveSeconds = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
        NOW.plusSeconds(5).atZone(ZoneOffset.UTC));
    List<Duration> seen = new java.util.ArrayList<>();
    for (var header : List.of(Map.of("Retry-After", "2"), Map.of("Retry-After", inFiveSeconds),
        Map.of("Retry-After-Ms", "150", "Retry-After", "9"))) {
      waits.clear();
      try (LocalServer server = failingFirst(1, 429, header)) {
        client(server).retries(1).build().catalog().getProduct("A-1");
        assertThat(server.received).hasSize(2);
      }
      seen.add(waits.get(0));
    }
    assertThat(seen).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(5),
        Duration.ofMillis(150));
  }

  @Test
  void aRetryAfterLongerThanMaxRetryDelayEndsTheRetries() {
    try (LocalServer server = failingFirst(1, 503, Map.of("Retry-After", "120"))) {
      var client = client(server).retries(3).maxRetryDelay(Duration.ofSeconds(30)).build();

      assertThatThrownBy(() -> client.catalog().getProduct("A-1"))
          .isInstanceOf(ApiException.class).hasMessageContaining("503");
      assertThat(server.received).hasSize(1);
      assertThat(waits).isEmpty();
    }
  }

  @Test
  void retryableStatusesAreRetriedOthersAreNot() {
    for (int status : new int[] {408, 429, 502, 503, 504}) {
      try (LocalServer server = failingFirst(1, status, Map.of())) {
        client(server).retries(1).build().catalog().getProduct("A-1");
        assertThat(server.received).as("status %d", status).hasSize(2);
      }
    }
    for (int status : new int[] {400, 401, 404, 409, 500}) {
      try (LocalServer server = failingFirst(1, status, Map.of())) {
        assertThatThrownBy(() -> client(server).retries(3).build().catalog().getProduct("A-1"))
            .isInstanceOf(ApiException.class);
        assertThat(server.received).as("status %d", status).hasSize(1);
      }
    }
  }

  @Test
  void retriesAreOffByDefaultAndPerCallOptionsCanTurnThemOn() {
    try (LocalServer server = failingFirst(1, 503, Map.of())) {
      var client = client(server).build();
      assertThatThrownBy(() -> client.catalog().getProduct("A-1"))
          .isInstanceOf(ApiException.class);
      assertThat(client.catalog().getProduct("A-1", RequestOptions.builder().maxRetries(1)
          .build()).sku()).isEqualTo("A-1");
    }
  }

  @Test
  void connectionFailuresAreRetried() {
    AtomicInteger calls = new AtomicInteger();
    try (LocalServer server = new LocalServer(r -> Reply.json("{\"sku\":\"A-1\"}"))) {
      HttpTransport jdk = JdkHttpTransport.create(Duration.ofSeconds(5));
      HttpTransport flaky = request -> {
        if (calls.incrementAndGet() == 1) {
          throw new java.net.ConnectException("Connection refused");
        }
        return jdk.send(request);
      };
      var client = client(server).transport(flaky).retries(2).build();

      assertThat(client.catalog().getProduct("A-1").sku()).isEqualTo("A-1");
      assertThat(calls.get()).isEqualTo(2);
      assertThat(waits).hasSize(1);
      var none = client(server).transport(flaky).build();
      calls.set(0);
      assertThatThrownBy(() -> none.catalog().getProduct("A-1"))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("GET /api/products/{sku} failed");
    }
  }

  @Test
  void asyncCallsRetryThroughTheSleeperToo() throws Exception {
    try (LocalServer server = failingFirst(1, 503, Map.of("Retry-After", "1"))) {
      var result = client(server).retries(1).build().catalog().getProductAsync("A-1")
          .get(10, TimeUnit.SECONDS);

      assertThat(result.sku()).isEqualTo("A-1");
      assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }
  }

  @Test
  void perCallTimeoutAppliesToThatCallOnly() {
    try (LocalServer server = new LocalServer(r -> new Reply(200, Map.of(), "{\"sku\":\"A\"}",
        r.path().endsWith("/slow") ? 3000 : 0))) {
      var client = client(server).build();
      long start = System.nanoTime();

      assertThatThrownBy(() -> client.catalog().getProduct("slow", RequestOptions.builder()
          .timeout(Duration.ofMillis(300)).build()))
          .isInstanceOf(UncheckedIOException.class)
          .hasRootCauseInstanceOf(HttpTimeoutException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
      assertThat(client.catalog().getProduct("fast").sku()).isEqualTo("A");
    }
  }

  @Test
  void optionsAddHeadersAndQueryParametersAndWithOptionsDerivesAClient() {
    try (LocalServer server = new LocalServer(r -> Reply.json("{\"channels\":[]}"))) {
      var base = client(server).build();
      var traced = base.withOptions(RequestOptions.builder().header("X-Trace", "t-1")
          .queryParam("limit", "50").build());

      traced.chat().listConversations("2");
      traced.chat().listConversations("2", RequestOptions.builder().header("X-Trace", "t-2")
          .build());
      base.chat().listConversations("2");

      var r = server.received;
      assertThat(r.get(0).header("X-Trace")).isEqualTo("t-1");
      assertThat(r.get(0).query()).isEqualTo("limit=50");
      assertThat(r.get(1).header("X-Trace")).isEqualTo("t-2");
      assertThat(r.get(2).header("X-Trace")).isNull();
      assertThat(r.get(2).query()).isEqualTo("limit=2");
    }
  }

  @Test
  void interceptorsSignEachAttemptSeeResponsesAndErrorsAndRefreshATokenOnce() throws Exception {
    AtomicReference<String> token = new AtomicReference<>("expired");
    List<String> log = new CopyOnWriteArrayList<>();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    Interceptor signer = new Interceptor() {
      @Override
      public HttpTransport.Request beforeSend(HttpTransport.Request request, Call call) {
        byte[] sig;
        synchronized (mac) {
          sig = mac.doFinal(request.body().bytes());
        }
        return request.withHeader("X-Signature", java.util.HexFormat.of().formatHex(sig))
            .withHeader("Authorization", "Bearer " + token.get());
      }
    };
    Interceptor refresher = new Interceptor() {
      @Override
      public HttpTransport.Response afterResponse(HttpTransport.Request request,
          HttpTransport.Response response, Call call) {
        log.add(call.method() + " " + call.pathTemplate() + " #" + call.attempt() + " -> "
            + response.statusCode());
        if (response.statusCode() == 401) {
          token.set("fresh");
          call.retry();
        }
        return response;
      }

      @Override
      public void onError(HttpTransport.Request request, Exception error, Call call) {
        log.add("error " + error.getClass().getSimpleName());
      }
    };
    try (LocalServer server = new LocalServer(r -> "Bearer fresh".equals(r.header(
        "Authorization")) ? Reply.json("{\"id\":\"ch_1\"}") : Reply.status(401, Map.of(
            "X-Request-Id", "req-401")))) {
      var client = client(server).interceptor(signer).interceptor(refresher).build();

      assertThat(client.billing().createCharge(charge()).id()).isEqualTo("ch_1");

      assertThat(server.received).hasSize(2);
      String expected = java.util.HexFormat.of().formatHex(mac.doFinal(
          server.received.get(1).body().getBytes(StandardCharsets.UTF_8)));
      assertThat(server.received.get(1).header("X-Signature")).isEqualTo(expected);
      assertThat(log).containsExactly("POST /v1/charges #0 -> 401", "POST /v1/charges #1 -> 200");

      token.set("revoked-again");
      log.clear();
      var stillFailing = client(server).interceptor(signer).interceptor(new Interceptor() {
        @Override
        public HttpTransport.Response afterResponse(HttpTransport.Request request,
            HttpTransport.Response response, Call call) {
          call.retry(); // asks every time: honoured once per call
          return response;
        }

        @Override
        public void onError(HttpTransport.Request request, Exception error, Call call) {
          log.add("error " + ((ApiException) error).requestId());
        }
      }).build();
      server.received.clear();
      assertThatThrownBy(() -> stillFailing.billing().createCharge(charge()))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.requestId()).isEqualTo("req-401");
            assertThat(e.getMessage()).isEqualTo(
                "POST /v1/charges failed with HTTP 401 (request id req-401)");
          });
      assertThat(server.received).hasSize(2);
      assertThat(log).containsExactly("error req-401");
    }
  }

  @Test
  void exceptionsNameThePathTemplateNeverPathValuesOrTheQuery() {
    try (LocalServer server = new LocalServer(r -> Reply.status(404, Map.of("CF-Ray",
        "8a1b2c3d4e5f-AMS")))) {
      var client = client(server).build();

      assertThatThrownBy(() -> client.catalog().getProduct("secret-sku-value",
          RequestOptions.builder().queryParam("api_key", "k-123").build()))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(
                "GET /api/products/{sku} failed with HTTP 404 (request id 8a1b2c3d4e5f-AMS)");
            assertThat(e.pathTemplate()).isEqualTo("/api/products/{sku}");
            assertThat(e.requestId()).isEqualTo("8a1b2c3d4e5f-AMS");
          });
    }
  }

  @Test
  void aTransportThatThrowsIoExceptionIsReportedToOnError() {
    List<Exception> errors = new CopyOnWriteArrayList<>();
    HttpTransport down = request -> {
      throw new IOException("down");
    };
    var client = PagingShowcaseClient.builder().baseUrl(java.net.URI.create("http://127.0.0.1:9"))
        .transport(down).sleeper(recording).retries(2).interceptor(new Interceptor() {
          @Override
          public void onError(HttpTransport.Request request, Exception error, Call call) {
            errors.add(error);
          }
        }).build();

    assertThatThrownBy(() -> client.catalog().getProduct("A")).isInstanceOf(
        UncheckedIOException.class);
    assertThat(errors).hasSize(3).allMatch(e -> e instanceof IOException);
    assertThat(waits).hasSize(2);
  }
}
