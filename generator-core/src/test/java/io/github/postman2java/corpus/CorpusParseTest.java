package io.github.postman2java.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postman2java.collection.PostmanCollection;
import io.github.postman2java.collection.PostmanCollectionParser;
import io.github.postman2java.collection.PostmanFolder;
import io.github.postman2java.collection.PostmanItem;
import io.github.postman2java.collection.PostmanRequestItem;
import io.github.postman2java.diag.Diagnostic;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every public collection in {@code ../shared/corpus} parses without an exception or an error. */
class CorpusParseTest {
  private static final Path CORPUS = SharedCorpus.DIR;

  @Test
  void everyCorpusCollectionParses() throws IOException {
    SharedCorpus.requireDir();
    List<Path> files;
    try (Stream<Path> s = Files.list(CORPUS)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).as("*.json in %s", CORPUS).isNotEmpty();
    for (Path file : files) {
      Diagnostics d = new Diagnostics();
      PostmanCollection c = PostmanCollectionParser.parse(file, d);
      assertThat(d.all().stream().filter(x -> x.severity().label().equals("error"))
          .map(Diagnostic::render)).as(file.getFileName().toString()).isEmpty();
      assertThat(c).as(file.getFileName().toString()).isNotNull();
      int[] counts = count(c.items());
      System.out.printf("corpus %-50s %s requests=%d examples=%d warnings=%d%n",
          file.getFileName(), c.version(), counts[0], counts[1], d.warnings().size());
    }
  }

  /** Returns {requests, saved examples} under {@code items}, iteratively. */
  private static int[] count(List<PostmanItem> items) {
    int requests = 0;
    int examples = 0;
    Deque<PostmanItem> work = new ArrayDeque<>(items);
    while (!work.isEmpty()) {
      PostmanItem i = work.pop();
      if (i instanceof PostmanFolder f) {
        work.addAll(f.items());
      } else if (i instanceof PostmanRequestItem r) {
        requests++;
        examples += r.responses().size();
      }
    }
    return new int[] {requests, examples};
  }
}
