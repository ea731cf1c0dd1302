package io.github.postman2java.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postman2java.CodegenRun;
import io.github.postman2java.GenerationResult;
import io.github.postman2java.GeneratorOptions;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.sample.SampleExtractor;
import io.github.postman2java.sample.SampleSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Shared test helpers: parse inline collections and render their diagnostics. */
public final class TestCollections {
  /** The file name every inline collection is parsed under. */
  public static final String FILE = "test.json";
  public static final String V21 =
      "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
  public static final String V20 =
      "https://schema.getpostman.com/json/collection/v2.0.0/collection.json";

  private TestCollections() {}

  /** A parse outcome: the collection (null after errors) and everything reported. */
  public record Parsed(PostmanCollection collection, Diagnostics diagnostics) {
    /** Returns every diagnostic rendered as the CLI prints it. */
    public List<String> rendered() {
      return render(diagnostics);
    }
  }

  /** Parses {@code json} as {@value #FILE}. */
  public static Parsed parse(String json) {
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Parses raw bytes as {@value #FILE}. */
  public static Parsed parse(byte[] bytes) {
    Diagnostics d = new Diagnostics();
    return new Parsed(PostmanCollectionParser.parse(FILE, bytes, d), d);
  }

  /** Parses {@code json} and asserts that nothing at all was reported. */
  public static PostmanCollection parseClean(String json) {
    Parsed p = parse(json);
    assertThat(p.rendered()).isEmpty();
    assertThat(p.collection()).isNotNull();
    return p.collection();
  }

  /** Wraps item JSON into a v2.1 collection named "Test". */
  public static String v21(String itemsJson) {
    return "{\"info\": {\"name\": \"Test\", \"schema\": \"" + V21 + "\"},\n\"item\": [\n"
        + itemsJson + "\n]}";
  }

  /** Parses a clean v2.1 collection of {@code itemsJson} and extracts its samples. */
  public static SampleSet samples(String itemsJson, Diagnostics diagnostics) {
    return SampleExtractor.extract(parseClean(v21(itemsJson)), diagnostics);
  }

  /**
   * Runs every stage up to generated files (no disk) on a clean collection, into package
   * {@code com.acme}.
   */
  public static GenerationResult generate(String collectionJson, Diagnostics diagnostics) {
    return CodegenRun.generate(parseClean(collectionJson),
        GeneratorOptions.builder(Path.of(FILE), "com.acme").build(), diagnostics);
  }

  /** Returns the only top-level request item. */
  public static PostmanRequestItem onlyRequest(PostmanCollection c) {
    assertThat(c.items()).hasSize(1);
    return (PostmanRequestItem) c.items().get(0);
  }

  /** Renders diagnostics one per string. */
  public static List<String> render(Diagnostics diagnostics) {
    return diagnostics.all().stream().map(Diagnostic::render).toList();
  }
}
