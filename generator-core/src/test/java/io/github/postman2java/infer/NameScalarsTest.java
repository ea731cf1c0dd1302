package io.github.postman2java.infer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.postman2java.infer.Shape.Scalar;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class NameScalarsTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void aMemberLendsTheOneScalarKindItHoldsWhereverItHasAValue() {
    NameScalars s = new NameScalars();
    s.add("issue", "closed_at", NODES.textNode("2024-03-01T10:00:00Z"));
    s.add("issue", "closed_at", NODES.nullNode());
    s.add("issue", "due_on", NODES.textNode("2024-04-01"));
    s.add("issue", "title", NODES.textNode("Crash"));
    s.add("issue", "draft", NODES.booleanNode(false));
    s.add("issue", "id", NODES.numberNode(1L));
    s.add("issue", "huge", NODES.numberNode(new BigInteger("123456789012345678901234")));
    s.add("issue", "ratio", NODES.numberNode(2L));
    s.add("issue", "ratio", NODES.numberNode(new BigDecimal("0.5")));
    assertThat(s.of("issue", "closed_at")).isEqualTo(Scalar.DATE_TIME);
    assertThat(s.of("issue", "due_on")).isEqualTo(Scalar.DATE);
    assertThat(s.of("issue", "title")).isEqualTo(Scalar.STRING);
    assertThat(s.of("issue", "draft")).isEqualTo(Scalar.BOOLEAN);
    assertThat(s.of("issue", "id")).isEqualTo(Scalar.LONG);
    assertThat(s.of("issue", "huge")).isEqualTo(Scalar.BIG_INTEGER);
    assertThat(s.of("issue", "ratio")).isEqualTo(Scalar.DOUBLE);
  }

  @Test
  void nothingIsLentAcrossHoldersByBodiesOrFromMixedKindsNullsAndPlaceholders() {
    NameScalars s = new NameScalars();
    s.add("steps", "check", NODES.textNode("pending"));
    s.add(NameScalars.ROOT, "parent", NODES.textNode("6dcb09b5"));
    s.add(NameScalars.ROOT, "when", NODES.textNode("2024-03-01T10:00:00Z"));
    s.add(NameScalars.ROOT, "when", NODES.textNode("tomorrow"));
    s.add(NameScalars.ROOT, "owner", NODES.textNode("octocat"));
    s.add(NameScalars.ROOT, "owner", NODES.objectNode());
    s.add(NameScalars.ROOT, "token", NODES.textNode("{{token}}"));
    s.add(NameScalars.ROOT, "gone", NODES.nullNode());
    assertThat(s.of(NameScalars.ROOT, "check")).isNull();
    assertThat(s.of(NameScalars.ROOT, "parent")).isNull();
    assertThat(s.of(NameScalars.ROOT, "when")).isNull();
    assertThat(s.of(NameScalars.ROOT, "owner")).isNull();
    assertThat(s.of(NameScalars.ROOT, "token")).isNull();
    assertThat(s.of(NameScalars.ROOT, "gone")).isNull();
    assertThat(s.of(null, "check")).isNull();
  }

  @Test
  void theHolderOfAMemberIsTheNameOfTheObjectAroundIt() {
    assertThat(ShapeResolver.holder("$.closed_at", "closed_at")).isEqualTo(NameScalars.ROOT);
    assertThat(ShapeResolver.holder("$.issue.closed_at", "closed_at")).isEqualTo("issue");
    assertThat(ShapeResolver.holder("$.items[][].closed_at", "closed_at")).isEqualTo("items");
    assertThat(ShapeResolver.holder("$[].closed_at", "closed_at")).isEqualTo(NameScalars.ROOT);
    assertThat(ShapeResolver.holder("$.labels{}.closed_at", "closed_at")).isNull();
    assertThat(ShapeResolver.holder("$.labels", null)).isNull();
  }
}
