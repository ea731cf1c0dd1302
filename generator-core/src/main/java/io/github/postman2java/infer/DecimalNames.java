package io.github.postman2java.infer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Member names that hold a decimal somewhere in the collection, and their last words. An API
 * writes one kind of quantity one way throughout: Plaid's amounts are dollars with cents
 * ({@code "amount": 12.5}), Stripe's are integer cents everywhere. So a member whose few examples
 * happen to be whole ({@code "current_amount": 100}) is a decimal when the same name, or another
 * name ending in the same word ({@code amount}), holds a decimal elsewhere; in a collection where
 * no amount is ever fractional it stays an integer. Counters, sizes, ids and times are never
 * widened this way: {@code total: 12.5} in an invoice says nothing about {@code total: 42}
 * results in a page.
 *
 * <p>Money objects go one step further: an object that carries a currency code ({@code
 * "iso_currency_code": "USD"}) holds amounts in that currency, so in a collection that writes
 * such amounts with cents anywhere, every amount of such a holder is a decimal, whatever its name
 * ({@code balances.limit: 2000} beside {@code balances.current: 110.5}). Counts, ids and times
 * stay whole even there; a collection of integer minor units ({@code {"currency": "EUR",
 * "value": 1000}} everywhere) keeps its integers. Last words compare singular ({@code fees}
 * 1.5 makes {@code late_fee} 25 a decimal).
 */
final class DecimalNames {
  /** Last words of counts, positions, ids and times: whole numbers whatever else is not. */
  private static final Set<String> WHOLE = Set.of("count", "counts", "total", "number", "num",
      "size", "length", "page", "pages", "limit", "offset", "index", "id", "ids", "version",
      "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
      "minute", "minutes", "second", "seconds", "ms", "millis", "timestamp", "time", "epoch",
      "age", "position", "rank", "order", "level", "code", "status", "port", "at", "seq",
      "sequence", "attempts", "retries", "items", "results", "quantity", "qty");

  /** Last words that are whole elsewhere but amounts in a money object. */
  private static final Set<String> MONEY_WORDS = Set.of("limit", "total");
  /** Last words of ratios: decimals of their own that say nothing of a money object's cents. */
  private static final Set<String> RATIOS = Set.of("rate", "ratio", "percent", "percentage",
      "pct", "factor", "multiplier", "share", "weight");

  private final Set<String> names = new HashSet<>();
  private final Set<String> lastWords = new HashSet<>();
  /** holder + NUL + member of numbers held by an object that carries a currency code. */
  private final Set<String> moneyMembers = new HashSet<>();
  private boolean moneyHasCents;

  /** Records one number a member called {@code name} holds. */
  void add(String name, JsonNode number) {
    if (name != null && number.isFloatingPointNumber()) {
      String last = lastWord(name);
      if (!WHOLE.contains(last)) {
        names.add(name);
        lastWords.add(singular(last));
      }
    }
  }

  /**
   * Records one number a member called {@code name} holds in an object (held by {@code holder})
   * that carries a currency code.
   */
  void addMoney(String holder, String name, JsonNode number) {
    if (holder == null || name == null || !amount(lastWord(name))) {
      return;
    }
    moneyMembers.add(holder + '\u0000' + name);
    moneyHasCents |= number.isFloatingPointNumber();
  }

  /** Whether a member of a money object is an amount: no count, id, time or ratio. */
  private static boolean amount(String last) {
    return (!WHOLE.contains(last) || MONEY_WORDS.contains(last)) && !RATIOS.contains(last);
  }

  /**
   * Whether whole numbers under {@code name}, in an object held by {@code holder} (the name of
   * the member holding it, or null), are decimals written without a fraction.
   */
  boolean isDecimal(String holder, String name) {
    if (name == null) {
      return false;
    }
    String last = lastWord(name);
    if (moneyHasCents && holder != null && moneyMembers.contains(holder + '\u0000' + name)) {
      return true;
    }
    return !WHOLE.contains(last) && (names.contains(name) || lastWords.contains(singular(last)));
  }

  /** A last word without its plural {@code s} ({@code fees} → {@code fee}). */
  private static String singular(String word) {
    return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
        ? word.substring(0, word.length() - 1) : word;
  }

  /** The last word of a snake, kebab, dotted or camel-case name, lower case. */
  static String lastWord(String name) {
    int end = name.length();
    while (end > 0 && !Character.isLetterOrDigit(name.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0) {
      char c = name.charAt(start - 1);
      if (!Character.isLetterOrDigit(c)) {
        break;
      }
      start--;
      if (Character.isUpperCase(c) && start > 0
          && Character.isLowerCase(name.charAt(start - 1))) {
        break; // paymentAmount: the word starts at the capital
      }
    }
    return name.substring(start, end).toLowerCase(Locale.ROOT);
  }
}
