package io.github.postman2java.robustness;

import static io.github.postman2java.robustness.Robust.F;
import static io.github.postman2java.robustness.Robust.collection;
import static io.github.postman2java.robustness.Robust.example;
import static io.github.postman2java.robustness.Robust.folder;
import static io.github.postman2java.robustness.Robust.header;
import static io.github.postman2java.robustness.Robust.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.codegen.Javadocs;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Injection-proof emission (ROBUSTNESS.md §7 B1–B6): hostile text is placed in every position a
 * collection can carry text (collection, folder and request names and descriptions, example
 * names, JSON keys and values, header and query names and values, path segments). The output must
 * compile with {@code -Xlint:all -Werror}, and javac's syntax tree of the hostile output must have
 * exactly the members of the same collection with harmless text: no initializer, no extra member,
 * no unexpected annotation, no call into {@code Runtime}.
 */
class RobustInjectionTest {
  @TempDir Path tmp;

  /** Payloads, each aimed at one escaping context. */
  static final List<String> PAYLOADS = List.of(
      "*/ static { Runtime.getRuntime().exec(\"x\"); } /*",
      "\\u002a/ static { Runtime.getRuntime().exec(\"x\"); } /*",
      "\\\\u002a/ \\\\\\\\u002A/ \\u000a static { } \\u000d \\u0022 bare \\u end\\",
      "line1\rline2\nline3\u2028line4\u0085line5\u2029 // */ class X {}",
      "\" + Runtime.getRuntime().exec(\"x\") + \" \"\"\" \\ ${x} %s %n $L $S $T $N $$ {{mustache}}",
      "\u202Eevil\u2066x\u2069\u200D\uFEFF\u00AD\u200B name",
      "<script>alert(1)</script> < > & &amp; @deprecated {@link Runtime} @SuppressWarnings(\"x\")",
      "} } @interface X { } class Y { static { } } /* ",
      "\"); static { Runtime.getRuntime().exec(\"x\"); } //");

  /** Builds a collection where every text position holds {@code text(i)}. */
  static ObjectNode everywhere(UnaryOperator<String> text) {
    return everywhere(text, true);
  }

  /**
   * As {@link #everywhere(UnaryOperator)}; {@code requestLiterals} false keeps the request's
   * string-literal positions (path segment, constant header and query values) harmless, for the
   * payloads that hit the bug pinned by {@link #b3_b5_requestLiteralsEscapeSeparatorsAndBidi}.
   */
  static ObjectNode everywhere(UnaryOperator<String> text, boolean requestLiterals) {
    UnaryOperator<String> lit = requestLiterals ? text : s -> s + " harmless";
    String keyText = text.apply("field");
    String valueText = text.apply("value");
    String body = F.objectNode()
        .put(keyText, valueText)
        .put("status", valueText)
        .put("plain", 1)
        .set("nested", F.objectNode().put(text.apply("inner"), "x")).toString();
    ObjectNode req = request(text.apply("request"), "POST",
        "https://api.example.com/v1/" + lit.apply("seg").replace('/', '_').replace('?', '_')
            .replace('#', '_').replace('&', '_').replace('{', '(').replace('}', ')') + "/items?" + "q=" + "{{query}}&mode="
            + lit.apply("mode").replace('&', '_').replace('#', '_').replace('{', '(').replace('}', ')'),
        body,
        example(text.apply("example ok"), 200, body),
        example(text.apply("example ok 2"), 200,
            F.objectNode().put(keyText, valueText).put("status", valueText).toString()),
        example(text.apply("example error"), 400,
            F.objectNode().put("code", valueText).put("message", text.apply("msg")).toString()));
    req.put("description", text.apply("request description"));
    // {{...}} in a URL or header value is a placeholder, i.e. a parameter: legitimately another
    // member, so braces are kept out of those positions (JSON keys and text keep them).
    header(req, "X-Trace", lit.apply("header value").replace('{', '(').replace('}', ')'));
    header(req, "X-Param", "{{" + text.apply("var").replace("}", "").replace("{", "") + "}}");
    ObjectNode f = folder(text.apply("folder"), req);
    f.put("description", text.apply("folder description"));
    ObjectNode c = collection(text.apply("collection"), f);
    ((ObjectNode) c.get("info")).put("description", text.apply("collection description"));
    c.putArray("variable").addObject().put("key", text.apply("variable")).put("value", "v");
    return c;
  }

  static List<String> payloads() {
    return PAYLOADS;
  }

  @ParameterizedTest(name = "[{index}]")
  @MethodSource("payloads")
  @DisplayName("B1-B6 hostile text in every position: compiles, same syntax tree as harmless text")
  void b1_b6_hostileTextIsInertEverywhere(String payload) {
    ObjectNode hostile = everywhere(s -> s + " " + payload);
    ObjectNode harmless = everywhere(s -> s + " harmless");
    GenerationResult bad = Robust.run(tmp.resolve("bad"), hostile).success();
    GenerationResult good = Robust.run(tmp.resolve("good"), harmless).success();
    Robust.compile(bad);
    Robust.Skeleton badTree = Robust.skeleton(bad);
    Robust.Skeleton goodTree = Robust.skeleton(good);
    assertThat(badTree.violations()).as("syntax-tree violations").isEmpty();
    assertThat(Robust.shape(badTree)).as("members per type, hostile vs harmless")
        .isEqualTo(Robust.shape(goodTree));
    assertThat(bad.files()).hasSameSizeAs(good.files());
  }

