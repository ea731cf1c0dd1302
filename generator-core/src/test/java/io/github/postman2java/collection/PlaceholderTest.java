package io.github.postman2java.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postman2java.collection.Placeholder.Piece;
import org.junit.jupiter.api.Test;

/** The one definition of a Postman variable. */
class PlaceholderTest {
  @Test
  void findsVariablesTheWayPostmanDoes() {
    assertThat(Placeholder.contains("Bearer {{ token }}")).isTrue();
    assertThat(Placeholder.contains("{{unclosed")).isFalse();
    assertThat(Placeholder.contains(null)).isFalse();
    assertThat(Placeholder.isExactly("{{id}}")).isTrue();
    assertThat(Placeholder.isExactly("{{a}}-{{b}}")).isFalse();
    assertThat(Placeholder.firstName("https://{{ base-url }}/x")).isEqualTo("base-url");
    assertThat(Placeholder.withoutVariables("a{{b}}c")).isEqualTo("ac");
    assertThat(Placeholder.replace("$x{{a}}\\", n -> "$" + n)).isEqualTo("$x$a\\");
  }

  @Test
  void splitsTextIntoLiteralsAndVariables() {
    assertThat(Placeholder.split("pre-{{ a }}-{{b}}")).containsExactly(
        new Piece("pre-", null), new Piece(null, "a"), new Piece("-", null),
        new Piece(null, "b"));
    assertThat(Placeholder.split("")).containsExactly(new Piece("", null));
  }

  @Test
  void pathVariablesAreWholeColonSegments() {
    assertThat(Placeholder.pathVariable(":id")).isEqualTo("id");
    assertThat(Placeholder.pathVariable(":")).isNull();
    assertThat(Placeholder.pathVariable("a:b")).isNull();
  }
}
