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
 */
final class DecimalNames {
  /** Last words of counts, positions, ids and times: whole numbers whatever else is not. */
  private static final Set<String> WHOLE = Set.of("count", "counts", "total", "number", "num",
      "size", "length", "page", "pages", "limit", "offset", "index", "id", "ids", "version",
      "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
      "minute", "minutes", "second", "seconds", "ms", "millis", "timestamp", "time", "epoch",
      "age", "position", "rank", "order", "level", "code", "status", "port", "at", "seq",
      "sequence", "attempts", "retries", "items", "results", "quantity", "qty");

  private final Set<String> names = new HashSet<>();
  private final Set<String> lastWords = new HashSet<>();

  /** Records one number a member called {@code name} holds. */
  void add(String name, JsonNode number) {
    if (name != null && number.isFloatingPointNumber()) {
      String last = lastWord(name);
      if (!WHOLE.contains(last)) {
        names.add(name);
        lastWords.add(last);
      }
    }
  }

  /** Whether whole numbers under {@code name} are decimals written without a fraction. */
  boolean isDecimal(String name) {
    if (name == null) {
      return false;
    }
    String last = lastWord(name);
    return !WHOLE.contains(last) && (names.contains(name) || lastWords.contains(last));
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
