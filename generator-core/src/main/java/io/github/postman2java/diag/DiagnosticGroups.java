package io.github.postman2java.diag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Repeated diagnostics folded for people: the same severity, code and message (the same cause,
 * e.g. one unsupported auth kind on 140 requests, one token pasted into 30 examples) print once
 * with a count and the first few other places. The diagnostics themselves are kept one per
 * place, so {@code --fail-on-warnings} and the API still see each.
 */
public final class DiagnosticGroups {
  /** Other places shown on a folded line. */
  public static final int PLACES_SHOWN = 3;

  /** Diagnostics with one cause, in report order; {@link #first} is the one rendered. */
  public record Group(List<Diagnostic> members) {
    /** Creates a group of at least one diagnostic. */
    public Group {
      members = List.copyOf(members);
    }

    /** Returns the first diagnostic of the group. */
    public Diagnostic first() {
      return members.get(0);
    }

    /** Returns how many places share this cause. */
    public int count() {
      return members.size();
    }

    /**
     * Renders the group on one line with {@code render}: the first diagnostic, its message
     * followed by the count and the first other places.
     */
    public String render(Function<Diagnostic, String> render) {
      Diagnostic first = first();
      if (count() == 1) {
        return render.apply(first);
      }
      StringBuilder s = new StringBuilder(first.message()).append(" [").append(count())
          .append(" times; also at ");
      int shown = Math.min(PLACES_SHOWN, count() - 1);
      for (int i = 1; i <= shown; i++) {
        SourceLocation at = members.get(i).location();
        s.append(i > 1 ? ", " : "").append(at.line() > 0 ? at.line() + ":" + at.column() : "")
            .append(at.pointer().isEmpty() ? "" : (at.line() > 0 ? " " : "") + "#" + at.pointer());
      }
      if (count() - 1 > shown) {
        s.append(", and ").append(count() - 1 - shown).append(" more");
      }
      s.append(']');
      return render.apply(new Diagnostic(first.severity(), first.code(), s.toString(),
          first.location()));
    }

    /** Renders the group with {@link Diagnostic#render()}. */
    public String render() {
      return render(Diagnostic::render);
    }
  }

  private DiagnosticGroups() {}

  /** Folds {@code diagnostics} by cause, keeping the order of each cause's first report. */
  public static List<Group> of(List<Diagnostic> diagnostics) {
    Map<String, List<Diagnostic>> byCause = new LinkedHashMap<>();
    for (Diagnostic d : diagnostics) {
      byCause.computeIfAbsent(d.severity() + "\0" + d.code().id() + "\0" + d.message(),
          k -> new ArrayList<>()).add(d);
    }
    List<Group> out = new ArrayList<>();
    byCause.values().forEach(members -> out.add(new Group(members)));
    return out;
  }
}
