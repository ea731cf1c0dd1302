package io.github.postman2java.collection;

import static io.github.postman2java.collection.TestCollections.FILE;
import static io.github.postman2java.collection.TestCollections.onlyRequest;
import static io.github.postman2java.collection.TestCollections.parse;
import static io.github.postman2java.collection.TestCollections.parseClean;
import static io.github.postman2java.collection.TestCollections.v21;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.postman2java.collection.PostmanCollection.SchemaVersion;
import io.github.postman2java.diag.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parser on well-formed v2.0 and v2.1 input: every accepted variant, as exact records. */
class PostmanCollectionParserTest {

  private static SourceLocation at(int line, int column, String pointer) {
    return new SourceLocation(FILE, line, column, pointer);
  }

  private static PostmanKeyValue kv(String key, String value) {
    return new PostmanKeyValue(key, value, false, null);
  }

  private static PostmanKeyValue disabled(String key, String value) {
    return new PostmanKeyValue(key, value, true, null);
  }

  @Test
  void v21CollectionWithFolderRequestAndResponseBecomesExactRecords() {
    PostmanCollection c = parseClean("""
        {
          "info": {
            "name": "Shop",
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
            "description": {"content": "The shop API", "type": "text/markdown"},
            "_exporter_id": "99",
            "x-vendor": {"nested": [1, {"deep": true}]}
          },
          "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}"}]},
          "variable": [{"key": "base", "value": "https://api.example.com"}, {"id": "n", "value": 3, "type": "number"}],
          "item": [
            {
              "name": "Users",
              "description": "User endpoints",
              "item": [
                {
                  "name": "Get user",
                  "request": {
                    "method": "get",
                    "header": [
                      {"key": "Accept", "value": "application/json"},
                      {"key": "X-Debug", "value": "1", "disabled": true}
                    ],
                    "url": {
                      "raw": "{{base}}/users/:id?expand=true&debug=1",
                      "host": ["{{base}}"],
                      "path": ["users", ":id"],
                      "query": [
                        {"key": "expand", "value": "true"},
                        {"key": "debug", "value": "1", "disabled": true}
                      ],
                      "variable": [{"key": "id", "value": "42", "description": "User id"}]
                    }
                  },
                  "response": [
                    {
                      "name": "OK",
                      "code": 200,
                      "status": "OK",
                      "header": ["Content-Type: application/json", {"key": "X-Rate", "value": "10"}],
                      "body": "{\\"id\\": 42}",
                      "x-unknown": [{"a": 1}]
                    }
                  ]
                }
              ]
            }
          ],
          "protocolProfileBehavior": {"strictSSL": false}
        }
        """);

    PostmanRequest request = new PostmanRequest("GET",
        new PostmanUrl("{{base}}/users/:id?expand=true&debug=1", null, List.of("{{base}}"), null,
            List.of("users", ":id"), List.of(kv("expand", "true"), disabled("debug", "1")),
            List.of(new PostmanVariable("id", "42", null, false, "User id")), null),
        List.of(kv("Accept", "application/json"), disabled("X-Debug", "1")),
        null, null, null, at(18, 22, "/item/0/item/0/request"));
    PostmanResponse ok = new PostmanResponse("OK", 200, "OK",
        List.of(kv("Content-Type", "application/json"), kv("X-Rate", "10")), "{\"id\": 42}",
        null, null, at(36, 13, "/item/0/item/0/response/0"),
        at(36, 13, "/item/0/item/0/response/0/body"));
    PostmanRequestItem getUser = new PostmanRequestItem("Get user", null, request,
        List.of(ok), List.of(), List.of(), at(16, 9, "/item/0/item/0"));
    PostmanFolder users = new PostmanFolder("Users", "User endpoints", List.of(getUser), null,
        List.of(), List.of(), at(12, 5, "/item/0"));
    assertThat(c).isEqualTo(new PostmanCollection(FILE, SchemaVersion.V2_1, "Shop",
        "The shop API", List.of(users), new PostmanAuth("bearer", Map.of("token", "{{token}}")),
        List.of(new PostmanVariable("base", "https://api.example.com", null, false, null),
            new PostmanVariable("n", "3", "number", false, null)),
        List.of(), at(1, 1, "")));
    assertThat(ok.header("content-type")).isEqualTo("application/json");
  }

