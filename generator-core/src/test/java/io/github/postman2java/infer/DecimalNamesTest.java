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
    assertThat(names.isDecimal("x", "amount")).isTrue();
    assertThat(names.isDecimal("x", "ytd_amount")).isTrue();
    assertThat(names.isDecimal("x", "payAmount")).isTrue();
    assertThat(names.isDecimal("x", "current")).isTrue();
    assertThat(names.isDecimal("x", "count")).isFalse();
    assertThat(names.isDecimal("x", "fee")).isFalse();
    assertThat(names.isDecimal("x", null)).isFalse();
  }

  @Test
  void countsSizesIdsAndTimesStayWholeEvenWhenFractionalElsewhere() {
    DecimalNames names = new DecimalNames();
    names.add("total", NODES.numberNode(new BigDecimal("14.75")));
    names.add("duration_seconds", NODES.numberNode(new BigDecimal("0.25")));
    assertThat(names.isDecimal("x", "total")).isFalse();
    assertThat(names.isDecimal("x", "grand_total")).isFalse();
    assertThat(names.isDecimal("x", "timeout_seconds")).isFalse();
  }

  @Test
  void integersNeverMakeANameDecimal() {
    DecimalNames names = new DecimalNames();
    names.add("amount", NODES.numberNode(100L));
    assertThat(names.isDecimal("x", "amount")).isFalse();
  }

  @Test
  void pluralLastWordsCompareSingular() {
    DecimalNames names = new DecimalNames();
    names.add("fees", NODES.numberNode(new BigDecimal("1.5")));
    assertThat(names.isDecimal("x", "current_late_fee")).isTrue();
    assertThat(names.isDecimal("x", "status")).isFalse();
  }

  @Test
  void amountsOfAMoneyObjectAreDecimalsWhenMoneyHasCentsAnywhere() {
    DecimalNames names = new DecimalNames();
    names.addMoney("balances", "limit", NODES.numberNode(2000L));
    names.addMoney("balances", "transfer_count", NODES.numberNode(3L));
    assertThat(names.isDecimal("balances", "limit")).as("no cents seen yet").isFalse();
    names.addMoney("balances", "current", NODES.numberNode(new BigDecimal("110.5")));
    assertThat(names.isDecimal("balances", "limit")).isTrue();
    assertThat(names.isDecimal("balances", "transfer_count")).as("a count").isFalse();
    assertThat(names.isDecimal("page", "limit")).as("another holder").isFalse();
  }

  @Test
  void aRatioBesideACurrencyIsNoSignOfCents() {
    DecimalNames names = new DecimalNames();
    names.addMoney("balance_transaction", "amount", NODES.numberNode(2000L));
    names.addMoney("balance_transaction", "exchange_rate", NODES.numberNode(
        new BigDecimal("1.0875")));
    assertThat(names.isDecimal("balance_transaction", "amount")).isFalse();
  }
}
