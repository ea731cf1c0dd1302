package io.github.postman2java.infer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The resource a request path addresses: its last literal segment ({@code /organizations/{id}}
 * → {@code organizations}, {@code /repos/:owner/:repo/issues} → {@code issues}). Variables,
 * version segments ({@code v1}, {@code 2.0}), RPC-style actions ({@code /item/get}) and file
 * extensions are skipped. It is evidence of
 * what a body is, and so where types may be shared and what they are called.
 */
public final class ResourceNoun {
  private static final Pattern VARIABLE =
      Pattern.compile("\\{\\{[^{}]*}}|^:.+|\\{[^{}]*}|<[^<>]*>|\\[[^\\[\\]]*]");
  /** Versions, API markers and formats ({@code /v2}, {@code /api}, {@code /bodies/json}). */
  private static final Pattern VERSION = Pattern.compile("(?i)v?\\d+([._-]\\d+)*[a-z]?|api|rest"
      + "|json|xml|html|csv|yaml|te?xt|raw|form|multipart|binary|graphql|rpc|soap|public|private");
  /** RPC-style actions ({@code /item/get}, {@code /payment/create}): the noun is before them. */
  private static final Set<String> ACTIONS = Set.of(
      "get", "list", "create", "update", "delete", "remove", "add", "set", "search", "find",
      "query", "new", "edit", "patch", "put", "post", "fetch", "retrieve", "sync", "refresh",
      "cancel", "execute", "run", "start", "stop", "validate", "verify", "send", "submit",
      "reset", "lookup", "all", "bulk", "batch", "count", "exists", "check", "upsert", "modify",
      "actions", "action", "mass", "do", "invoke", "call", "by");

  private ResourceNoun() {}

  /** "get", "mass_update", "bulk-delete": a segment made of action words names no resource. */
  private static boolean isAction(String seg) {
    for (String word : seg.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (ACTIONS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The resource segment of a path, lower case, or {@code ""} when the path has none. */
  public static String of(List<String> path) {
    for (int i = path.size() - 1; i >= 0; i--) {
      String seg = literal(path.get(i));
      if (seg != null && !isAction(seg)) {
        return seg.toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /**
   * The action segments after the resource ({@code "create"} for {@code /recipient/create}),
   * lower case and joined by {@code /}, or {@code ""}: such a request's body says what the action
   * returned, not what the resource is.
   */
  public static String actionOf(List<String> path) {
    StringBuilder actions = new StringBuilder();
    for (int i = path.size() - 1; i >= 0; i--) {
      String seg = literal(path.get(i));
      if (seg != null) {
        if (!isAction(seg)) {
          break;
        }
        actions.insert(0, (actions.length() > 0 ? "/" : "") + seg.toLowerCase(Locale.ROOT));
      }
    }
    return actions.toString();
  }

  /** Where a body sits, for sharing decisions: the resource and any action after it. */
  public static String siteOf(List<String> path) {
    String action = actionOf(path);
    return of(path) + (action.isEmpty() ? "" : "/" + action);
  }

  /** A segment without its extension when it is literal text with a letter, else null. */
  private static String literal(String segment) {
    String seg = segment.trim();
    int dot = seg.lastIndexOf('.');
    if (dot > 0) {
      seg = seg.substring(0, dot); // "users.json" → "users"
    }
    if (seg.isEmpty() || VARIABLE.matcher(seg).find() || VERSION.matcher(seg).matches()
        || seg.chars().noneMatch(Character::isLetter)) {
      return null;
    }
    return seg;
  }
}
