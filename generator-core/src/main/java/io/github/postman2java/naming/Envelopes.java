package io.github.postman2java.naming;

import io.github.postman2java.infer.Shape;
import io.github.postman2java.infer.Shape.ArrayShape;
import io.github.postman2java.infer.Shape.ObjectShape;
import io.github.postman2java.infer.Shape.Property;
import io.github.postman2java.names.JavaNames;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises bodies that hold the resource rather than being it: list envelopes ({@code {count,
 * next, previous, results: [...]}}, {@code {data: [...], has_more}}, {@code {items: [...],
 * total}}, GitHub's {@code {total_count, incomplete_results, items}}) and wrappers ({@code
 * {"monitor": {...}}}, {@code {"data": {...}}}). What they hold is what the path names; the body
 * is only the page or the wrapper around it.
 */
final class Envelopes {
  /** Members that hold a page's elements or a wrapped resource rather than name them. */
  static final Set<String> GENERIC_MEMBERS = Set.of(
      "results", "result", "data", "items", "item", "records", "entries", "values", "content",
      "elements", "list", "rows", "hits", "objects", "nodes", "resources", "collection",
      "value", "docs", "documents", "payload", "response", "entity", "record", "object");

  /**
   * The member holding the resource.
   *
   * @param list whether it holds a list of them (the body is a page)
   */
  record Held(Property member, boolean list) {}

  private Envelopes() {}

  /**
   * What a body holds, or {@code null}: a page when exactly one property is a list of objects,
   * under a generic name or the resource's own, and no other property is a list or map; a wrapper when exactly one
   * property is an object, under a generic name or the resource's own ({@code resource} is the
   * singular type name of the path resource), and every other property is a scalar.
   */
  static Held held(Shape body, String resource) {
    if (!(body instanceof ObjectShape o)) {
      return null;
    }
    Property list = null;
    Property object = null;
    int objects = 0;
    for (Property p : o.properties()) {
      Shape s = p.shape();
      if (s instanceof ArrayShape a && a.items() instanceof ObjectShape) {
        if (list != null) {
          return null;
        }
        list = p;
      } else if (s instanceof ArrayShape || s instanceof Shape.MapShape) {
        return null;
      } else if (s instanceof ObjectShape) {
        objects++;
        object = p;
      }
    }
    if (list != null) {
      return generic(list) || names(list, resource) ? new Held(list, true) : null;
    }
    if (objects == 1 && !((ObjectShape) object.shape()).properties().isEmpty()
        && (generic(object) || names(object, resource))) {
      return new Held(object, false);
    }
    return null;
  }

  /**
   * Whether the member is named after the resource ({@code monitors} for {@code Monitor}), or a
   * kind of it ({@code workflow_runs} for {@code Run}).
   */
  private static boolean names(Property p, String resource) {
    String member = JavaNames.pascal(JavaNames.singular(p.jsonName()), "");
    return member.equalsIgnoreCase(resource) || !resource.isEmpty() && member.endsWith(resource);
  }

  /** Whether the member's name is a generic holder ({@code data}, {@code items}). */
  static boolean isGeneric(Property p) {
    return generic(p);
  }

  private static boolean generic(Property p) {
    return GENERIC_MEMBERS.contains(p.jsonName().toLowerCase(Locale.ROOT));
  }
}