  @Test
  void v20AuthObjectMapAndV21AuthArrayReadAlike() {
    PostmanCollection v20 = parseClean("""
        {"info": {"name": "A", "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
         "auth": {"type": "basic", "basic": {"username": "{{user}}", "password": "{{pass}}", "showPassword": false}},
         "item": [{"name": "r", "request": {"url": "https://x.test/", "method": "GET",
                   "auth": {"type": "apikey", "apikey": {"key": "X-Key", "value": "{{key}}", "in": "header"}}}}]}
        """);
    PostmanCollection v21 = parseClean("""
        {"info": {"name": "A", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "auth": {"type": "basic", "basic": [{"key": "username", "value": "{{user}}", "type": "string"},
                                             {"key": "password", "value": "{{pass}}", "type": "string"},
                                             {"key": "showPassword", "value": false, "type": "boolean"}]},
         "item": [{"name": "r", "request": {"url": "https://x.test/", "method": "GET",
                   "auth": {"type": "APIKEY", "apikey": [{"key": "key", "value": "X-Key"},
                                                         {"key": "value", "value": "{{key}}"},
                                                         {"key": "in", "value": "header"}]}}}]}
        """);

    assertThat(v20.version()).isEqualTo(SchemaVersion.V2_0);
    assertThat(v21.version()).isEqualTo(SchemaVersion.V2_1);
    PostmanAuth basic = new PostmanAuth("basic",
        Map.of("username", "{{user}}", "password", "{{pass}}", "showPassword", "false"));
    PostmanAuth apikey = new PostmanAuth("apikey",
        Map.of("key", "X-Key", "value", "{{key}}", "in", "header"));
    assertThat(v20.auth()).isEqualTo(basic);
    assertThat(v21.auth()).isEqualTo(basic);
    assertThat(onlyRequest(v20).request().auth()).isEqualTo(apikey);
    assertThat(onlyRequest(v21).request().auth()).isEqualTo(apikey);
    assertThat(List.copyOf(v20.auth().params().keySet()))
        .containsExactly("username", "password", "showPassword");
  }

  @Test
  void authToStringNeverShowsValues() {
    assertThat(new PostmanAuth("bearer", Map.of("token", "s3cr3t")).toString())
        .isEqualTo("PostmanAuth[type=bearer, params=[token]]");
  }

  @Test
  void noauthAndNullAuthAreDistinguished() {
    PostmanCollection c = parseClean(v21("""
        {"name": "explicit", "request": {"method": "GET", "url": "x", "auth": {"type": "noauth"}}},
        {"name": "inherit", "request": {"method": "GET", "url": "x", "auth": null}}
        """));
    assertThat(((PostmanRequestItem) c.items().get(0)).request().auth())
        .isEqualTo(new PostmanAuth("noauth", Map.of()));
    assertThat(((PostmanRequestItem) c.items().get(1)).request().auth()).isNull();
  }

  @Test
  void requestAsStringIsGetOfThatUrl() {
    PostmanRequestItem item = onlyRequest(parseClean(v21("""
        {"name": "Ping", "request": "https://api.example.com/v1/ping?verbose"}
        """)));
    assertThat(item.request()).isEqualTo(new PostmanRequest("GET",
        new PostmanUrl("https://api.example.com/v1/ping?verbose", "https",
            List.of("api", "example", "com"), null, List.of("v1", "ping"),
            List.of(kv("verbose", "")), List.of(), null),
        List.of(), null, null, null, at(3, 1, "/item/0")));
  }

