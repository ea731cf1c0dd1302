package io.github.postman2java.infer.rewrite;

import io.github.postman2java.infer.ShapeGraph;

/** One normalisation pass: a graph in, a graph out. Passes never mutate their input. */
public interface ShapeRewrite {
  /** Returns the rewritten graph. */
  ShapeGraph apply(ShapeGraph graph);
}
