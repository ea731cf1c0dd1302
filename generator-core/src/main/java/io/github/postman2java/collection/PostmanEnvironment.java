package io.github.postman2java.collection;

import java.util.List;

/**
 * A Postman environment or globals export ({@code *.postman_environment.json}, {@code
 * *.postman_globals.json}): named variable values that {@code newman -e} / {@code -g} would use.
 *
 * @param fileName the file the values came from, for locations
 * @param name the environment's name (may be empty)
 * @param globals whether it is a globals export (lowest precedence) rather than an environment
 * @param values the enabled and disabled values, in file order
 */
public record PostmanEnvironment(
    String fileName, String name, boolean globals, List<PostmanVariable> values) {

  /** Creates an environment. */
  public PostmanEnvironment {
    name = name == null ? "" : name;
    values = List.copyOf(values);
  }
}
