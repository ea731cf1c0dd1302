package io.github.postman2java.report;

import io.github.postman2java.infer.EvidenceIndex;
import io.github.postman2java.naming.FieldDecl;
import io.github.postman2java.naming.TypeDecl;
import io.github.postman2java.naming.TypeRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Visits the generated types reachable from a body type, breadth first, with the JSON path of
 * each ({@code $.data[*].Owner}); a recursive type is visited once, at its shallowest path.
 */
final class TypeWalk {
  private TypeWalk() {}

  static void walk(Map<String, TypeDecl> types, TypeRef body, BiConsumer<String, String> visit) {
    record Work(TypeRef ref, String path) {}
    Deque<Work> work = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    if (body != null) {
      work.add(new Work(body, "$"));
    }
    while (!work.isEmpty()) {
      Work w = work.poll();
      TypeRef t = w.ref();
      if (t instanceof TypeRef.ListOf l) {
        work.add(new Work(l.item(), w.path() + "[*]"));
      } else if (t instanceof TypeRef.MapOf m) {
        work.add(new Work(m.value(), w.path() + ".*"));
      } else if (t instanceof TypeRef.Named n) {
        String key = ReportBuilder.key(n);
        visit.accept(w.path(), key);
        if (seen.add(key) && types.get(key) instanceof TypeDecl.RecordDecl r) {
          for (FieldDecl f : r.fields()) {
            work.add(new Work(f.type(), w.path() + EvidenceIndex.step(f.jsonName())));
          }
        }
      }
    }
  }
}
