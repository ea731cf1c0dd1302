package io.github.postman2java.naming;

import io.github.postman2java.names.JavaNames;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The final names of model types while the overrides rename them: a rename may not take a name
 * another generated type keeps (compared ignoring case, as inference's namespaces do: files named
 * {@code Lead.java} and {@code LEAD.java} are one file on macOS and Windows), a name generated
 * code uses by its simple name (java.lang, the JDK and Jackson types models import, the runtime
 * support classes), nor, for a nested type, its owner's name or a top-level type's name (it would
 * shadow that type inside its owner).
 */
final class TypeNameClaims {
  private static final Set<String> RESERVED = reserved();
  /** Lower-cased final key → the final key that claimed it. */
  private final Map<String, String> claimed = new HashMap<>();
  /** Final key → the key inference gave the type that claimed it. */
  private final Map<String, String> originalOf = new HashMap<>();
  /** Lower-cased final top-level names. */
  private final Set<String> tops = new TreeSet<>();

  TypeNameClaims(Iterable<String> finalTopNames) {
    finalTopNames.forEach(n -> tops.add(lower(n)));
  }

  private static Set<String> reserved() {
    Set<String> out = new TreeSet<>();
    JavaNames.RESERVED_TYPES.forEach(n -> out.add(lower(n)));
    JavaNames.RUNTIME_TYPES.forEach(n -> out.add(lower(n)));
    return out;
  }

  /** Whether generated code would confuse a type called {@code name} with one it uses. */
  static boolean isReserved(String name) {
    return RESERVED.contains(lower(name));
  }

  /**
   * Claims {@code finalKey} ({@code Top} or {@code Top.Nested}) for the type inference named
   * {@code originalKey}; returns why it cannot be had, or {@code null}. {@code renamed}: the
   * name comes from the overrides file.
   */
  String claim(String originalKey, String finalKey, boolean renamed) {
    int dot = finalKey.indexOf('.');
    String simple = dot < 0 ? finalKey : finalKey.substring(dot + 1);
    if (renamed && isReserved(simple)) {
      return "the name " + simple + " is reserved: generated code uses a class of that name"
          + " (java.lang, the JDK, Jackson or the runtime support classes) by its simple name;"
          + " choose another name";
    }
    String other = claimed.putIfAbsent(lower(finalKey), finalKey);
    originalOf.putIfAbsent(finalKey, originalKey);
    if (other != null) {
      // Said from the side of the rename (the type keeping its name may come second).
      String wanted = renamed ? finalKey : other;
      String holder = renamed ? other : finalKey;
      return "the name " + wanted.substring(wanted.indexOf('.') + 1) + " is already taken by"
          + " the generated type " + holder + (other.equals(finalKey) ? ""
              : " (names differing only in case are one file on some systems)")
          + "; choose another name";
    }
    if (dot >= 0 && lower(simple).equals(lower(finalKey.substring(0, dot)))) {
      return "a nested type cannot have the name of the type that holds it ("
          + finalKey.substring(0, dot) + "); choose another name";
    }
    if (dot >= 0 && tops.contains(lower(simple))) {
      return "the name " + simple + " is already taken by a top-level generated type, which a"
          + " nested type of that name would hide; choose another name";
    }
    return null;
  }

  /** The key inference gave the type that holds {@code finalKey}, ignoring case, or null. */
  String holder(String finalKey) {
    String claimedBy = claimed.get(lower(finalKey));
    return claimedBy == null ? null : originalOf.get(claimedBy);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
