package io.github.postman2java.report;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** JSON string quoting for the override snippets the report prints. */
final class Json {
  private Json() {}

  static String quote(String s) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
  }
}