  /** Characters JavaPoet's {@code $S} leaves raw (line separators) or that hide text (bidi). */
  static boolean breaksRequestLiteral(int c) {
    return c == 0x2028 || c == 0x2029 || c == 0x85 || Character.getType(c) == Character.FORMAT;
  }

  @Test
  @DisplayName("B3 B5 line separators and bidi in path, query and header constants")
  void b3_b5_requestLiteralsEscapeSeparatorsAndBidi() {
    for (String payload : List.of("a\u2028b\u0085c\u2029d", "a\u202Eb\u2066c\u2069")) {
      GenerationResult r = Robust.run(tmp.resolve(String.valueOf(payload.length())),
          everywhere(s -> s + payload, true)).success();
      Robust.compile(r);
      Robust.assertInert(r);
      for (var f : r.files()) {
        assertThat(f.content().chars().filter(RobustInjectionTest::breaksRequestLiteral))
            .as("raw separator or bidi character in %s", f.relativePath()).isEmpty();
      }
    }
  }

  @Test
  @DisplayName("B1 description '*/ static { Runtime.exec } /*' cannot close the comment")
  void b1_commentCloserInDescription() {
    String out = Javadocs.escape("*/ static { Runtime.getRuntime().exec(\"x\"); } /*");
    assertThat(out).doesNotContain("*/").doesNotContain("/*").contains("*&#47;");
    GenerationResult r = Robust.run(tmp, everywhere(s -> s + PAYLOADS.get(0))).success();
    Robust.compile(r);
    Robust.assertInert(r);
    assertThat(Robust.codeOnly(r)).doesNotContain("static {").doesNotContain("Runtime.getRuntime");
  }

  @Test
  @DisplayName("B2 unicode escapes \\u002a/ and bare \\u are neutralised")
  void b2_unicodeEscapes() {
    for (String s : List.of("\\u002a/", "\\\\u002a/", "\\\\\\\\u002A/", "\\u000a", "\\u000d",
        "\\u0022", "\\u", "\\")) {
      assertThat(Javadocs.escape(s)).doesNotContain("\\");
      assertThat(Javadocs.escape(s)).contains("&#92;");
    }
    GenerationResult r = Robust.run(tmp, everywhere(s -> s + PAYLOADS.get(2))).success();
    Robust.compile(r);
    Robust.assertInert(r);
  }

  @Test
  @DisplayName("B3 raw CR, LF, U+2028, U+0085 never end a comment line or a literal")
  void b3_lineTerminators() {
    String out = Javadocs.line("a\rb\nc\u2028d\u0085e\u2029f");
    assertThat(out).doesNotContain("\r", "\n", "\u2028", "\u0085", "\u2029");
    assertThat(Javadocs.lineComment("a\rb\nc\u2028")).doesNotContain("\r", "\n", "\u2028");
    GenerationResult r = Robust.run(tmp, everywhere(s -> s + PAYLOADS.get(3), false)).success();
    Robust.compile(r);
    Robust.assertInert(r);
    for (var f : r.files()) {
      for (String line : f.content().split("\n", -1)) {
        if (line.strip().startsWith("//")) {
          assertThat(line).as("// comment in %s", f.relativePath())
              .doesNotContain("\r", "\u2028", "\u0085", "\u2029");
        }
      }
    }
  }

  @Test
  @DisplayName("B4 quotes, text blocks, ${, %s, $L/$S and {{mustache}} are not evaluated")
  void b4_formatAndTemplateSyntax() throws Exception {
    ObjectNode c = everywhere(s -> s + PAYLOADS.get(4));
    GenerationResult r = Robust.run(tmp, c).success();
    Compilation comp = Robust.compile(r);
    Robust.assertInert(r);
    Robust.roundTrip(c, r, comp);
    // JavaPoet would have failed or substituted on $L; the wire key survives verbatim.
    assertThat(Robust.allOutput(r)).contains("$L $S $T $N");
  }

  @Test
  @DisplayName("B5 bidi and invisible characters stripped from names, escaped in literals/comments")
  void b5_bidiAndInvisible() {
    String evil = "\u202E\u2066\u2067\u2068\u2069\u200D\uFEFF\u00AD\u200B";
    assertThat(Javadocs.escape("a" + evil + "b")).isEqualTo("ab");
    GenerationResult r = Robust.run(tmp, everywhere(s -> s + evil + "x", false)).success();
    Robust.compile(r);
    Robust.assertInert(r);
    for (var f : r.files()) {
      for (char ch : evil.toCharArray()) {
        assertThat(f.content().indexOf(ch)).as("U+%04X in %s", (int) ch, f.relativePath())
            .isEqualTo(-1);
      }
      assertThat(f.relativePath()).matches("[A-Za-z0-9_/.]+");
    }
  }

  @Test
  @DisplayName("B6 <script>, &, @deprecated, {@link are HTML-escaped: no tags appear")
  void b6_htmlAndTags() {
    String out = Javadocs.escape("<script> & @deprecated {@link X}");
    assertThat(out).isEqualTo("&lt;script&gt; &amp; &#64;deprecated {&#64;link X}");
    GenerationResult r = Robust.run(tmp, everywhere(s -> s + PAYLOADS.get(6))).success();
    Robust.compile(r);
    Robust.assertInert(r);
    assertThat(Robust.outsideLiterals(r)).doesNotContain("<script>").doesNotContain("@deprecated")
        .doesNotContain("{@link Runtime}");
  }
}
