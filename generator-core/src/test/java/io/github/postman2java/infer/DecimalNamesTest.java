package io.github.postman2java.infer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalNamesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void lastWordOfSnakeKebabDottedAndCamelNames() {
    assertThat(DecimalNames.lastWord("minimum_payment_amount")).isEqualTo("amount");
    assertThat(DecimalNames.lastWord("paymentAmount")).isEqualTo("amount");
    assertThat(DecimalNames.lastWord("late-fee")).isEqualTo("fee");
    assertThat(DecimalNames.lastWord("balance.Available")).isEqualTo("available");
    assertThat(DecimalNames.lastWord("AMOUNT")).isEqualTo("amount");
    assertThat(DecimalNames.lastWord("amount_")).isEqualTo("amount");
    assertThat(DecimalNames.lastWord("")).isEmpty();
  }

  @Test
  void wholeNumbersAreDecimalsWhereTheSameNameOrLastWordHoldsADecimal() {
    DecimalNames names = new DecimalNames();
    names.add("amount", NODES.numberNode(new BigDecimal("12.50")));
    names.add("current", NODES.numberNode(new BigDecimal("1.5")));
    names.add("count", NODES.numberNode(3L));
    assertThat(names.isDecimal("amount")).isTrue();
    assertThat(names.isDecimal("ytd_amount")).isTrue();
    assertThat(names.isDecimal("payAmount")).isTrue();
    assertThat(names.isDecimal("current")).isTrue();
    assertThat(names.isDecimal("count")).isFalse();
    assertThat(names.isDecimal("fee")).isFalse();
    assertThat(names.isDecimal(null)).isFalse();
  }

  @Test
  void countsSizesIdsAndTimesStayWholeEvenWhenFractionalElsewhere() {
    DecimalNames names = new DecimalNames();
    names.add("total", NODES.numberNode(new BigDecimal("14.75")));
    names.add("duration_seconds", NODES.numberNode(new BigDecimal("0.25")));
    assertThat(names.isDecimal("total")).isFalse();
    assertThat(names.isDecimal("grand_total")).isFalse();
    assertThat(names.isDecimal("timeout_seconds")).isFalse();
  }

  @Test
  void integersNeverMakeANameDecimal() {
    DecimalNames names = new DecimalNames();
    names.add("amount", NODES.numberNode(100L));
    assertThat(names.isDecimal("amount")).isFalse();
  }
}
