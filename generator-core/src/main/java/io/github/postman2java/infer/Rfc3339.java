package io.github.postman2java.infer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Strict RFC 3339 recognisers: anything looser stays a String. */
final class Rfc3339 {
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private Rfc3339() {}

  static boolean isDateTime(String s) {
    if (s.length() < 20 || s.length() > 35 || !DATE_TIME.matcher(s).matches()) {
      return false;
    }
    try {
      OffsetDateTime.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  static boolean isDate(String s) {
    if (s.length() != 10 || !DATE.matcher(s).matches()) {
      return false;
    }
    try {
      LocalDate.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
