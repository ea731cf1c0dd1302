package io.github.postman2java.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.zoho.ApiException;
import com.example.zoho.ZohoCrmClient;
import com.example.zoho.fixtures.ReplayTransport;
import com.example.zoho.fixtures.ZohoCrmExamples;
import com.example.zoho.model.ErrorResponse;
import com.example.zoho.model.MassUpdateLeadsRequest;
import com.example.zoho.model.MassUpdateLeadsResponse;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Leads client (golden output) driven through the generated {@link ReplayTransport}: named
 * answers, matching by the recorded request, the no-match message, recorded requests.
 */
class LeadsReplayTest {
  private final ReplayTransport replay = ZohoCrmExamples.replay();
  private final ZohoCrmClient crm = ZohoCrmClient.builder()
      .baseUrl(URI.create("https://crm.example.test"))
      .bearerToken(() -> "test-token")
      .transport(replay)
      .build();

  private static MassUpdateLeadsRequest employees(long count, String... ids) {
    MassUpdateLeadsRequest.Builder request = MassUpdateLeadsRequest.builder()
        .data(List.of(MassUpdateLeadsRequest.Data.builder().noOfEmployees(count).build()))
        .overWrite(true);
    // ids(null) would send an explicit null: leave it out instead when there are none.
    return ids.length == 0 ? request.build() : request.ids(List.of(ids)).build();
  }

  @Test
  void aQueuedExampleAnswersTheNextRequestTyped() {
    replay.respondWith(ZohoCrmExamples.massUpdateLeads().recordLocked());

    MassUpdateLeadsResponse result = crm.massUpdate().leads(employees(1000, "475243000003269880"));

    assertThat(result.data()).singleElement().satisfies(item ->
        assertThat(item.code()).isEqualTo(MassUpdateLeadsResponse.Code.RECORD_LOCKED));
    ReplayTransport.Received sent = replay.lastRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.uri().getPath()).isEqualTo("/crm/v2/Leads/actions/mass_update");
    assertThat(sent.header("Authorization")).isEqualTo("Bearer test-token");
    assertThat(sent.body()).contains("\"No_of_Employees\":1000");
  }

  @Test
  void errorExamplesArriveAsApiExceptionsWithTheirModel() {
    replay.respondWith(ZohoCrmExamples.massUpdateLeads().authenticationFailure());

    assertThatThrownBy(() -> crm.massUpdate().leads(employees(1000)))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.error(ErrorResponse.class)).hasValueSatisfying(error ->
              assertThat(error.code()).isEqualTo(ErrorResponse.Code.AUTHENTICATION_FAILURE));
        });
  }

  @Test
  void withoutAQueueTheRecordedRequestBodyPicksTheExample() {
    // The "INVALID_DATA (field)" example was recorded with No_of_Employees1, an unknown field;
    // this body has the same shape as the first example with no ids: MANDATORY_NOT_FOUND.
    MassUpdateLeadsResponse result = crm.massUpdate().leads(employees(1000));

    assertThat(result.data().get(0).code())
        .isEqualTo(MassUpdateLeadsResponse.Code.MANDATORY_NOT_FOUND);
  }

  @Test
  void noMatchNamesTheClosestExamples() {
    assertThatThrownBy(() -> crm.massUpdate().leads(employees(7, "1")))
        .isInstanceOf(ReplayTransport.NoMatchException.class)
        .hasMessageStartingWith("no saved example matches POST /crm/v2/Leads/actions/mass_update;"
            + " closest:")
        .hasMessageContaining("massUpdateLeads().")
        .hasMessageContaining("request body differs at $.")
        .hasMessageContaining("respondWith");
    assertThat(replay.requests()).hasSize(1);
  }
}
