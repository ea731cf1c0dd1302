package io.github.postman2java.overrides;

import java.util.List;
import java.util.Objects;

/**
 * One step of a body path such as {@code $.data[*].Owner.id}: a property, the elements of an
 * array ({@code [*]}) or the values of a map ({@code .*}).
 */
public sealed interface PathStep {

  /** A named property; names that are not plain words are written {@code ["a.b"]}. */
  record Property(String name) implements PathStep {
    /** Creates a property step. */
    public Property {
      Objects.requireNonNull(name, "name");
    }
  }

  /** The elements of an array. */
  record Items() implements PathStep {}

  /** The values of a map. */
  record MapValues() implements PathStep {}

  /** Renders steps in the canonical form the parser reads back, {@code $} first. */
  static String render(List<PathStep> steps) {
    StringBuilder out = new StringBuilder("$");
    for (PathStep s : steps) {
      if (s instanceof Items) {
        out.append("[*]");
      } else if (s instanceof MapValues) {
        out.append(".*");
      } else {
        String name = ((Property) s).name();
        if (name.matches("[A-Za-z0-9_\\-@$]+")) {
          out.append('.').append(name);
        } else {
          out.append("[\"").append(name.replace("\\", "\\\\").replace("\"", "\\\""))
              .append("\"]");
        }
      }
    }
    return out.toString();
  }
}