  @Test
  void urlStringIsSplitTheWayPostmanDoes() {
    PostmanRequestItem item = onlyRequest(parseClean(v21("""
        {"name": "u", "request": {"method": "GET",
          "url": "{{api.domain}}/users/:id/posts?page=2&page=3#top"}}
        """)));
    assertThat(item.request().url()).isEqualTo(new PostmanUrl(
        "{{api.domain}}/users/:id/posts?page=2&page=3#top", null, List.of("{{api.domain}}"), null,
        List.of("users", ":id", "posts"), List.of(kv("page", "2"), kv("page", "3")), List.of(),
        "top"));
  }

  @Test
  void urlStringDropsUserinfoFromHostAndKeepsPort() {
    PostmanUrl url = UrlParser.parse("https://me:pw@api.example.com:8443/v1/?a=1&&b=#");
    assertThat(url).isEqualTo(new PostmanUrl("https://me:pw@api.example.com:8443/v1/?a=1&&b=#",
        "https", List.of("api", "example", "com"), "8443", List.of("v1"),
        List.of(kv("a", "1"), kv("b", "")), List.of(), ""));
  }

  @Test
  void urlObjectWithHostStringAndTypedPathSegments() {
    PostmanRequestItem item = onlyRequest(parseClean(v21("""
        {"name": "u", "request": {"method": "DELETE", "url": {
          "protocol": "https", "host": "api.example.com", "port": "8080",
          "path": ["v2", {"type": "string", "value": "{{id}}"}, {"type": "any"}],
          "query": [{"key": "q", "value": null}, {"key": null, "value": "v", "disabled": true}],
          "hash": "h"}}}
        """)));
    assertThat(item.request().url()).isEqualTo(new PostmanUrl("", "https",
        List.of("api", "example", "com"), "8080", List.of("v2", "{{id}}", ""),
        List.of(kv("q", ""), disabled("", "v")), List.of(), "h"));
  }

  @Test
  void urlObjectHostStringKeepsVariablesWhole() {
    PostmanRequestItem item = onlyRequest(parseClean(v21("""
        {"name": "u", "request": {"method": "GET", "url": {
          "raw": "{{api.domain}}/a", "host": "{{api.domain}}", "path": "/a/b/"}}}
        """)));
    assertThat(item.request().url().host()).containsExactly("{{api.domain}}");
    assertThat(item.request().url().path()).containsExactly("a", "b");
  }

  @Test
  void urlObjectWithoutStructureFallsBackToRaw() {
    PostmanRequestItem item = onlyRequest(parseClean(v21("""
        {"name": "u", "request": {"method": "GET", "url": {"raw": "http://h.test:81/p/q?x=1"}}}
        """)));
    assertThat(item.request().url()).isEqualTo(new PostmanUrl("http://h.test:81/p/q?x=1", "http",
        List.of("h", "test"), "81", List.of("p", "q"), List.of(kv("x", "1")), List.of(), null));
  }

  @Test
  void descriptionsAsStringOrObjectOrNull() {
    PostmanCollection c = parseClean(v21("""
        {"name": "a", "description": "plain", "request": {"method": "GET", "url": "x",
          "description": {"content": "from object", "type": "text/plain", "version": "1"}}},
        {"name": "b", "description": null, "request": {"method": "GET", "url": "x",
          "description": {"type": "text/plain"}}}
        """));
    PostmanRequestItem a = (PostmanRequestItem) c.items().get(0);
    PostmanRequestItem b = (PostmanRequestItem) c.items().get(1);
    assertThat(List.of(String.valueOf(a.description()), String.valueOf(a.request().description()),
        String.valueOf(b.description()), String.valueOf(b.request().description())))
        .containsExactly("plain", "from object", "null", "null");
  }

