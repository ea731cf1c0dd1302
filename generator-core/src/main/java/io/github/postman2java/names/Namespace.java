package io.github.postman2java.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Hands out unique names in one scope. Uniqueness is case-insensitive, because types become
 * files and {@code User.java} and {@code USER.java} are one file on macOS and Windows.
 */
public final class Namespace {
  private final Set<String> used = new HashSet<>();
  private final Namespace outer;
  private final Map<String, Integer> nextSuffix = new HashMap<>();

  /** Creates a namespace in which {@code reserved} names are already taken. */
  public Namespace(Set<String> reserved) {
    this.outer = null;
    reserved.forEach(r -> used.add(r.toLowerCase(Locale.ROOT)));
  }

  /**
   * Creates a namespace whose names must also be free in {@code outer}, read live and never
   * copied (hundreds of nested scopes share one large outer scope).
   */
  public Namespace(Namespace outer, Set<String> reserved) {
    this.outer = outer;
    reserved.forEach(r -> used.add(r.toLowerCase(Locale.ROOT)));
  }

  /** Returns whether {@code name} is still free. */
  public boolean isFree(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return !used.contains(key) && (outer == null || !outer.used.contains(key));
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
    // Remember where the search stopped, so many collisions on one base stay linear.
    for (int i = nextSuffix.getOrDefault(base, 2); ; i++) {
      String c = base + i;
      if (isFree(c)) {
        reserve(c);
        nextSuffix.put(base, i + 1);
        return c;
      }
    }
  }
}
