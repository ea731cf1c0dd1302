package io.github.postman2java.it.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The gate's comparison finds every loss issue 13 names, and allows only date-time text. */
class JsonEquivalenceTest {
  private static String diff(String expected, String actual) throws IOException {
    JsonNode e = RoundTripGateTest.EXACT.readTree(expected);
    JsonNode a = RoundTripGateTest.EXACT.readTree(actual);
    return JsonEquivalence.firstDifference(e, a, "");
  }

  @Test
  void findsEachKindOfLoss() throws IOException {
    assertThat(diff("{\"a\":null}", "{}")).isEqualTo("/a (member lost)");
    assertThat(diff("{}", "{\"a\":null}")).isEqualTo("/a (member added)");
    assertThat(diff("{\"a\":697}", "{\"a\":697.0}")).startsWith("/a (697 became 697.0");
    assertThat(diff("{\"a\":1.0}", "{\"a\":1}")).startsWith("/a (1.0 became 1");
    assertThat(diff("[1502989330]", "[1.50298933E9]")).startsWith("/0 ");
    assertThat(diff("{\"a\":0.12345678901234567890123}", "{\"a\":0.12345678901234568}"))
        .startsWith("/a ");
    assertThat(diff("{\"t\":\"2021-05-07T12:08:15+05:30\"}", "{\"t\":\"2021-05-07T06:38:15Z\"}"))
        .startsWith("/t ");
    assertThat(diff("{\"\":\"x\",\"a/b\":{\"c\":1}}", "{\"a/b\":{\"c\":1}}"))
        .isEqualTo("/ (member lost)");
    assertThat(diff("{\"a/b\":{\"c\":\"x\"}}", "{\"a/b\":{\"c\":\"X\"}}")).startsWith("/a~1b/c ");
  }

  @Test
  void allowsOnlyAnotherTextForTheSameDateTime() throws IOException {
    assertThat(diff("{\"t\":\"2021-05-07T12:08:15.100+05:30\",\"n\":1.50,\"b\":[true,null]}",
        "{\"b\":[true,null],\"n\":1.50,\"t\":\"2021-05-07T12:08:15.1+05:30\"}")).isNull();
  }
}