  @Test
  void headersAsRawStringAndResponseHeadersMixingStringsAndObjects() {
    PostmanRequestItem item = onlyRequest(parseClean(v21("""
        {"name": "h", "request": {"method": "GET", "url": "x",
           "header": "Accept: application/json\\r\\nX-Trace: a:b\\nnot a header\\n"},
         "response": [
           {"name": "one", "code": 200, "header": ["Content-Type: text/plain", {"key": "X-N", "value": 5},
                                                   {"name": "Legacy", "value": "l"}, 7, null]},
           {"name": "two", "code": "404", "header": "Retry-After: 10"},
           {"name": "three", "header": null}
         ]}
        """)));
    assertThat(item.request().headers())
        .containsExactly(kv("Accept", "application/json"), kv("X-Trace", "a:b"));
    List<PostmanResponse> r = item.responses();
    assertThat(r.get(0).headers())
        .containsExactly(kv("Content-Type", "text/plain"), kv("X-N", "5"), kv("Legacy", "l"));
    assertThat(r.get(1).headers()).containsExactly(kv("Retry-After", "10"));
    assertThat(r.get(1).code()).isEqualTo(404);
    assertThat(r.get(2).headers()).isEmpty();
    assertThat(r.get(2).code()).isZero();
    assertThat(r.get(2).name()).isEqualTo("three");
  }

  @Test
  void bodyModesAreReadAsWritten() {
    PostmanCollection c = parseClean(v21("""
        {"name": "raw", "request": {"method": "POST", "url": "x", "body": {"mode": "raw",
          "raw": "{\\"a\\": {{v}}}", "options": {"raw": {"language": "json"}}}}},
        {"name": "form", "request": {"method": "POST", "url": "x", "body": {"mode": "formdata",
          "formdata": [{"key": "name", "value": "n", "type": "text"},
                       {"key": "file", "src": ["/tmp/a.png", "/tmp/b.png"], "type": "file", "disabled": true},
                       "junk"]}}},
        {"name": "urlencoded", "request": {"method": "POST", "url": "x", "body": {"mode": "urlencoded",
          "urlencoded": [{"key": "grant_type", "value": "client_credentials", "description": "d"}]}}},
        {"name": "graphql", "request": {"method": "POST", "url": "x", "body": {"mode": "graphql",
          "graphql": {"query": "{ me { id } }", "variables": {"a": 1}}}}},
        {"name": "file", "request": {"method": "PUT", "url": "x", "body": {"mode": "file", "file": {"src": "/tmp/f"}}}},
        {"name": "empty", "request": {"method": "POST", "url": "x", "body": {}}},
        {"name": "off", "request": {"method": "POST", "url": "x", "body": {"mode": "raw", "raw": "a", "disabled": true}}},
        {"name": "odd", "request": {"method": "POST", "url": "x", "body": {"mode": "carrier-pigeon"}}}
        """));
    List<PostmanBody> bodies = new ArrayList<>();
    c.items().forEach(i -> bodies.add(((PostmanRequestItem) i).request().body()));
    assertThat(bodies).containsExactly(
        new PostmanBody(PostmanBody.Mode.RAW, "{\"a\": {{v}}}", "json", List.of(), null, null,
            false),
        new PostmanBody(PostmanBody.Mode.FORMDATA, null, null, List.of(
            new PostmanFormField("name", "n", false, null, false, null),
            new PostmanFormField("file", "/tmp/a.png", true, null, true, null)), null, null,
            false),
        new PostmanBody(PostmanBody.Mode.URLENCODED, null, null, List.of(
            new PostmanFormField("grant_type", "client_credentials", false, null, false, "d")),
            null, null, false),
        new PostmanBody(PostmanBody.Mode.GRAPHQL, "{ me { id } }", null, List.of(), "{\"a\":1}",
            null, false),
        new PostmanBody(PostmanBody.Mode.FILE, null, null, List.of(), null, "/tmp/f", false),
        new PostmanBody(PostmanBody.Mode.NONE, null, null, List.of(), null, null, false),
        new PostmanBody(PostmanBody.Mode.RAW, "a", null, List.of(), null, null, true),
        new PostmanBody(PostmanBody.Mode.NONE, null, null, List.of(), null, null, false));
  }

