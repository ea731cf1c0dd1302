package io.github.postman2java.report;

import io.github.postman2java.infer.EvidenceIndex;
import io.github.postman2java.infer.EvidenceIndex.PositionEvidence;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Adds the evidence of two occurrences of one type (a shared or merged type). */
final class EvidenceSum {
  private EvidenceSum() {}

  static PositionEvidence add(PositionEvidence a, PositionEvidence b) {
    Map<String, Integer> kinds = new LinkedHashMap<>(a.kinds());
    b.kinds().forEach((k, n) -> kinds.merge(k, n, Integer::sum));
    Map<String, Integer> all = new LinkedHashMap<>(a.values());
    b.values().forEach((k, n) -> all.merge(k, n, Integer::sum));
    Map<String, Integer> values = new LinkedHashMap<>();
    all.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(EvidenceIndex.MAX_VALUES_SHOWN)
        .forEach(e -> values.put(e.getKey(), e.getValue()));
    int seen = a.seen() + b.seen();
    int nulls = a.nulls() + b.nulls();
    int present = a.present() + b.present();
    int parents = a.parentObjects() + b.parentObjects();
    // Presence and nulls are recounted over both; the type reasons of each are kept.
    LinkedHashSet<String> reasons = new LinkedHashSet<>();
    if (parents > 0) {
      reasons.add(present >= parents ? "required: present in all " + parents + " objects"
          : "optional: present in " + present + " of " + parents + " objects");
    }
    if (nulls > 0) {
      reasons.add("nullable: null in " + nulls + " of " + seen + " values");
    }
    for (String r : a.reasons()) {
      addTypeReason(reasons, r);
    }
    for (String r : b.reasons()) {
      addTypeReason(reasons, r);
    }
    return new PositionEvidence(seen, nulls, present, parents, kinds, values,
        a.moreValues() || b.moreValues() || all.size() > values.size(), List.copyOf(reasons));
  }

  private static void addTypeReason(LinkedHashSet<String> reasons, String r) {
    if (!r.startsWith("required:") && !r.startsWith("optional:") && !r.startsWith("nullable:")) {
      reasons.add(r);
    }
  }
}
