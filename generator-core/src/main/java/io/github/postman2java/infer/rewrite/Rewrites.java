package io.github.postman2java.infer.rewrite;

import io.github.postman2java.infer.ShapeGraph;
import java.util.List;

/**
 * The rewrite passes, in their fixed order. Inference already decided enums, maps and numeric
 * widening per position (it needs the raw values); these passes work across the whole collection.
 *
 * <ol>
 *   <li>{@link FoldRecursiveShapes}: the levels of a tree become one recursive type.
 *   <li>{@link MergeSimilarObjects}: objects with the same property names and kinds, seen in
 *       different requests, become one type (GitHub's {@code User} with more or fewer nulls).
 * </ol>
 */
public final class Rewrites {
  private Rewrites() {}

  /** Applies every pass in order. */
  public static ShapeGraph apply(ShapeGraph graph) {
    ShapeGraph g = graph;
    // New pass instances per run: passes may memoize, and runs may be concurrent (Maven -T).
    for (ShapeRewrite pass : List.of(new FoldRecursiveShapes(), new MergeSimilarObjects())) {
      g = pass.apply(g);
    }
    return g;
  }
}
