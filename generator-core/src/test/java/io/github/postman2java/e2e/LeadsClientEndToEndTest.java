package io.github.postman2java.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.zoho.ApiException;
import com.example.zoho.ZohoCrmClient;
import com.example.zoho.ZohoCrmErrorCode;
import com.example.zoho.model.ErrorResponse;
import com.example.zoho.model.MassUpdateLeadsRequest;
import com.example.zoho.model.MassUpdateLeadsResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Uses the generated Leads client the way a user would, against a server on 127.0.0.1 that
 * replays the collection's eight saved responses and records what it received.
 */
class LeadsClientEndToEndTest {
  private static final String TOKEN = "runtime-token-" + System.nanoTime();

  private final ObjectMapper json = new ObjectMapper();
  private final List<Recorded> received = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private volatile Replay next;
  private ZohoCrmClient crm;

  record Recorded(String method, String path, Map<String, List<String>> headers, String body) {}

  record Replay(int status, String body) {}

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] in = exchange.getRequestBody().readAllBytes();
      received.add(new Recorded(exchange.getRequestMethod(),
          exchange.getRequestURI().getRawPath(), Map.copyOf(exchange.getRequestHeaders()),
          new String(in, StandardCharsets.UTF_8)));
      byte[] out = next.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
      exchange.sendResponseHeaders(next.status(), out.length);
      exchange.getResponseBody().write(out);
      exchange.close();
    });
    server.start();
    crm = ZohoCrmClient.builder()
        .baseUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
        .bearerToken(() -> TOKEN)
        .build();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private MassUpdateLeadsRequest request() {
    return MassUpdateLeadsRequest.builder()
        .data(List.of(MassUpdateLeadsRequest.Data.builder().noOfEmployees(1000L).build()))
        .overWrite(true)
        .ids(List.of("738964000002131001", "738964000002130131"))
        .build();
  }

  /** Returns the saved responses of the Leads item, in file order. */
  private List<Replay> savedResponses() throws IOException {
    JsonNode collection = json.readTree(
        Path.of("..", "sample-collections", "zoho-crm-leads.postman_collection.json").toFile());
    List<Replay> out = new ArrayList<>();
    for (JsonNode r : collection.at("/item/0/item/0/response")) {
      out.add(new Replay(r.get("code").asInt(), r.get("body").asText()));
    }
    return out;
  }

  @Test
  void successIsTypedAndTheRequestIsWhatZohoExpects() throws IOException {
    next = savedResponses().get(0);

    MassUpdateLeadsResponse result = crm.massUpdate().leads(request());

    var second = result.data().get(1);
    assertThat(second.code()).isEqualTo(MassUpdateLeadsResponse.Code.SUCCESS);
    assertThat(second.status()).isEqualTo(MassUpdateLeadsResponse.Status.SUCCESS);
    assertThat(second.details().createdTime())
        .isEqualTo(OffsetDateTime.of(2021, 5, 7, 6, 38, 15, 0, ZoneOffset.UTC));
    assertThat(second.details().modifiedBy().name()).isEqualTo("Patricia Boyle");
    assertThat(second.details().id()).isEqualTo("738964000002130131");

    Recorded r = received.get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/crm/v2/Leads/actions/mass_update");
    assertThat(r.headers().get("Authorization")).containsExactly("Bearer " + TOKEN);
    assertThat(r.headers().get("Content-type")).containsExactly("application/json");
    assertThat(json.readTree(r.body())).isEqualTo(json.readTree(
        "{\"data\":[{\"No_of_Employees\":1000}],\"over_write\":true,"
            + "\"ids\":[\"738964000002131001\",\"738964000002130131\"]}"));
  }

  @Test
  void everySavedResponseReplaysIntoTypedResultsOrApiException() throws IOException {
    List<Replay> replays = savedResponses();
    assertThat(replays).hasSize(8);
    List<Object> codes = new ArrayList<>();
    for (Replay replay : replays) {
      next = replay;
      if (replay.status() < 300) {
        var item = crm.massUpdate().leads(request()).data().get(0);
        codes.add(item.code());
        if (item.code().known() == MassUpdateLeadsResponse.Code.Known.RECORD_LOCKED) {
          // One value in one example is no vocabulary: the action stays a String.
          assertThat(item.details().action()).isEqualTo("zia_vision_processing");
        }
      } else {
        try {
          crm.massUpdate().leads(request());
        } catch (ApiException e) {
          codes.add(e.errorCode());
        }
      }
    }
    assertThat(codes).containsExactly(
        MassUpdateLeadsResponse.Code.SUCCESS,
        MassUpdateLeadsResponse.Code.INVALID_DATA,
        MassUpdateLeadsResponse.Code.INVALID_DATA,
        MassUpdateLeadsResponse.Code.MANDATORY_NOT_FOUND,
        ZohoCrmErrorCode.INVALID_REQUEST_METHOD,
        ZohoCrmErrorCode.AUTHENTICATION_FAILURE,
        MassUpdateLeadsResponse.Code.NOT_APPROVED,
        MassUpdateLeadsResponse.Code.RECORD_LOCKED);
    assertThat(received).hasSize(8);
  }

  @Test
  void invalidRequestMethodArrivesAsApiExceptionWithTheParsedErrorModel() throws IOException {
    next = savedResponses().get(4);

    assertThatThrownBy(() -> crm.massUpdate().leads(request()))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.errorCode()).isEqualTo(ZohoCrmErrorCode.INVALID_REQUEST_METHOD);
          ErrorResponse error = e.error(ErrorResponse.class).orElseThrow();
          assertThat(error.code()).isEqualTo(ErrorResponse.Code.INVALID_REQUEST_METHOD);
          assertThat(error.message()).isEqualTo("The http request method type is not a valid one");
          assertThat(e.getMessage()).doesNotContain(TOKEN);
        });
  }

  @Test
  void authenticationFailureIsA401WithItsCode() throws IOException {
    next = savedResponses().get(5);

    assertThatThrownBy(() -> crm.massUpdate().leadsWithResponse(request()))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.errorCode()).isEqualTo(ZohoCrmErrorCode.AUTHENTICATION_FAILURE);
        });
  }

  @Test
  void asyncAndWithResponseVariantsCarryStatusAndHeaders() throws Exception {
    next = savedResponses().get(0);

    var response = crm.massUpdate().leadsWithResponse(request());
    var async = crm.massUpdate().leadsAsync(request()).get();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/json");
    assertThat(async).isEqualTo(response.body());
  }

  @Test
  void unknownCodesAreKeptInsteadOfFailing() throws IOException {
    String body = "{\"data\":[{\"code\":\"BRAND_NEW_CODE\",\"status\":\"partial\"}]}";
    next = new Replay(200, body);

    var result = crm.massUpdate().leads(request());
    var item = result.data().get(0);

    assertThat(item.code().known()).isEqualTo(MassUpdateLeadsResponse.Code.Known.UNKNOWN);
    assertThat(item.code().value()).isEqualTo("BRAND_NEW_CODE");
    assertThat(item.code()).isEqualTo(MassUpdateLeadsResponse.Code.of("BRAND_NEW_CODE"));
    assertThat(item.status().known()).isEqualTo(MassUpdateLeadsResponse.Status.Known.UNKNOWN);
    assertThat(json.readTree(json.writeValueAsString(result))).isEqualTo(json.readTree(body));
  }

  @Test
  void whatTheServerSentIsWrittenBackUnchanged() throws IOException {
    String body = "{\"data\":[{\"code\":\"SUCCESS\",\"message\":null,\"added_later\":"
        + "{\"n\":null,\"rate\":1.50,\"big\":3.14159265358979323846264338327950288},"
        + "\"details\":{\"Modified_Time\":\"2021-05-07T12:08:15+05:30\",\"id\":\"7\"}}]}";
    next = new Replay(200, body);

    var result = crm.massUpdate().leads(request());
    var item = result.data().get(0);

    assertThat(item.message()).isNull();
    assertThat(item.status()).isNull();
    assertThat(item.additionalProperties()).containsOnlyKeys("added_later");
    assertThat(item.details().modifiedTime().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    ObjectMapper exact = new ObjectMapper()
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    for (ObjectMapper mapper : List.of(new ObjectMapper().findAndRegisterModules(), exact
        .findAndRegisterModules())) {
      String back = mapper.writeValueAsString(result);
      assertThat(exact.readTree(back)).isEqualTo(exact.readTree(body));
      assertThat(mapper.readValue(back, MassUpdateLeadsResponse.class)).isEqualTo(result);
    }
  }
}
