package io.github.postman2java.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.zoho.fixtures.RecordedExample;
import com.example.zoho.fixtures.ZohoCrmExamples;
import com.example.zoho.model.ErrorResponse;
import com.example.zoho.model.MassUpdateLeadsResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Leads fixtures (compiled from the golden files) as a user's test reads them: typed bodies,
 * the collection's text as written, status and headers.
 */
class LeadsFixturesTest {
  private static final Path COLLECTION =
      Path.of("..", "sample-collections", "zoho-crm-leads.postman_collection.json");

  @Test
  void everySavedResponseHasATypedFixtureInFileOrder() throws IOException {
    JsonNode responses = new ObjectMapper().readTree(COLLECTION.toFile())
        .at("/item/0/item/0/response");
    List<RecordedExample<?>> all = ZohoCrmExamples.all();
    assertThat(all).hasSize(responses.size());
    List<String> names = new ArrayList<>();
    for (int i = 0; i < responses.size(); i++) {
      JsonNode saved = responses.get(i);
      RecordedExample<?> fixture = all.get(i);
      names.add(fixture.id());
      assertThat(fixture.name()).isEqualTo(saved.get("name").asText());
      assertThat(fixture.status()).isEqualTo(saved.get("code").asInt());
      assertThat(fixture.rawBody()).as("body text as written").isEqualTo(
          saved.get("body").asText());
      assertThat(fixture.body()).as(fixture.id()).isNotNull();
      assertThat(fixture.headers()).hasSize(saved.get("header").size());
    }
    assertThat(names).containsExactly(
        "massUpdateLeads().successResponse()", "massUpdateLeads().invalidDataNoField()",
        "massUpdateLeads().invalidDataField()", "massUpdateLeads().mandatoryNotFound()",
        "massUpdateLeads().invalidRequestMethod()", "massUpdateLeads().authenticationFailure()",
        "massUpdateLeads().notApproved()", "massUpdateLeads().recordLocked()");
  }

  @Test
  void bodiesAreTheModelsTheClientReads() {
    MassUpdateLeadsResponse locked = ZohoCrmExamples.massUpdateLeads().recordLocked().body();
    assertThat(locked.data()).singleElement().satisfies(item -> {
      assertThat(item.code()).isEqualTo(MassUpdateLeadsResponse.Code.RECORD_LOCKED);
      assertThat(item.details().id()).isEqualTo("475243000003269880");
    });
    RecordedExample<ErrorResponse> denied =
        ZohoCrmExamples.massUpdateLeads().authenticationFailure();
    assertThat(denied.status()).isEqualTo(401);
    assertThat(denied.header("content-type")).startsWith("application/json");
    assertThat(denied.body().code()).isEqualTo(ErrorResponse.Code.AUTHENTICATION_FAILURE);
    assertThat(ZohoCrmExamples.massUpdateLeads().requestBody().overWrite()).isTrue();
  }
}