  @Test
  void foldersNestedSixDeepKeepOrderPointersAndPositions() {
    PostmanCollection c = parseClean("""
        {"info": {"name": "Deep", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [
          {"name": "L1", "item": [
           {"name": "L2", "item": [
            {"name": "L3", "item": [
             {"name": "L4", "item": [
              {"name": "L5", "item": [
               {"name": "L6", "item": [
                {"name": "leaf", "request": {"method": "GET", "url": "x"}}
               ]},
               {"name": "after L6", "request": {"method": "GET", "url": "y"}}
              ]}
             ]}
            ]}
           ]}
          ]},
          {"name": "top", "request": {"method": "POST", "url": "z"}}
         ]}
        """);
    List<String> seen = new ArrayList<>();
    collect(c.items(), "", seen);
    assertThat(seen).containsExactly(
        "/L1 @3:3 #/item/0",
        "/L1/L2 @4:4 #/item/0/item/0",
        "/L1/L2/L3 @5:5 #/item/0/item/0/item/0",
        "/L1/L2/L3/L4 @6:6 #/item/0/item/0/item/0/item/0",
        "/L1/L2/L3/L4/L5 @7:7 #/item/0/item/0/item/0/item/0/item/0",
        "/L1/L2/L3/L4/L5/L6 @8:8 #/item/0/item/0/item/0/item/0/item/0/item/0",
        "/L1/L2/L3/L4/L5/L6/leaf @9:9 #/item/0/item/0/item/0/item/0/item/0/item/0/item/0",
        "/L1/L2/L3/L4/L5/after L6 @11:8 #/item/0/item/0/item/0/item/0/item/0/item/1",
        "/top @17:3 #/item/1");
  }

  private static void collect(List<PostmanItem> items, String prefix, List<String> out) {
    for (PostmanItem i : items) {
      String path = prefix + "/" + i.name();
      SourceLocation l = i.location();
      out.add(path + " @" + l.line() + ":" + l.column() + " #" + l.pointer());
      if (i instanceof PostmanFolder f) {
        collect(f.items(), path, out);
      }
    }
  }

  @Test
  void itemsInsteadOfItemIsReadWithWarning() {
    TestCollections.Parsed p = parse("""
        {"info": {"name": "I", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "items": [
           {"name": "F", "items": [{"name": "r", "request": {"method": "GET", "url": "x"}}]}
         ]}
        """);
    assertThat(p.rendered()).containsExactly(
        "test.json:1:1: warning[P2J008]: uses 'items' instead of 'item'",
        "test.json:3:4: warning[P2J008]: uses 'items' instead of 'item' (at #/items/0)");
    PostmanFolder f = (PostmanFolder) p.collection().items().get(0);
    assertThat(f.items().get(0).location()).isEqualTo(at(3, 28, "/items/0/items/0"));
  }

  @Test
  void missingMethodIsGetWithWarning() {
    TestCollections.Parsed p = parse(v21("""
        {"name": "no method", "request": {"url": "https://x.test/a", "header": []}}
        """));
    assertThat(p.rendered()).containsExactly(
        "test.json:3:34: warning[P2J008]: request has no method; using GET (at #/item/0/request)");
    assertThat(onlyRequest(p.collection()).request().method()).isEqualTo("GET");
  }

  @Test
  void customMethodsAreKeptUpperCased() {
    PostmanCollection c = parseClean(v21("""
        {"name": "p", "request": {"method": " propfind ", "url": "x"}}
        """));
    assertThat(onlyRequest(c).request().method()).isEqualTo("PROPFIND");
  }

