package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.crm.ZohoCrmClient;
import com.example.crm.model.MassUpdateLeadsRequest;
import com.example.crm.model.MassUpdateLeadsResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls the generated client against a local JDK HTTP server that replays the collection's saved
 * "SUCCESS RESPONSE", and checks the request that arrived and the typed response.
 */
class LeadsClientTest {
  private final ObjectMapper mapper = new ObjectMapper();
  private final AtomicReference<String> seen = new AtomicReference<>();
  private HttpServer server;

  @BeforeEach
  void startReplayServer() throws IOException {
    JsonNode collection = mapper.readTree(new File(System.getProperty("sample.collection")));
    JsonNode saved = collection.at("/item/0/item/0/response/0");
    assertEquals("SUCCESS RESPONSE", saved.path("name").asText());
    byte[] body = saved.path("body").asText().getBytes(StandardCharsets.UTF_8);

    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/crm/v2/Leads/actions/mass_update", exchange -> {
      seen.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
          + exchange.getRequestHeaders().getFirst("Authorization") + " "
          + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
      exchange.sendResponseHeaders(saved.path("code").asInt(), body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopReplayServer() {
    server.stop(0);
  }

  @Test
  void massUpdateRoundTripsThroughTheGeneratedClient() throws IOException {
    ZohoCrmClient client = ZohoCrmClient.builder()
        .baseUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
        .bearerToken(() -> "test-token")
        .build();

    MassUpdateLeadsResponse response = client.massUpdate().leads(MassUpdateLeadsRequest.builder()
        .data(List.of(MassUpdateLeadsRequest.Data.builder().noOfEmployees(1000L).build()))
        .overWrite(true)
        .ids(List.of("738964000002131001", "738964000002130131"))
        .build());

    String request = seen.get();
    assertTrue(request.startsWith("POST /crm/v2/Leads/actions/mass_update Bearer test-token "),
        request);
    JsonNode sentBody = mapper.readTree(request.substring(request.indexOf('{')));
    assertEquals(1000, sentBody.at("/data/0/No_of_Employees").asInt());
    assertEquals(2, response.data().size());
    MassUpdateLeadsResponse.Data first = response.data().get(0);
    assertEquals(MassUpdateLeadsResponse.Code.SUCCESS, first.code());
    assertEquals(MassUpdateLeadsResponse.Status.SUCCESS, first.status());
    assertEquals("738964000002131001", first.details().id());
    assertEquals("record updated", first.message());
    assertEquals(2021, first.details().modifiedTime().getYear());
  }
}
