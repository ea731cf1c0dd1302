package io.github.postman2java.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out unique names in one scope. Uniqueness is case-insensitive, because types become
 * files and {@code User.java} and {@code USER.java} are one file on macOS and Windows.
 */
public final class Namespace {
  private final Set<String> used = new HashSet<>();

  /** Creates a namespace in which {@code reserved} names are already taken. */
  public Namespace(Set<String> reserved) {
    reserved.forEach(r -> used.add(r.toLowerCase(Locale.ROOT)));
  }

  /** Returns whether {@code name} is still free. */
  public boolean isFree(String name) {
    return !used.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Takes {@code name}. */
  public void reserve(String name) {
    used.add(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Allocates the first free candidate; when all are taken, the last candidate with a numeric
   * suffix (the fallback of last resort, after every meaningful qualifier).
   */
  public String allocate(String... candidates) {
    for (String c : candidates) {
      if (c != null && !c.isEmpty() && isFree(c)) {
        reserve(c);
        return c;
      }
    }
    String base = candidates[candidates.length - 1];
    for (int i = 2; ; i++) {
      String c = base + i;
      if (isFree(c)) {
        reserve(c);
        return c;
      }
    }
  }
}
