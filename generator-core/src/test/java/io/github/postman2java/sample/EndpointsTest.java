package io.github.postman2java.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postman2java.collection.TestCollections;
import io.github.postman2java.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointsTest {
  private static String item(String method, String url, String variables, String body) {
    return "{\"name\": \"r\", \"request\": {\"method\": \"" + method + "\", \"url\": " + url
        + (variables == null ? "" : "") + (body == null ? "" : ", \"body\": {\"mode\": \"raw\","
        + " \"raw\": " + body + ", \"options\": {\"raw\": {\"language\": \"json\"}}}") + "}}";
  }

  private static List<String> endpoints(String... items) {
    return TestCollections.samples(String.join(",", items), new Diagnostics()).operations()
        .stream().map(OperationSamples::endpoint).toList();
  }

  @Test
  void variablesAreOneSegmentAndTrailingSlashesNothing() {
    assertThat(endpoints(
        item("PUT", "\"{{baseUrl}}/users/:id/\"", null, null),
        item("PUT", "\"{{baseUrl}}/users/{{user_id}}\"", null, null)))
        .containsExactly("PUT {{baseUrl}}/users/{}", "PUT {{baseUrl}}/users/{}");
  }

  @Test
  void aPathWithoutALiteralSegmentIsNoEndpoint() {
    assertThat(endpoints(item("POST", "\"{{createBooking_endpoint}}\"", null, "\"{}\"")))
        .containsExactly("");
  }

  @Test
  void whatPicksTheCallIsPartOfTheEndpoint() {
    assertThat(endpoints(
        item("POST", "{\"raw\": \"{{u}}/api.php?action=login\", \"host\": [\"{{u}}\"],"
            + " \"path\": [\"api.php\"], \"query\": [{\"key\": \"action\", \"value\":"
            + " \"login\"}]}", null, null),
        item("POST", "{\"raw\": \"{{u}}/items/:collection\", \"host\": [\"{{u}}\"],"
            + " \"path\": [\"items\", \":collection\"], \"variable\": [{\"key\":"
            + " \"collection\", \"value\": \"articles\"}]}", null, null),
        item("POST", "{\"raw\": \"{{u}}/items/:id\", \"host\": [\"{{u}}\"],"
            + " \"path\": [\"items\", \":id\"], \"variable\": [{\"key\": \"id\", \"value\":"
            + " \"42\"}]}", null, null),
        item("POST", "\"{{u}}/rpc\"", null, "\"{\\\"method\\\": \\\"cancel\\\", \\\"id\\\": 1}\"")))
        .containsExactly("POST {{u}}/api.php?action=login", "POST {{u}}/items/{articles}",
            "POST {{u}}/items/{}", "POST {{u}}/rpc #method=cancel");
  }
}
