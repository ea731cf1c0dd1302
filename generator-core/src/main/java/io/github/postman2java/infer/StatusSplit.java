package io.github.postman2java.infer;

import io.github.postman2java.sample.BodySample;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * Tells the 2xx statuses of one request apart when their bodies are different things: a {@code
 * 201} deployment and a {@code 202 {"message": ...}} are two types, not one type with the
 * members of both. Two statuses are one body when either is no object or their member names
 * overlap by at least half (Jaccard), as a resource seen with more or fewer members does.
 */
final class StatusSplit {
  private StatusSplit() {}

  /**
   * The bodies of the main success type: those of the lowest status with a JSON body and of
   * every status like it. Each other status is added to {@code others} with its own model.
   */
  static List<BodySample> mainBodies(List<BodySample> all,
      SortedMap<Integer, List<BodySample>> byStatus, List<StatusModel> others,
      Function<List<BodySample>, BodyModel> model) {
    if (byStatus.size() < 2) {
      return all;
    }
    Set<String> mainNames = null;
    List<BodySample> main = new ArrayList<>();
    for (Map.Entry<Integer, List<BodySample>> e : byStatus.entrySet()) {
      BodyModel m = model.apply(e.getValue());
      Set<String> names = names(m);
      if (mainNames == null && m.kind() == BodyModel.Kind.JSON) {
        mainNames = names;
      } else if (mainNames != null && names != null && !mainNames.isEmpty() && !names.isEmpty()
          && 2 * overlap(mainNames, names) < union(mainNames, names)) {
        others.add(new StatusModel(List.of(e.getKey()), m));
        continue;
      }
      main.addAll(e.getValue());
    }
    return others.isEmpty() ? all : main;
  }

  /** The member names of an object body, or {@code null} for anything else. */
  private static Set<String> names(BodyModel m) {
    if (m.kind() != BodyModel.Kind.JSON || !(m.shape() instanceof Shape.ObjectShape o)) {
      return null;
    }
    Set<String> out = new HashSet<>();
    o.properties().forEach(p -> out.add(p.jsonName()));
    return out;
  }

  private static int overlap(Set<String> a, Set<String> b) {
    int n = 0;
    for (String x : a) {
      if (b.contains(x)) {
        n++;
      }
    }
    return n;
  }

  private static int union(Set<String> a, Set<String> b) {
    return a.size() + b.size() - overlap(a, b);
  }
}
