package io.github.postman2java.overrides;

import java.util.Set;

/** Checks the Java names a user writes in the overrides file (the generator uses them as is). */
final class JavaWords {
  private static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
      "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
      "long", "native", "new", "package", "private", "protected", "public", "return", "short",
      "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
      "transient", "try", "void", "volatile", "while", "true", "false", "null", "var", "yield",
      "record", "sealed", "permits", "_");

  private JavaWords() {}

  static boolean isIdentifier(String s) {
    return s.matches("[A-Za-z_$][A-Za-z0-9_$]*") && !KEYWORDS.contains(s);
  }

  static boolean isPackage(String s) {
    for (String part : s.split("\\.", -1)) {
      if (!isIdentifier(part) || !part.equals(part.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}
