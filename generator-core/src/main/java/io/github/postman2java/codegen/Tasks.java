package io.github.postman2java.codegen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs independent tasks of very different sizes on every core, each thread taking the next task
 * when it is done with one. A parallel stream splits a list into a few equal runs up front: the
 * GitHub collection's clients (one of 650 KB) all landed in the first run, and one core rendered
 * them while the other sat idle. Callers list the largest tasks first.
 */
final class Tasks {
  private Tasks() {}

  /** Returns every task's result, in the order of {@code tasks}. */
  static <T> List<T> run(List<Supplier<T>> tasks) {
    Object[] results = new Object[tasks.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
        results[i] = tasks.get(i).get();
      }
    };
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), tasks.size() - 1);
    List<CompletableFuture<Void>> running = new ArrayList<>();
    for (int h = 0; h < helpers; h++) {
      running.add(CompletableFuture.runAsync(worker));
    }
    worker.run();
    try {
      CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      // A task's own failure, as if the tasks had run in order on this thread.
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
    @SuppressWarnings("unchecked")
    List<T> out = (List<T>) Arrays.asList(results);
    return out;
  }
}
