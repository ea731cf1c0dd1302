package io.github.postman2java.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Identifiers from arbitrary text: keywords, digits, acronyms, non-ASCII, extremes. */
class JavaNamesTest {

  @Test
  void wordsSplitOnCaseChangesAcronymsAndPunctuation() {
    assertThat(JavaNames.words("getHTTPResponseCode")).containsExactly("get", "HTTP", "Response",
        "Code");
    assertThat(JavaNames.words("Zoho CRM REST APIs")).containsExactly("Zoho", "CRM", "REST",
        "APIs");
    assertThat(JavaNames.words("user_id--Mass.update/ Leads")).containsExactly("user", "id",
        "Mass", "update", "Leads");
    assertThat(JavaNames.words("URLs and IDs")).containsExactly("URLs", "and", "IDs");
    assertThat(JavaNames.words("")).isEmpty();
    assertThat(JavaNames.words(null)).isEmpty();
    assertThat(JavaNames.words("!!! ... ---")).isEmpty();
  }

  @Test
  void pascalAndCamelOfOrdinaryNames() {
    assertThat(List.of(JavaNames.pascal("mass update", "X"), JavaNames.pascal("Created_Time", "X"),
        JavaNames.pascal("APIs", "X"), JavaNames.camel("Modified_By", "x"),
        JavaNames.camel("over_write", "x"), JavaNames.camel("HTTPStatus", "x")))
        .containsExactly("MassUpdate", "CreatedTime", "Apis", "modifiedBy", "overWrite",
            "httpStatus");
  }

  @Test
  void keywordsNeverBecomeIdentifiers() {
    for (String keyword : List.of("class", "default", "new", "record", "var", "yield", "true",
        "null", "enum", "_")) {
      String camel = JavaNames.camel(keyword, "value");
      assertThat(JavaNames.KEYWORDS).doesNotContain(camel);
      assertThat(camel).matches("[a-z][A-Za-z0-9_]*");
    }
    assertThat(JavaNames.camel("class", "value")).isEqualTo("class_");
    assertThat(JavaNames.camel("default", "value")).isEqualTo("default_");
    assertThat(JavaNames.pascal("class", "X")).isEqualTo("Class");
  }

  @Test
  void leadingDigitsArePrefixed() {
    assertThat(List.of(JavaNames.pascal("123", "Type"), JavaNames.pascal("2fa code", "Type"),
        JavaNames.camel("2fa code", "field"), JavaNames.constant("2xx"),
        JavaNames.constant("404 not found")))
        .containsExactly("Type123", "Type2faCode", "field2faCode", "VALUE_2XX",
            "VALUE_404_NOT_FOUND");
    // Error codes say what they are; a sign is a word of its own.
    assertThat(List.of(JavaNames.constant("02_005", "CODE_"), JavaNames.constant("10100", "CODE_"),
        JavaNames.constant("-1"), JavaNames.constant("+1"), JavaNames.constant("1.5")))
        .containsExactly("CODE_02_005", "CODE_10100", "MINUS_1", "PLUS_1", "VALUE_1_5");
  }

  @Test
  void constantsAreUpperSnake() {
    assertThat(List.of(JavaNames.constant("in-progress"), JavaNames.constant("camelCase"),
        JavaNames.constant("RECORD_LOCKED"), JavaNames.constant("a.b c"),
        JavaNames.constant(""), JavaNames.constant("!!!")))
        .containsExactly("IN_PROGRESS", "CAMEL_CASE", "RECORD_LOCKED", "A_B_C", "EMPTY", "EMPTY");
  }

  @Test
  void emptyAndPunctuationOnlyTextUsesTheFallback() {
    assertThat(List.of(JavaNames.pascal("", "Operation"), JavaNames.pascal("---", "Operation"),
        JavaNames.camel("", "value"), JavaNames.camel("?!", "field")))
        .containsExactly("Operation", "Operation", "value", "field");
  }

  @Test
  void nonAsciiAndEmojiBecomeAscii() {
    assertThat(List.of(JavaNames.pascal("🚀 Launch", "Op"), JavaNames.pascal("🚀", "Op"),
        JavaNames.pascal("Café", "X"), JavaNames.pascal("日本語", "Name")))
        .containsExactly("Launch", "Op", "Cafe", "Name");
    for (String s : List.of("Ωmega", "naïve", "💥💥", "ß")) {
      assertThat(JavaNames.camel(s, "value")).matches("[a-z][A-Za-z0-9_]*");
      assertThat(JavaNames.pascal(s, "Value")).matches("[A-Z][A-Za-z0-9_]*");
    }
  }

  @Test
  void diacriticsDoNotSplitWords() {
    assertThat(JavaNames.pascal("Über uns", "X")).isEqualTo("UberUns");
    assertThat(JavaNames.pascal("Café crème", "X")).isEqualTo("CafeCreme");
  }

  @Test
  void fiveThousandCharacterNamesAreCappedAndStayDistinct() {
    String a = "a".repeat(5000);
    String b = "a".repeat(4999) + "b";
    String pa = JavaNames.pascal(a, "X");
    assertThat(pa).hasSizeLessThanOrEqualTo(80).startsWith("A" + "a".repeat(71))
        .matches("[A-Za-z0-9]+");
    assertThat(JavaNames.pascal(a, "X")).isEqualTo(pa);
    assertThat(JavaNames.pascal(b, "X")).isNotEqualTo(pa).hasSizeLessThanOrEqualTo(80);
    assertThat(JavaNames.camel(a, "x")).hasSizeLessThanOrEqualTo(80);
    assertThat(JavaNames.constant(a)).hasSizeLessThanOrEqualTo(80);
    assertThat(JavaNames.pascal("word ".repeat(1000), "X")).hasSizeLessThanOrEqualTo(80);
  }

  @Test
  void singularOfEnglishPlurals() {
    assertThat(List.of("categories", "addresses", "boxes", "matches", "users", "status",
        "analysis", "data", "Records", "bus").stream().map(JavaNames::singular).toList())
        .containsExactly("category", "address", "box", "match", "user", "status", "analysis",
            "data", "Record", "bus");
  }

  @Test
  void singularOfAcronymPlurals() {
    assertThat(List.of(JavaNames.singular("APIs"), JavaNames.singular("IDs"),
        JavaNames.singular("URLs"))).containsExactly("API", "ID", "URL");
  }

  @Test
  void packageNames() {
    assertThat(List.of("com.acme", "a", "com.acme.v2", "_x.y").stream()
        .allMatch(JavaNames::isPackageName)).isTrue();
    assertThat(List.of("", "com..acme", "com.class", "1com", "com.acme.", "com-acme").stream()
        .noneMatch(JavaNames::isPackageName)).isTrue();
  }

  @Test
  void namespaceIsCaseInsensitive() {
    Namespace ns = new Namespace(Set.of("Builder"));
    assertThat(ns.isFree("builder")).isFalse();
    assertThat(ns.allocate("User")).isEqualTo("User");
    assertThat(ns.allocate("USER", "user")).isEqualTo("user2");
    assertThat(ns.allocate("user")).isEqualTo("user3");
    assertThat(ns.allocate("Leads", "CreateLeads")).isEqualTo("Leads");
    assertThat(ns.allocate("leads", "CreateLeads")).isEqualTo("CreateLeads");
    assertThat(ns.allocate(null, "", "Other")).isEqualTo("Other");
    assertThat(ns.isFree("OTHER")).isFalse();
  }
}
