package com.example.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.crm.ApiException;
import com.example.crm.ZohoCrmClient;
import com.example.crm.ZohoCrmErrorCode;
import com.example.crm.model.MassUpdateLeadsRequest;
import com.example.crm.model.MassUpdateLeadsResponse;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated client as a Boot bean built with Boot's JsonMapper, against a server on
 * 127.0.0.1 that replays the collection's saved responses.
 */
@SpringBootTest
class LeadsClientBootTest {
  private static final AtomicReference<JsonNode> NEXT = new AtomicReference<>();
  private static final AtomicReference<String> SEEN = new AtomicReference<>();
  private static HttpServer server;

  @Autowired ZohoCrmClient crm;
  @Autowired JsonMapper jsonMapper;

  @DynamicPropertySource
  static void replayServer(DynamicPropertyRegistry registry) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      SEEN.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
          + exchange.getRequestHeaders().getFirst("Authorization"));
      JsonNode saved = NEXT.get();
      byte[] body = saved.path("body").asString().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
      exchange.sendResponseHeaders(saved.path("code").asInt(), body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    registry.add("crm.base-url", () -> "http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private JsonNode saved(String name) {
    JsonNode responses = jsonMapper.readTree(new File(System.getProperty("sample.collection")))
        .at("/item/0/item/0/response");
    for (JsonNode r : responses) {
      if (r.path("name").asString().equals(name)) {
        return r;
      }
    }
    throw new AssertionError("no saved response named " + name);
  }

  private MassUpdateLeadsRequest request() {
    return MassUpdateLeadsRequest.builder()
        .data(List.of(MassUpdateLeadsRequest.Data.builder().noOfEmployees(1000L).build()))
        .overWrite(true)
        .ids(List.of("738964000002131001", "738964000002130131"))
        .build();
  }

  @Test
  void successIsReadWithBootsMapper() {
    NEXT.set(saved("SUCCESS RESPONSE"));
    MassUpdateLeadsResponse response = crm.massUpdate().leads(request());

    assertThat(SEEN.get()).isEqualTo("POST /crm/v2/Leads/actions/mass_update Bearer boot-token");
    assertThat(response.data()).hasSize(2);
    assertThat(response.data().get(0).details().id()).isEqualTo("738964000002131001");
    assertThat(response.data().get(0).details().modifiedTime().getYear()).isEqualTo(2021);
  }

  @Test
  void anErrorArrivesAsApiExceptionWithItsCode() {
    NEXT.set(saved("AUTHENTICATION_FAILURE"));
    assertThatThrownBy(() -> crm.massUpdate().leads(request()))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.errorCode()).isEqualTo(ZohoCrmErrorCode.AUTHENTICATION_FAILURE);
        });
  }
}
