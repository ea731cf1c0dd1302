package io.github.postman2java.collection;

import static io.github.postman2java.collection.TestCollections.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.json.LocatedJsonReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs the parser refuses: each asserts the full rendered diagnostic, and that nothing of the
 * input (a planted token) leaks into it.
 */
class PostmanCollectionParserErrorsTest {
  private static final String SUPPORTED = "supported: Postman collection format v2.0.0 and v2.1.0";
  private static final String PLANTED = "PLANTED_s3cr3t_TOKEN";

  /** Parses, asserts refusal with exactly {@code expected}, and that the planted token is absent. */
  private static void assertRefused(String json, String... expected) {
    TestCollections.Parsed p = parse(json);
    assertThat(p.collection()).isNull();
    assertThat(p.rendered()).containsExactly(expected);
    assertThat(String.join("\n", p.rendered())).doesNotContain(PLANTED);
  }

  @Test
  void v1CollectionNamesV1AndWhatIsSupported() {
    assertRefused("""
        {
          "id": "0f0b1c2d", "name": "PLANTED_s3cr3t_TOKEN",
          "order": [], "folders": [],
          "requests": [{"id": "1", "url": "https://x.test", "method": "GET", "dataMode": "raw"}]
        }
        """,
        "test.json:1:1: error[P2J004]: found a Postman collection in format v1; " + SUPPORTED
            + " (re-export it from Postman, or convert it with postman-collection-transformer)");
  }

  @Test
  void v1SchemaUrlIsRecognisedToo() {
    assertRefused("""
        {"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v1.0.0/collection.json"},
         "item": []}
        """,
        "test.json:1:1: error[P2J004]: found a Postman collection in format v1; " + SUPPORTED
            + " (re-export it from Postman, or convert it with postman-collection-transformer)");
  }

  @Test
  void unknownSchemaVersionIsNamed() {
    assertRefused("""
        {"info": {"name": "PLANTED_s3cr3t_TOKEN",
                  "schema": "https://schema.getpostman.com/json/collection/v3.0.0/collection.json"},
         "item": []}
        """,
        "test.json:1:1: error[P2J005]: found collection schema version v3.0.0, which is not"
            + " supported; " + SUPPORTED);
  }

  @Test
  void versionThatMerelyStartsLikeASupportedOneIsNotAccepted() {
    assertRefused("""
        {"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.10.0/collection.json"},
         "item": []}
        """,
        "test.json:1:1: error[P2J005]: found collection schema version v2.10.0, which is not"
            + " supported; " + SUPPORTED);
  }

  @Test
  void unversionedPostmanSchemaIsUnsupportedWithoutQuotingIt() {
    assertRefused("""
        {"info": {"name": "x", "schema": "https://schema.getpostman.com/PLANTED_s3cr3t_TOKEN"},
         "item": []}
        """,
        "test.json:1:1: error[P2J005]: found a collection schema without a known version; "
            + SUPPORTED);
  }

  @Test
  void jsonArrayIsNotACollection() {
    assertRefused("""

          [{"info": {"name": "PLANTED_s3cr3t_TOKEN"}}]
        """,
        "test.json:2:3: error[P2J003]: found a JSON array, not a collection object; " + SUPPORTED);
  }

  @Test
  void jsonScalarIsNotACollection() {
    assertRefused("\"PLANTED_s3cr3t_TOKEN\"",
        "test.json: error[P2J003]: found a JSON string, not a collection object; " + SUPPORTED);
  }

  @Test
  void otherJsonObjectIsNotACollection() {
    assertRefused("""
        {"openapi": "3.0.0", "info": {"title": "PLANTED_s3cr3t_TOKEN"}, "paths": {}}
        """,
        "test.json:1:1: error[P2J003]: found a JSON object without 'info' and 'item', not a"
            + " Postman collection; " + SUPPORTED);
  }

  @Test
  void unrecognizedTokenReportsItsPositionButNotItsText() {
    assertRefused("""
        {
          "info": {"name": "T"},
          "item": [
            {"auth": PLANTED_s3cr3t_TOKEN}
          ]
        }
        """,
        "test.json:4:14: error[P2J002]: the file is not valid JSON: unrecognized token");
  }

  @Test
  void singleQuotedStringIsAnUnexpectedCharacter() {
    assertRefused("""
        {"info": {"name": 'PLANTED_s3cr3t_TOKEN'}}
        """,
        "test.json:1:19: error[P2J002]: the file is not valid JSON: unexpected character");
  }

  @Test
  void missingCommaIsAnUnexpectedCharacter() {
    assertRefused("""
        {"info": {"name": "a"}
         "PLANTED_s3cr3t_TOKEN": 1}
        """,
        "test.json:2:2: error[P2J002]: the file is not valid JSON: unexpected character");
  }

