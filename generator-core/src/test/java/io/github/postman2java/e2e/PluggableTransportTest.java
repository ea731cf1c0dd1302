package io.github.postman2java.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.zoho.HttpTransport;
import com.example.zoho.ZohoCrmClient;
import com.example.zoho.model.MassUpdateLeadsRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A test double plugged in as the transport sees exactly what the JDK transport would send. */
class PluggableTransportTest {
  private final List<HttpTransport.Request> sent = new CopyOnWriteArrayList<>();
  private final HttpTransport replay = request -> {
    sent.add(request);
    return new HttpTransport.Response(200, Map.of("Content-Type", List.of("application/json"),
        "X-Request-Id", List.of("req-1")),
        "{\"data\":[{\"code\":\"SUCCESS\"}]}".getBytes(StandardCharsets.UTF_8));
  };

  private ZohoCrmClient client() {
    return ZohoCrmClient.builder()
        .baseUrl(URI.create("https://crm.example.test"))
        .bearerToken(() -> "tok")
        .transport(replay)
        .build();
  }

  private static MassUpdateLeadsRequest body() {
    return MassUpdateLeadsRequest.builder().ids(List.of("1")).build();
  }

  @Test
  void requestValueCarriesMethodUriHeadersBodyAndTimeout() {
    var response = client().massUpdate().leadsWithResponse(body());

    assertThat(response.body().data().get(0).code().toString()).isEqualTo("SUCCESS");
    assertThat(response.header("content-type")).isEqualTo("application/json");
    HttpTransport.Request r = sent.get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.uri()).isEqualTo(URI.create(
        "https://crm.example.test/crm/v2/Leads/actions/mass_update"));
    assertThat(r.header("authorization")).isEqualTo("Bearer tok");
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(new String(r.body().bytes(), StandardCharsets.UTF_8))
        .isEqualTo("{\"ids\":[\"1\"]}");
    assertThat(r.timeout()).isPositive();
    assertThat(r.toString()).doesNotContain("tok");
  }

  @Test
  void asyncCallsGoThroughTheSameTransport() throws Exception {
    client().massUpdate().leadsAsync(body()).get();

    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).withHeader("X-Signed", "1").header("x-signed")).isEqualTo("1");
  }
}
