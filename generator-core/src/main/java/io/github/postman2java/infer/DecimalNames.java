package io.github.postman2java.infer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
 * such amounts with cents anywhere, the amounts of every such object are decimals whatever
 * their names ({@code balances.limit: 2000} beside {@code balances.current: 110.5}). Amounts are
 * named as such ({@link #MONEY_WORDS}); counts beside them ({@code nights}, {@code adults})
 * stay whole, and so do the amounts of a collection of integer minor units ({@code {"currency":
 * "EUR", "value": 1000}} wherever money appears). Last words compare singular ({@code fees} 1.5
 * makes {@code late_fee} 25 a decimal).
 */
final class DecimalNames {
  /** Last words of counts, positions, ids and times: whole numbers whatever else is not. */
  private static final Set<String> WHOLE = Set.of("count", "counts", "total", "number", "num",
      "size", "length", "page", "pages", "limit", "offset", "index", "id", "ids", "version",
      "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
      "minute", "minutes", "second", "seconds", "ms", "millis", "timestamp", "time", "epoch",
      "age", "position", "rank", "order", "level", "code", "status", "port", "at", "seq",
      "sequence", "attempts", "retries", "items", "results", "quantity", "qty");

  /** Last words (singular) of the amounts of a money object. */
  private static final Set<String> MONEY_WORDS = Set.of("amount", "value", "price", "cost",
      "fee", "total", "subtotal", "limit", "balance", "available", "current", "pending",
      "tax", "discount", "earning", "pay", "due", "credit", "debit", "charge", "refund",
      "payment", "principal", "interest", "spend", "budget", "revenue", "income", "salary",
      "wage", "deposit", "withdrawal", "basis", "fare", "tip", "surcharge", "net", "gross");
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Za-z]{3}");
  /** Member names that hold all kinds of objects: no evidence that one of them is money. */
  private static final Set<String> GENERIC_HOLDERS = Set.of("data", "item", "items", "result",
      "results", "response", "body", "payload", "value", "values", "object", "objects",
      "record", "records", "attributes", "entries", "entry", "list", "content", "node",
      "nodes", "edges", "details", "info", "meta", "metadata");

  private final Set<String> names = new HashSet<>();
  private final Set<String> lastWords = new HashSet<>();
  private boolean moneyHasCents;
  /** Names of the members that hold a money object somewhere ({@code balances}). */
  private final Set<String> moneyHolders = new HashSet<>();

  /** Records one number a member called {@code name} holds. */
  void add(String name, JsonNode number) {
    if (name != null && number.isFloatingPointNumber()) {
      String last = lastWord(name);
      if (!WHOLE.contains(last) && !WHOLE.contains(singular(last))) {
        names.add(name);
        lastWords.add(singular(last));
      }
    }
  }

  /**
   * Records that a member called {@code holder} holds a money object, so that its objects are
   * money where one shows no currency ({@code "iso_currency_code": null}); a body's root or a
   * generic holder ({@code data}) says nothing of its other objects.
   */
  void addMoneyHolder(String holder) {
    if (holder != null && !GENERIC_HOLDERS.contains(holder.toLowerCase(Locale.ROOT))) {
      moneyHolders.add(holder);
    }
  }

  /** Whether a member called {@code holder} holds a money object elsewhere in the collection. */
  boolean isMoneyHolder(String holder) {
    return holder != null && moneyHolders.contains(holder);
  }

  /** Records one number an amount called {@code name} of a money object holds. */
  void addMoney(String name, JsonNode number) {
    moneyHasCents |= name != null && isAmount(name) && number.isFloatingPointNumber();
  }

  /**
   * Whether whole numbers under {@code name} are decimals written without a fraction; {@code
   * moneyObject}: the object holding them carries a currency code ({@link #carriesCurrency}).
   */
  boolean isDecimal(String name, boolean moneyObject) {
    return isMoney(name, moneyObject) || isDecimalName(name);
  }

  /** Whether the name, or another ending in the same word, holds a decimal elsewhere. */
  boolean isDecimalName(String name) {
    if (name == null) {
      return false;
    }
    String last = lastWord(name);
    return !WHOLE.contains(last) && !WHOLE.contains(singular(last))
        && (names.contains(name) || lastWords.contains(singular(last)));
  }

  /** Whether the member is an amount of a money object in a collection whose money has cents. */
  boolean isMoney(String name, boolean moneyObject) {
    return moneyObject && moneyHasCents && name != null && isAmount(name);
  }

  /** Whether a member name says an amount of money ({@code limit}, {@code ytd_amount}). */
  static boolean isAmount(String name) {
    return MONEY_WORDS.contains(singular(lastWord(name)));
  }

  /** Whether an object's evidence shows a currency code member: a money object. */
  static boolean carriesCurrency(Evidence object) {
    for (Map.Entry<String, Evidence> f : object.fields.entrySet()) {
      Evidence v = f.getValue();
      if (!v.stringValues.isEmpty() && isCurrencyName(f.getKey())
          && v.stringValues.stream().allMatch(c -> CURRENCY_CODE.matcher(c).matches())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a JSON object carries a currency code member: a money object. */
  static boolean carriesCurrency(JsonNode object) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode v = f.getValue();
      if (v.isTextual() && v.textValue().length() == 3 && isCurrencyName(f.getKey())
          && CURRENCY_CODE.matcher(v.textValue()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCurrencyName(String name) {
    return name.toLowerCase(Locale.ROOT).contains("currency");
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