  @Test
  void utf8BomIsAccepted() {
    byte[] json = v21("""
        {"name": "Grüße", "request": {"method": "GET", "url": "x"}}
        """).getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);
    TestCollections.Parsed p = parse(withBom);
    assertThat(p.rendered()).isEmpty();
    assertThat(onlyRequest(p.collection()).name()).isEqualTo("Grüße");
    assertThat(p.collection().location()).isEqualTo(at(1, 1, ""));
  }

  @Test
  void schemaMissingButCollectionShapedIsReadAsV21WithWarning() {
    TestCollections.Parsed p = parse("""
        {"info": {"name": "NoSchema"}, "item": []}
        """);
    assertThat(p.rendered()).containsExactly(
        "test.json:1:1: warning[P2J008]: info.schema is missing or unknown; reading the file as v2.1");
    assertThat(p.collection().version()).isEqualTo(SchemaVersion.V2_1);
  }

  @Test
  void postmanComSchemaHostIsAccepted() {
    PostmanCollection c = parseClean("""
        {"info": {"name": "N", "schema": "https://schema.postman.com/json/collection/v2.1.0/collection.json"},
         "item": []}
        """);
    assertThat(c.version()).isEqualTo(SchemaVersion.V2_1);
  }

  @Test
  void variablesEventsAndItemVariablesAreRead() {
    PostmanCollection c = parseClean("""
        {"info": {"name": "V", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "variable": [{"key": "obj", "value": {"a": [1]}}, {"key": "off", "value": null, "disabled": true}, 3],
         "event": [{"listen": "prerequest", "script": {"type": "text/javascript", "exec": ["a();", "b();"]}},
                   {"listen": "test", "script": {"exec": "single();"}, "disabled": true}],
         "item": [{"name": "r", "variable": [{"key": "k", "value": true, "type": "boolean"}],
                   "event": [{"listen": "test"}],
                   "request": {"method": "GET", "url": "x"}}]}
        """);
    assertThat(c.variables()).containsExactly(
        new PostmanVariable("obj", "{\"a\":[1]}", null, false, null),
        new PostmanVariable("off", "", null, true, null));
    assertThat(c.events()).containsExactly(
        new PostmanEvent("prerequest", List.of("a();", "b();"), false),
        new PostmanEvent("test", List.of("single();"), true));
    PostmanRequestItem r = onlyRequest(c);
    assertThat(r.variables()).containsExactly(new PostmanVariable("k", "true", "boolean", false,
        null));
    assertThat(r.events()).containsExactly(new PostmanEvent("test", List.of(), false));
  }

  @Test
  void responsesKeepOriginalRequestAndPreviewLanguage() {
    PostmanRequestItem item = onlyRequest(parseClean(v21("""
        {"name": "r", "request": {"method": "POST", "url": "x"},
         "response": [
           "not an object",
           {"name": "made", "code": 201, "status": "Created", "_postman_previewlanguage": "json",
            "originalRequest": {"method": "POST", "url": "https://x.test/o",
              "body": {"mode": "raw", "raw": "{}"}},
            "body": null, "cookie": [], "responseTime": null}
         ]}
        """)));
    assertThat(item.responses()).hasSize(1);
    PostmanResponse made = item.responses().get(0);
    assertThat(made.previewLanguage()).isEqualTo("json");
    assertThat(made.body()).isNull();
    assertThat(made.location()).isEqualTo(at(6, 4, "/item/0/response/1"));
    assertThat(made.originalRequest()).isEqualTo(new PostmanRequest("POST",
        UrlParser.parse("https://x.test/o"), List.of(),
        new PostmanBody(PostmanBody.Mode.RAW, "{}", null, List.of(), null, null, false), null,
        null, at(7, 24, "/item/0/response/1/originalRequest")));
  }

  @Test
  void nonConformingItemsAreSkippedWithCodedWarnings() {
    TestCollections.Parsed p = parse(v21("""
        42,
        {"name": "neither"},
        {"name": "ok", "request": {"method": "GET", "url": "x"}},
        {"name": "folder with bad item", "item": {"oops": true}}
        """));
    assertThat(p.rendered()).containsExactly(
        "test.json: warning[P2J007]: an item is not an object; ignored (at #/item/0)",
        "test.json:4:1: warning[P2J007]: an item has neither 'request' nor 'item'; ignored"
            + " (at #/item/1)",
        "test.json:6:42: warning[P2J007]: 'item' is not an array; ignored (at #/item/3/item)");
    assertThat(p.collection().items()).extracting(PostmanItem::name)
        .containsExactly("ok", "folder with bad item");
  }
}
