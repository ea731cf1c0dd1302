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
    assertThat(names.isDecimal("amount", false)).isTrue();
    assertThat(names.isDecimal("ytd_amount", false)).isTrue();
    assertThat(names.isDecimal("payAmount", false)).isTrue();
    assertThat(names.isDecimal("current", false)).isTrue();
    assertThat(names.isDecimal("count", false)).isFalse();
    assertThat(names.isDecimal("fee", false)).isFalse();
    assertThat(names.isDecimal(null, false)).isFalse();
  }

  @Test
  void countsSizesIdsAndTimesStayWholeEvenWhenFractionalElsewhere() {
    DecimalNames names = new DecimalNames();
    names.add("total", NODES.numberNode(new BigDecimal("14.75")));
    names.add("duration_seconds", NODES.numberNode(new BigDecimal("0.25")));
    assertThat(names.isDecimal("total", false)).isFalse();
    assertThat(names.isDecimal("grand_total", false)).isFalse();
    assertThat(names.isDecimal("timeout_seconds", false)).isFalse();
  }

  @Test
  void integersNeverMakeANameDecimal() {
    DecimalNames names = new DecimalNames();
    names.add("amount", NODES.numberNode(100L));
    assertThat(names.isDecimal("amount", false)).isFalse();
  }

  @Test
  void pluralLastWordsCompareSingular() {
    DecimalNames names = new DecimalNames();
    names.add("fees", NODES.numberNode(new BigDecimal("1.5")));
    names.add("font_sizes", NODES.numberNode(new BigDecimal("1.5")));
    assertThat(names.isDecimal("current_late_fee", false)).isTrue();
    assertThat(names.isDecimal("sizes", false)).as("a size, in the plural").isFalse();
  }

  @Test
  void amountsOfAMoneyObjectAreDecimalsWhenMoneyHasCentsAnywhere() {
    DecimalNames names = new DecimalNames();
    names.addMoney("limit", NODES.numberNode(2000L));
    assertThat(names.isDecimal("limit", true)).as("no cents seen yet").isFalse();
    names.addMoney("current", NODES.numberNode(new BigDecimal("110.5")));
    assertThat(names.isDecimal("limit", true)).isTrue();
    assertThat(names.isDecimal("ytd_amount", true)).isTrue();
    assertThat(names.isDecimal("nights", true)).as("a count beside the amounts").isFalse();
    assertThat(names.isDecimal("limit", false)).as("outside a money object").isFalse();
  }

  @Test
  void aRatioOrCountBesideACurrencyIsNoSignOfCents() {
    DecimalNames names = new DecimalNames();
    names.addMoney("amount", NODES.numberNode(2000L));
    names.addMoney("exchange_rate", NODES.numberNode(new BigDecimal("1.0875")));
    names.addMoney("nights", NODES.numberNode(new BigDecimal("2.5")));
    assertThat(names.isDecimal("amount", true)).isFalse();
  }
}
