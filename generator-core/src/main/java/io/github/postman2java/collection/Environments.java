package io.github.postman2java.collection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts environment and globals values into the collection's variables with Postman's
 * precedence (globals, then the collection's own variables, then environments in the order
 * given, later ones winning), so every later stage sees one set of variables. Disabled values
 * override nothing. Credentials among them are the secrets stage's business, which runs next.
 */
public final class Environments {
  private Environments() {}

  /** Returns {@code collection} with its variables resolved against {@code environments}. */
  public static PostmanCollection apply(PostmanCollection collection,
      List<PostmanEnvironment> environments) {
    if (environments.isEmpty()) {
      return collection;
    }
    Map<String, PostmanVariable> merged = new LinkedHashMap<>();
    environments.stream().filter(PostmanEnvironment::globals)
        .forEach(e -> put(merged, e.values()));
    // Merged, the collection's variables no longer sit at their index: keep where they are.
    List<PostmanVariable> own = new ArrayList<>();
    for (int i = 0; i < collection.variables().size(); i++) {
      PostmanVariable v = collection.variables().get(i);
      own.add(v.location() != null ? v
          : v.at(collection.location().child("variable").child(i)));
    }
    put(merged, own);
    environments.stream().filter(e -> !e.globals()).forEach(e -> put(merged, e.values()));
    return new PostmanCollection(collection.fileName(), collection.version(), collection.name(),
        collection.description(), collection.items(), collection.auth(),
        new ArrayList<>(merged.values()), collection.events(), collection.location());
  }

  private static void put(Map<String, PostmanVariable> merged, List<PostmanVariable> values) {
    for (PostmanVariable v : values) {
      if (!v.disabled() && !v.key().isEmpty()) {
        merged.remove(v.key()); // re-inserted last: order follows precedence, not first sight
        merged.put(v.key(), v);
      }
    }
  }

  /** Returns the enabled value of {@code key} among {@code variables}, or null. */
  public static String value(List<PostmanVariable> variables, String key) {
    String found = null;
    for (PostmanVariable v : variables) {
      if (!v.disabled() && v.key().equals(key)) {
        found = v.value();
      }
    }
    return found;
  }
}