  @Test
  void unescapedControlCharacterInString() {
    assertRefused("{\"info\": {\"name\": \"ab\tPLANTED_s3cr3t_TOKEN\"}}",
        "test.json:1:22: error[P2J002]: the file is not valid JSON:"
            + " unescaped control character in a string");
  }

  @Test
  void errorColumnsCountCharactersNotBytes() {
    assertRefused("{\"info\": {\"name\": \"Grüße\" PLANTED_s3cr3t_TOKEN}}",
        "test.json:1:27: error[P2J002]: the file is not valid JSON: unexpected character");
  }

  @Test
  void truncatedFileIsUnexpectedEndOfInput() {
    assertRefused("{\"info\": {\"name\": \"PLANTED_s3cr3t_TOKEN",
        "test.json:1:40: error[P2J002]: the file is not valid JSON: unexpected end of input");
  }

  @Test
  void invalidUtf8IsReported() {
    byte[] bytes = "{\"info\": {\"name\": \"ab\"}}".getBytes(StandardCharsets.UTF_8);
    bytes[19] = (byte) 0xC3; // a lead byte followed by an ASCII letter
    Diagnostics d = new Diagnostics();
    assertThat(PostmanCollectionParser.parse("test.json", bytes, d)).isNull();
    assertThat(TestCollections.render(d)).containsExactly(
        "test.json:1:20: error[P2J002]: the file is not valid JSON: invalid UTF-8");
  }

  @Test
  void contentAfterTheDocumentIsRefused() {
    assertRefused("{}\n{\"PLANTED_s3cr3t_TOKEN\": 1}",
        "test.json:2:1: error[P2J002]: unexpected content after the end of the JSON document");
  }

  @Test
  void emptyAndBlankFilesAreRefused() {
    assertRefused("", "test.json: error[P2J002]: the file is empty");
    assertRefused(" \n\t ", "test.json: error[P2J002]: the file is empty");
  }

  @Test
  void nestingDeeperThanTheLimitIsInputTooLarge() {
    int depth = LocatedJsonReader.MAX_DEPTH + 10;
    String json = "{\"info\": {\"name\": \"x\"}, \"item\": [{\"x\": "
        + "[".repeat(depth) + "\"" + PLANTED + "\"" + "]".repeat(depth) + "}]}";
    // Root, item array and item object take three levels: the 254th bracket is one too many.
    int column = json.indexOf('[', json.indexOf("{\"x\"")) + 1 + LocatedJsonReader.MAX_DEPTH - 3;
    assertRefused(json, "test.json:1:" + column
        + ": error[P2J006]: the collection is nested deeper than 256 levels");
  }

  @Test
  void nestingAtTheLimitIsAccepted() {
    // Root object, item array, item object: 3 levels; the rest of the limit is left for "x".
    int depth = LocatedJsonReader.MAX_DEPTH - 3;
    String json = "{\"info\": {\"name\": \"x\", \"schema\": \"" + TestCollections.V21 + "\"},"
        + " \"item\": [{\"x\": " + "[".repeat(depth) + "]".repeat(depth) + "}]}";
    TestCollections.Parsed p = parse(json);
    assertThat(p.rendered()).containsExactly("test.json:1:" + (json.indexOf("[{") + 2)
        + ": warning[P2J007]: an item has neither 'request' nor 'item'; ignored (at #/item/0)");
  }

  @Test
  void overlongNumberIsInputTooLarge() {
    String json = "{\"info\": {\"n\": " + "9".repeat(LocatedJsonReader.MAX_NUMBER_LENGTH + 1)
        + "}}";
    TestCollections.Parsed p = parse(json);
    assertThat(p.collection()).isNull();
    assertThat(p.rendered()).singleElement().asString()
        .endsWith(": error[P2J006]: a number is longer than 1000 characters")
        .doesNotContain("999");
  }

  @Test
  void missingFileIsUnreadable(@TempDir Path dir) {
    Diagnostics d = new Diagnostics();
    assertThat(PostmanCollectionParser.parse(dir.resolve("absent.json"), d)).isNull();
    assertThat(TestCollections.render(d))
        .containsExactly("absent.json: error[P2J001]: cannot read file");
  }

  @Test
  void fileOnDiskIsNamedByItsFileNameOnly(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("broken.json"), "{\n  \"info\": ,\n}");
    Diagnostics d = new Diagnostics();
    assertThat(PostmanCollectionParser.parse(file, d)).isNull();
    assertThat(TestCollections.render(d)).containsExactly(
        "broken.json:2:11: error[P2J002]: the file is not valid JSON: unexpected character");
  }
}
