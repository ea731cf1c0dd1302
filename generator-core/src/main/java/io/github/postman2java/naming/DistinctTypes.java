package io.github.postman2java.naming;

import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.infer.KeepApart;
import io.github.postman2java.overrides.MemberAddress;
import io.github.postman2java.overrides.Overrides;
import io.github.postman2java.overrides.Overrides.TypeSet;
import io.github.postman2java.overrides.PathStep;
import io.github.postman2java.overrides.TypeAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code "distinctTypes"}: positions that must be types of their own. Resolved against a first
 * naming of the collection (which knows the requests' addresses) into {@link KeepApart}
 * positions; inference then labels those objects and the rewrites never merge them, nor does
 * value equality share them. A set is written with positions ({@code "Leads/Get Lead response
 * $.data[*].Owner"}), never generated names: a name is already one type wherever it occurs.
 */
public final class DistinctTypes {
  /** How many positions a "did you mean" for a name lists. */
  private static final int SHOWN = 3;

  private DistinctTypes() {}

  /**
   * The positions of every {@code distinctTypes} set, resolved in {@code model} (the model
   * named without them); an address that finds nothing, a generated name or a position that is
   * not an object type is an error in {@code diagnostics}.
   */
  public static List<KeepApart.Position> positions(NamedModel model, Overrides overrides,
      Diagnostics diagnostics) {
    ModelAddresses addresses = new ModelAddresses(model);
    List<KeepApart.Position> out = new ArrayList<>();
    for (TypeSet set : overrides.distinctTypes()) {
      Set<String> labels = new HashSet<>();
      for (TypeAddress a : set.types()) {
        try {
          TypeRef.Named type = addresses.type(a);
          if (a.occurrence() == null) {
            diagnostics.error(DiagnosticCode.P2J060_OVERRIDES_INVALID, set.at(),
                "\"distinctTypes\" lists positions, not generated names: " + a.generatedName()
                    + " is one type wherever it occurs" + positionsOf(addresses,
                    a.generatedName()));
            continue;
          }
          if (!(addresses.types().get(ModelAddresses.key(type)) instanceof TypeDecl.RecordDecl)) {
            diagnostics.error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT, set.at(), "\"" + a
                + "\" is an enum; \"distinctTypes\" keeps object types apart");
            continue;
          }
          OperationDecl op = addresses.operation(a.occurrence().operation());
          KeepApart.Position p = new KeepApart.Position(op.pointer(), a.occurrence());
          if (!labels.add(p.label())) {
            diagnostics.error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT, set.at(), "\"" + a
                + "\" is listed twice: a position cannot be kept apart from itself");
            continue;
          }
          out.add(p);
        } catch (ModelAddresses.Miss miss) {
          diagnostics.error(DiagnosticCode.P2J061_OVERRIDE_UNMATCHED, set.at(),
              miss.getMessage());
        }
      }
    }
    return out;
  }

  /**
   * Checks, on the model named with the positions kept apart, that each set's positions are
   * distinct types (after {@code sameTypes}, which must not join them again).
   */
  static void check(ModelOverrides owner, ModelAddresses addresses, List<TypeSet> sets) {
    for (TypeSet set : sets) {
      Map<String, TypeAddress> byType = new LinkedHashMap<>();
      for (TypeAddress a : set.types()) {
        try {
          TypeRef.Named type = addresses.type(a);
          String finalKey = owner.finalType(type) instanceof TypeRef.Named n
              ? ModelAddresses.key(n) : ModelAddresses.key(type);
          TypeAddress first = byType.putIfAbsent(finalKey, a);
          if (first != null) {
            owner.error(DiagnosticCode.P2J062_OVERRIDE_CONFLICT, set.at(), "\"" + first
                + "\" and \"" + a + "\" are still one type (" + finalKey + "): \"sameTypes\""
                + " joins them, or they are one position");
          }
        } catch (ModelAddresses.Miss miss) {
          owner.error(DiagnosticCode.P2J061_OVERRIDE_UNMATCHED, set.at(), miss.getMessage());
        }
      }
    }
  }

  /** "; write where it occurs, e.g. ..." with the first positions of a generated type. */
  private static String positionsOf(ModelAddresses addresses, String name) {
    List<String> found = new ArrayList<>();
    for (OperationDecl op : addresses.operations()) {
      body(op, "request", op.requestType(), name, addresses, found);
      body(op, "response", op.successType(), name, addresses, found);
      for (OperationDecl.ErrorBinding e : op.errors()) {
        body(op, "error[" + e.statusClass() + "xx]", e.type(), name, addresses, found);
      }
    }
    return found.isEmpty() ? "" : "; write where it occurs, e.g. \""
        + String.join("\", \"", found.subList(0, Math.min(SHOWN, found.size()))) + "\"";
  }

  private static void body(OperationDecl op, String role, TypeRef root, String name,
      ModelAddresses addresses, List<String> found) {
    record Step(TypeRef type, List<PathStep> path) {}
    Deque<Step> work = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    if (root != null) {
      work.add(new Step(root, List.of()));
    }
    while (!work.isEmpty() && found.size() < SHOWN) {
      Step s = work.poll();
      if (s.type() instanceof TypeRef.ListOf l) {
        work.add(new Step(l.item(), append(s.path(), new PathStep.Items())));
      } else if (s.type() instanceof TypeRef.MapOf m) {
        work.add(new Step(m.value(), append(s.path(), new PathStep.MapValues())));
      } else if (s.type() instanceof TypeRef.Named n && ModelAddresses.key(n).equals(name)) {
        found.add(MemberAddress.render(ModelAddresses.address(op), role, s.path()));
      } else if (s.type() instanceof TypeRef.Named n && seen.add(ModelAddresses.key(n))) {
        if (addresses.types().get(ModelAddresses.key(n)) instanceof TypeDecl.RecordDecl r) {
          r.fields().forEach(f -> work.add(new Step(f.type(),
              append(s.path(), new PathStep.Property(f.jsonName())))));
        }
      }
    }
  }

  private static List<PathStep> append(List<PathStep> path, PathStep step) {
    List<PathStep> out = new ArrayList<>(path);
    out.add(step);
    return out;
  }
}
