package io.github.postman2java.infer;

import static io.github.postman2java.collection.TestCollections.render;
import static io.github.postman2java.collection.TestCollections.samples;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.postman2java.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The infer stage: samples in, a printed shape graph out (one assertion per structure). */
class ShapeInferrerTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private int examples;

  /**
   * A saved example with {@code body} as its body text, named by creation order so that the
   * extractor's (status, name) sort keeps the order the test wrote.
   */
  private String ex(int code, String body) {
    return "{\"name\": \"e" + String.format("%03d", examples++) + "\", \"code\": " + code
        + ", \"body\": \"" + new String(JsonStringEncoder.getInstance().quoteAsString(body))
        + "\"}";
  }

  /** A POST item with an optional raw JSON request body and saved examples. */
  private static String item(String name, String requestBody, String... examples) {
    String body = requestBody == null ? "" : ", \"body\": {\"mode\": \"raw\", \"raw\": \""
        + new String(JsonStringEncoder.getInstance().quoteAsString(requestBody))
        + "\", \"options\": {\"raw\": {\"language\": \"json\"}}}";
    return "{\"name\": \"" + name + "\", \"request\": {\"method\": \"POST\", \"url\": \"x\"" + body
        + "}, \"response\": [" + String.join(",\n", examples) + "]}";
  }

  private ShapeGraph infer(String... items) {
    return ShapeInferrer.infer(samples(String.join(",\n", items), diagnostics), diagnostics);
  }

  /** Infers one item's examples and prints its operation. */
  private String printed(String... examples) {
    return ShapePrinter.print(infer(item("op", null, examples)).operations().get(0));
  }

  @Test
  void numbersNeverLoseRangeOrPrecision() {
    assertThat(printed(
        ex(200, """
            {"l": 1, "big": 12345678901234567890, "d": 1.5, "dec": 0.1000000000000000000001,
             "one": 1.0, "widen": 1, "bigWiden": 99999999999999999999, "neg": -9223372036854775808}
            """),
        ex(201, """
            {"l": 2, "big": 1, "d": 2, "dec": 1, "one": 3, "widen": 2.5, "bigWiden": 0.5,
             "neg": -1}
            """)))
        .isEqualTo("""
            request: none
            success: {
              l: Long
              big: BigInteger
              d: Double
              dec: BigDecimal
              one: Double
              widen: Double
              bigWiden: BigDecimal
              neg: Long
            }
            """);
  }

  @Test
  void stringsBecomeDateTimesDatesOrStayStrings() {
    assertThat(printed(ex(200, """
        {"zulu": "2021-05-07T06:38:15Z", "offset": "2021-05-07T12:08:15.123+05:30",
         "noOffset": "2021-05-07T06:38:15", "space": "2021-05-07 06:38:15Z",
         "badMonth": "2021-13-07T06:38:15Z", "date": "2021-05-07", "badDate": "2021-02-30",
         "mixed": "2021-05-07", "lower": "2021-05-07t06:38:15z"}
        """), ex(200, """
        {"zulu": "1999-12-31T23:59:59Z", "mixed": "2021-05-07T06:38:15Z"}
        """)))
        .isEqualTo("""
            request: none
            success: {
              zulu: OffsetDateTime
              offset?: OffsetDateTime
              noOffset?: String
              space?: String
              badMonth?: String
              date?: LocalDate
              badDate?: String
              mixed: String
              lower?: String
            }
            """);
  }

  @Test
  void optionalAndNullableComeFromCounts() {
    assertThat(printed(
        ex(200, "{\"a\": 1, \"onlyNull\": null, \"c\": 1, \"sometimes\": \"x\"}"),
        ex(200, "{\"a\": 2, \"c\": null}"),
        ex(200, "{\"a\": 3, \"c\": 3, \"sometimes\": null}")))
        .isEqualTo("""
            request: none
            success: {
              a: Long
              onlyNull?: Any | null
              c: Long | null
              sometimes?: String | null
            }
            """);
  }

  @Test
  void arraysOfObjectsMergeTheirProperties() {
    assertThat(printed(ex(200, """
        {"users": [{"id": 1, "name": "x", "tags": []},
                   {"id": 2, "name": "y", "tags": ["a"], "email": "e@x.test"}],
         "empty": [], "matrix": [[1, 2], [3]]}
        """)))
        .isEqualTo("""
            request: none
            success: {
              users: List<{
                id: Long
                name: String
                tags: List<String>
                email?: String
              }>
              empty: List<Any>
              matrix: List<List<Long>>
            }
            """);
  }

  @Test
  void propertiesKeepFirstSeenOrderAcrossArrayElements() {
    assertThat(printed(ex(200, "[{\"first\": 1}, {\"first\": 2, \"second\": 2},"
        + " {\"third\": 3}]")))
        .isEqualTo("""
            request: none
            success: List<{
              first?: Long
              second?: Long
              third?: Long
            }>
            """);
  }

  @Test
  void conflictingKindsBecomeAnyWithWarning() {
    ShapeGraph g = infer(item("op", null, ex(200, "{\"v\": true, \"w\": [1], \"n\": 1}"),
        ex(201, "{\"v\": \"one\", \"w\": {\"a\": 1}, \"n\": \"A-1\"}")));
    // Only a number next to a string has a type that keeps both.
    assertThat(ShapePrinter.print(g.operations().get(0))).isEqualTo("""
        request: none
        success: {
          v: Any
          w: Any
          n: NumberOrString
        }
        """);
    // Reported at the last JSON example of the merged bodies (line 4 holds the second one).
    assertThat(render(diagnostics)).containsExactlyInAnyOrder(
        "test.json:4:1: warning[P2J012]: values of different kinds at $.v; typed as JsonNode"
            + " (at #/item/0/response/1/body)",
        "test.json:4:1: warning[P2J012]: values of different kinds at $.w; typed as JsonNode"
            + " (at #/item/0/response/1/body)");
  }

  @Test
  void enumsOnlyForCodeLikeValues() {
    assertThat(printed(
        ex(200, """
            {"status": "success", "code": "SUCCESS", "login": "octocat", "type": "User",
             "name": "Patricia", "error_code": "E1", "message": "Record updated",
             "items": [{"flag": "ACTIVE"}, {"flag": "ACTIVE"}, {"flag": "PAUSED"}],
             "once": "ACTIVE", "kind": "two words"}
            """),
        ex(200, """
            {"status": "error", "code": "INVALID_DATA", "login": "hubot", "type": "Organization",
             "name": "Jo", "error_code": "E2", "message": "Bad", "items": [], "once": "ACTIVE",
             "kind": "x"}
            """)))
        .isEqualTo("""
            request: none
            success: {
              status: enum[error, success]
              code: enum[INVALID_DATA, SUCCESS]
              login: String
              type: String
              name: String
              error_code: enum[E1, E2]
              message: String
              items: List<{
                flag: String
              }>
              once: String
              kind: String
            }
            """);
  }

  @Test
  void enumsNeedRecurringCodeLikeValuesAndANameThatIsNotData() {
    assertThat(printed(
        ex(200, """
            {"accounts": [
              {"subtype": "checking", "currency": "USD", "country": "US", "ref": "main",
               "visibility": "public", "flag": "ON_HOLD"},
              {"subtype": "savings", "currency": "USD", "country": "CA", "ref": "main",
               "visibility": "nisi", "flag": "ON_HOLD"},
              {"subtype": "credit card", "currency": "CAD", "country": "US", "ref": "dev",
               "visibility": "public", "flag": "ACTIVE"},
              {"subtype": "checking", "currency": "USD", "country": "US", "ref": "main",
               "visibility": "private", "flag": "ON_HOLD"}],
             "state": "open", "tag": "v1.2.0"}
            """)))
        .isEqualTo("""
            request: none
            success: {
              accounts: List<{
                subtype: enum[checking, credit card, savings]
                currency: String
                country: String
                ref: String
                visibility: String
                flag: enum[ACTIVE, ON_HOLD]
              }>
              state: String
              tag: String
            }
            """);
  }

  @Test
  void requestsToOneEndpointShareOneModelButNegativeTestsKeepTheirOwn() {
    java.util.function.UnaryOperator<String> users =
        i -> i.replace("\"url\": \"x\"", "\"url\": \"{{baseUrl}}/users\"");
    ShapeGraph g = infer(
        users.apply(item("Create user", "{\"name\": \"Ada\", \"age\": 30}", ex(201, "{}"))),
        users.apply(item("Create admin", "{\"name\": \"Alan\", \"role\": \"admin\"}")),
        users.apply(item("Create user with invalid age",
            "{\"name\": \"Ada\", \"age\": \"abc\"}")),
        users.apply(item("Create user, refused", "{\"emial\": \"a@b\"}", ex(400, "{}"))));
    String shared = ShapePrinter.print(g.operations().get(0));
    assertThat(shared).contains("age?: Long", "role?: String")
        .doesNotContain("emial");
    assertThat(ShapePrinter.print(g.operations().get(1)).split("success")[0])
        .isEqualTo(shared.split("success")[0]);
    assertThat(ShapePrinter.print(g.operations().get(2))).contains("age: String");
  }

  @Test
  void onlyTheAmountsOfAnObjectCarryingACurrencyAreMoney() {
    ShapeGraph g = infer(
        item("invoice", null, ex(200, """
            {"id": "in_1", "currency": "USD", "total": 99.5, "limit": 1000, "nights": 3}""")),
        item("customers", null, ex(200, """
            {"total": 42, "limit": 20, "data": [{"id": "c1"}]}""")));
    assertThat(ShapePrinter.print(g.operations().get(0))).contains("limit: Double",
        "nights: Long");
    assertThat(ShapePrinter.print(g.operations().get(1))).contains("total: Long",
        "limit: Long");
  }

  @Test
  void aValueSeenInOneExampleBecomesAnEnumWhenTheCollectionShowsItInOtherObjects() {
    List<String> items = new ArrayList<>();
    for (String state : List.of("open", "closed", "open", "closed")) {
      items.add(item("op" + items.size(), null,
          ex(200, "{\"id\": " + items.size() + ", \"state\": \"" + state + "\"}")));
    }
    items.add(item("lone", null, ex(200, "{\"status\": \"queued\", \"mode\": \"fast\"}")));
    ShapeGraph g = infer(items.toArray(String[]::new));
    assertThat(ShapePrinter.print(g.operations().get(0))).contains("state: enum[open]");
    assertThat(ShapePrinter.print(g.operations().get(4)))
        .contains("status: String", "mode: String");
  }

  @Test
  void copiesOfOneExampleAreOneObservation() {
    // The same issue pasted into five requests (an OpenAPI import's shared example), and one
    // resource shown by GET and by PATCH with a member changed: one object, one value.
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      items.add(item("copy" + i, null, ex(200,
          "{\"id\": 1, \"state\": \"open\", \"model\": \"GS110\", \"tier\": \"gold\","
              + " \"title\": \"Found a bug" + (i == 4 ? " (edited)" : "") + "\"}")));
    }
    ShapeGraph g = infer(items.toArray(String[]::new));
    assertThat(ShapePrinter.print(g.operations().get(0)))
        .contains("state: String", "model: String", "tier: String");
  }

  @Test
  void oneResourceInTwoStatesIsTwoObservations() {
    assertThat(printed(
        ex(200, "{\"id\": 7, \"status\": \"importing\"}"),
        ex(200, "{\"id\": 7, \"status\": \"complete\"}")))
        .contains("status: enum[complete, importing]");
    // The same import shown by two requests, once in each state: each request's one value
    // has the other request's as evidence.
    ShapeGraph g = infer(
        item("start", null, ex(201, "{\"url\": \"/import\", \"status\": \"importing\"}")),
        item("get", null, ex(200, "{\"url\": \"/import\", \"status\": \"complete\"}")),
        item("again", null, ex(200, "{\"url\": \"/import\", \"status\": \"complete\"}")));
    assertThat(ShapePrinter.print(g.operations().get(1))).contains("status: enum[complete]");
    assertThat(ShapePrinter.print(g.operations().get(0))).contains("status: enum[importing]");
  }

  @Test
  void idsEmailsUrlsAndPlaceholdersStayStringsHoweverOftenTheyRecur() {
    List<String> examples = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      examples.add(ex(200, "{\"id\": \"ord_" + (i % 2) + "\", \"n\": " + i
          + ", \"contact\": \"ops@example.com\", \"homepage\": \"https://example.com\","
          + " \"merchantAccount\": \"YOUR_MERCHANT_ACCOUNT\", \"bucket\": \"my-bucket\","
          + " \"country\": \"US\", \"owner\": \"octocat\", \"model\": \"GS110\"}"));
    }
    assertThat(printed(examples.toArray(String[]::new))).isEqualTo("""
        request: none
        success: {
          id: String
          n: Long
          contact: String
          homepage: String
          merchantAccount: String
          bucket: String
          country: String
          owner: String
          model: String
        }
        """);
  }

  @Test
  void recurringCodeLikeValuesBecomeAnEnumEvenWhenMany() {
    // 30 list codes, each in two of the programs: a large vocabulary, not data; digit-led
    // tokens (401k) are codes too. 30 other codes per program, none seen twice, are data.
    StringBuilder programs = new StringBuilder("[");
    for (int p = 0; p < 2; p++) {
      programs.append(p == 0 ? "" : ",").append("{\"program_id\": \"prg_").append(p)
          .append("\", \"lists_enabled\": [");
      for (int i = 0; i < 30; i++) {
        programs.append(i == 0 ? "" : ",").append("\"L").append((char) ('A' + i % 26))
            .append(i / 26).append("_CODE\"");
      }
      programs.append("], \"features\": [");
      for (int i = 0; i < 30; i++) {
        programs.append(i == 0 ? "" : ",").append("\"F").append(p).append('_')
            .append((char) ('A' + i % 26)).append(i / 26).append('"');
      }
      programs.append("], \"subtype\": \"").append(p == 0 ? "401k" : "ira").append("\"}");
    }
    String printed = printed(ex(200, "{\"programs\": " + programs + "]}"));
    assertThat(printed).contains("lists_enabled: List<enum[LA0_CODE, LA1_CODE, LB0_CODE,",
        "features: List<String>", "subtype: enum[401k, ira]");
  }

  @Test
  void tooManyDistinctValuesIsNotAnEnum() {
    List<String> examples = new ArrayList<>();
    for (int i = 0; i <= EnumRule.MAX_VALUES; i++) {
      examples.add(ex(200, "{\"status\": \"state_" + (char) ('a' + i) + "\"}"));
    }
    assertThat(printed(examples.toArray(String[]::new))).isEqualTo("""
        request: none
        success: {
          status: String
        }
        """);
  }

  @Test
  void validationErrorsAndIdKeyedObjectsBecomeMaps() {
    assertThat(printed(
        ex(422, "{\"errors\": {\"email\": [\"is invalid\"], \"name\": [\"is short\"]},"
            + " \"list\": [{\"field\": \"title\", \"code\": \"missing\"}],"
            + " \"accounts\": {\"acc_9aXk2LmQ\": {\"n\": 1}, \"acc_Zb83kLq0\": {\"n\": 2}}}"),
        ex(422, "{\"errors\": {\"password\": [\"too short\", \"no digit\"]},"
            + " \"detail\": {\"title\": [\"blank\"]}}"),
        ex(422, "{\"detail\": {\"body\": [\"empty\"]}}")))
        .isEqualTo("""
            request: none
            success: UNKNOWN
            4xx [422]: {
              errors?: Map<String, List<String>>
              list?: List<{
                field: String
                code: enum[missing]
              }>
              accounts?: Map<String, {
                n: Long
              }>
              detail?: Map<String, List<String>>
            }
            """);
  }

  @Test
  void objectsKeyedByDataBecomeMaps() {
    assertThat(printed(ex(200, """
        {"byId": {"123": {"name": "a"}, "456": {"name": "b", "age": 3}},
         "byUuid": {"0b7c6a1e-1f2d-4c3b-9a8e-7d6c5b4a3f21": 1.5},
         "byDay": {"2024-01-01": true, "2024-01-02": false},
         "record": {"id": "123", "name": "x"}}
        """)))
        .isEqualTo("""
            request: none
            success: {
              byId: Map<String, {
                name: String
                age?: Long
              }>
              byUuid: Map<String, Double>
              byDay: Map<String, Boolean>
              record: {
                id: String
                name: String
              }
            }
            """);
  }

  @Test
  void nestingBeyondTheBoundIsAnyWithWarning() {
    int depth = EvidenceCollector.MAX_DEPTH + 5;
    String body = "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth);
    ShapeGraph g = infer(item("op", null, ex(200, body)));
    Shape s = ((BodyModel) g.operations().get(0).success()).shape();
    StringBuilder path = new StringBuilder("$");
    // Objects at depth 0..48 are typed; the container at depth 49 is "too deep".
    for (int i = 0; i <= EvidenceCollector.MAX_DEPTH; i++) {
      assertThat(s).isInstanceOf(Shape.ObjectShape.class);
      s = ((Shape.ObjectShape) s).properties().get(0).shape();
      path.append(".a");
    }
    assertThat(ShapePrinter.print(s)).isEqualTo("Any");
    assertThat(render(diagnostics)).containsExactly("test.json:3:72: warning[P2J013]: JSON nested"
        + " deeper than 48 levels at " + path + "; typed as JsonNode (at #/item/0/response/0/body)");
  }

  @Test
  void placeholdersTakeTheirTypeFromOtherSamples() {
    ShapeGraph g = infer(item("op", "{\"id\": {{id}}, \"name\": \"{{name}}\", \"n\": 1}",
        ex(200, "{\"id\": {{id}}, \"when\": \"{{now}}\"}"),
        ex(200, "{\"id\": 7, \"when\": \"2024-01-01T00:00:00Z\"}")));
    assertThat(ShapePrinter.print(g.operations().get(0))).isEqualTo("""
        request: {
          id: Any
          name: String
          n: Long
        }
        success: {
          id: Long
          when: OffsetDateTime
        }
        """);
  }

  @Test
  void typePlaceholdersAreReadAsTheTypeTheyName() {
    ShapeGraph g = infer(item("op", "{\"n\": \"<integer>\", \"s\": \"<string>\"}",
        ex(200, """
            {"id": "<long>", "ok": "<boolean>", "at": "<dateTime>", "day": "<date>",
             "uuid": "<uuid>", "amount": "<double>", "status": "<string>", "any": "<object>",
             "html": "<br>"}
            """),
        ex(200, """
            {"id": 7, "ok": true, "at": "<dateTime>", "day": "<date>", "uuid": "<uuid>",
             "amount": 1, "status": "<string>", "any": "<object>", "html": "<br>"}
            """)));
    assertThat(ShapePrinter.print(g.operations().get(0))).isEqualTo("""
        request: {
          n: Long
          s: String
        }
        success: {
          id: Long
          ok: Boolean
          at: OffsetDateTime
          day: LocalDate
          uuid: String
          amount: Double
          status: String
          any: Any
          html: String
        }
        """);
    // Not templates: a model keeps "<long>" where it has a Long, as a value that does not fit.
    assertThat(g.operations().get(0).samples().examples())
        .extracting(e -> e.body().root().name()).containsExactly("OBJECT", "OBJECT");
  }

  @Test
  void onlyAPlaceholderOutsideEveryObjectMakesATemplate() {
    // A top-level list of objects has no object to keep the "{{v}}" element in.
    ShapeGraph g = infer(item("op", null,
        ex(200, "[\"{{v}}\", {\"state\": \"ACTIVE\", \"n\": 1}]"),
        ex(201, "[{\"state\": \"<string>\", \"n\": \"<integer>\"}]")));
    assertThat(g.operations().get(0).samples().examples())
        .extracting(e -> e.body().root().name()).containsExactly("TEMPLATE", "ARRAY");
  }

  @Test
  void errorsAreGroupedByStatusClassAndNeverMergedWithSuccess() {
    assertThat(printed(
        ex(200, "{\"ok\": true}"),
        ex(0, "{\"ok\": false}"),
        ex(404, "{\"error\": \"not found\"}"),
        ex(400, "{\"error\": \"bad\", \"field\": \"x\"}"),
        ex(503, "<html>down</html>"),
        ex(302, "")))
        .isEqualTo("""
            request: none
            success: {
              ok: Boolean
            }
            4xx [400, 404]: {
              error: String
              field?: String
            }
            5xx [503]: TEXT
            """);
  }

  @Test
  void bodyKindsWithoutJson() {
    ShapeGraph g = infer(
        item("text", null, ex(200, "plain words")),
        item("empty", null, ex(204, "")),
        item("none", null),
        item("withBody", "[1, 2]"));
    assertThat(g.operations()).extracting(ShapePrinter::print).containsExactly(
        "request: none\nsuccess: TEXT\n",
        "request: none\nsuccess: EMPTY\n",
        "request: none\nsuccess: UNKNOWN\n",
        "request: List<Long>\nsuccess: UNKNOWN\n");
  }

  @Test
  void equalObjectShapesAreEqualValuesWhateverTheOrder() {
    ShapeGraph g = infer(
        item("one", null, ex(200, "{\"a\": 1, \"b\": {\"x\": \"s\"}}")),
        item("two", null, ex(200, "{\"b\": {\"x\": \"t\"}, \"a\": 2}")),
        item("three", null, ex(200, "{\"b\": {\"x\": \"t\"}, \"a\": true}")));
    Shape one = g.operations().get(0).success().shape();
    assertThat(g.operations().get(1).success().shape()).isEqualTo(one).hasSameHashCodeAs(one);
    assertThat(g.operations().get(2).success().shape()).isNotEqualTo(one);
  }

  @Test
  void errorCodesFromErrorExamplesAndPerItemErrorsBesideAMessage() {
    ShapeGraph g = infer(
        item("mass update", null,
            ex(200, """
                {"data": [
                  {"code": "SUCCESS", "message": "record updated", "status": "success"},
                  {"code": "RECORD_LOCKED", "message": "the record is locked", "status": "error"},
                  {"code": "INVALID_DATA", "message": "invalid data", "status": "error"}]}
                """),
            ex(202, "{\"data\": [{\"code\": \"INVALID_DATA\", \"message\": \"bad value\"}]}"),
            ex(400, "{\"code\": \"INVALID_REQUEST_METHOD\", \"message\": \"wrong method\"}"),
            ex(401, "{\"code\": \"AUTHENTICATION_FAILURE\", \"details\": {}}"),
            ex(500, "{\"errorCode\": \"Internal-Error\", \"msg\": \"boom\"}"),
            ex(422, "{\"error\": \"has spaces, not a code\", \"message\": \"m\"}")),
        item("countries", null,
            ex(200, "[{\"code\": \"US\", \"name\": \"United States\"},"
                + " {\"code\": \"OK\", \"message\": \"fine\"}]")));
    assertThat(g.errorCodes()).extracting(c -> c.value() + " " + c.statuses() + " "
        + c.messages()).containsExactly(
            "AUTHENTICATION_FAILURE [401] []",
            "INVALID_DATA [200, 202] [bad value, invalid data]",
            "INVALID_REQUEST_METHOD [400] [wrong method]",
            "Internal-Error [500] [boom]",
            "RECORD_LOCKED [200] [the record is locked]");
  }

  @Test
  void errorCodesInTheCommonPlacesNumericOrDigitLeadingNeverPlaceholders() {
    ShapeGraph g = infer(item("op", null,
        ex(400, "{\"error\": {\"code\": 10100, \"message\": \"rate limited\"}}"),
        ex(400, "{\"errorCode\": \"10010\", \"errorMessage\": \"bad date\"}"),
        ex(400, "{\"errors\": [{\"code\": \"02_005\", \"detail\": \"missing\"}]}"),
        ex(401, "{\"typeKey\": \"AUTH_EXPIRED\", \"status\": \"error\"}"),
        ex(403, "{\"error_type\": \"INVALID_INPUT\", \"error_code\": \"MISSING_FIELDS\"}"),
        ex(404, "{\"code\": 404, \"message\": \"the status again\"}"),
        ex(404, "{\"status\": \"NOT_FOUND\", \"message\": \"no such thing\"}"),
        ex(409, "{\"code\": \"<integer>\", \"type\": \"{{type}}\"}"),
        ex(500, "{\"status\": \"fail\", \"type\": \"object\"}")));
    assertThat(g.errorCodes()).extracting(c -> c.value() + " " + c.statuses() + " "
        + c.messages()).containsExactly(
            "02_005 [400] [missing]",
            "10010 [400] [bad date]",
            "10100 [400] [rate limited]",
            "AUTH_EXPIRED [401] []",
            "MISSING_FIELDS [403] []",
            "NOT_FOUND [404] [no such thing]");
  }

  @Test
  void theReportSaysWhereANullOnlyMemberBorrowedItsKindFrom() {
    var samples = io.github.postman2java.collection.TestCollections.samples(String.join(",\n",
        item("closed", null, ex(200, """
            {"issue": {"id": 1, "title": "t", "closed_at": "2024-03-01T10:00:00Z"},
             "odd key": {"due": 3}}""")),
        item("open", null, ex(200, """
            {"issue": {"number": 2, "closed_at": null}, "odd key": {"x": 1, "due": null},
             "check": null}"""))), diagnostics);
    EvidenceIndex index = EvidenceIndex.of(samples);
    // The index's map has no order (Map.copyOf): find the open issue's body by its content.
    var open = index.bodies().values().stream()
        .filter(b -> b.positions().containsKey("$.check")).findFirst().orElseThrow().positions();
    assertThat(open.get("$.issue.closed_at").reasons()).anyMatch(r -> r.equals(
        "only null here: typed as issue.closed_at is wherever else the collection has it (an"
            + " RFC 3339 date-time)"));
    assertThat(open.get("$[\"odd key\"].due").reasons()).anyMatch(r -> r.startsWith(
        "only null here: typed as odd key.due is"));
    assertThat(open.get("$.check").reasons()).anyMatch(r -> r.startsWith("JsonNode:"));
  }
}
