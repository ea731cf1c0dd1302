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
      + "|json|xml|html|csv|yaml|te?xt|raw|form|multipart|binary|graphql|rpc|soap|public|private"
      // Modifiers of the resource before them ("/releases/latest", "/users/me").
      + "|latest|stubbed|current|recent");
  /** RPC-style actions ({@code /item/get}, {@code /payment/create}): the noun is before them. */
  private static final Set<String> ACTIONS = Set.of(
      "get", "list", "create", "update", "delete", "remove", "add", "set", "search", "find",
      "query", "new", "edit", "patch", "put", "post", "fetch", "retrieve", "sync", "refresh",
      "cancel", "execute", "run", "start", "stop", "validate", "verify", "send", "submit",
      "reset", "lookup", "all", "bulk", "batch", "count", "exists", "check", "upsert", "modify",
      "actions", "action", "mass", "do", "invoke", "call", "by", "simulate", "exchange",
      "invalidate", "revoke", "retry", "evaluate", "authorize", "prepare", "fire");
  /** Action words that also start compound nouns: {@code check-runs}, {@code run_logs}. */
  private static final Set<String> NOUN_STARTS = Set.of("check", "run", "post", "call", "batch",
      "count", "search", "query");
  /** Segments naming the action's place rather than the action ({@code /actions/convert}). */
  private static final Set<String> ACTION_MARKERS = Set.of("actions", "action", "do");

  private static final Pattern NOT_LOWER_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^A-Za-z0-9]+");

  private ResourceNoun() {}

  /**
   * "get", "mass_update", "bulk-delete", "get_by_id": a segment starting or ending with an
   * action word names no resource; "check-runs" (a noun made with an action word) does.
   */
  private static boolean isAction(String seg) {
    String[] words = NOT_LOWER_ALNUM.split(seg.toLowerCase(Locale.ROOT));
    if (words.length == 0) {
      return false;
    }
    String first = words[0];
    String last = words[words.length - 1];
    if (ACTIONS.contains(last)) {
      return true;
    }
    return ACTIONS.contains(first) && (words.length == 1 || !NOUN_STARTS.contains(first));
  }

  /**
   * The words of an RPC-style endpoint, resource first ({@code /link/token/create} → {@code
   * [link, token, create]}, {@code /transfer/cancel} → {@code [transfer, cancel]}), or an empty
   * list when the path ends with no action. A one-word resource keeps the literal segment right before
   * it ({@code link}: what tells one token from another), not a version or a variable; the
   * words are as written.
   */
  public static List<String> endpointOf(List<String> path) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    int i = path.size() - 1;
    for (; i >= 0; i--) {
      String seg = literal(path.get(i));
      if (seg != null) {
        if (!isAction(seg)) {
          break;
        }
        if (!ACTION_MARKERS.contains(seg.toLowerCase(Locale.ROOT))) {
          out.add(0, seg);
        }
      }
    }
    if (out.isEmpty() || i < 0) {
      return List.of();
    }
    String resource = literal(path.get(i));
    out.add(0, resource);
    String before = i > 0 ? literal(path.get(i - 1)) : null;
    if (NOT_ALNUM.split(resource).length == 1 && before != null && !isAction(before)) {
      out.add(0, before);
    }
    return List.copyOf(out);
  }

  /**
   * The resource segment of a path as written ({@code createBooking}: its words for a name), or
   * {@code ""} when the path has none.
   */
  public static String asWritten(List<String> path) {
    for (int i = path.size() - 1; i >= 0; i--) {
      String seg = literal(path.get(i));
      if (seg != null && !isAction(seg)) {
        return seg;
      }
    }
    return "";
  }

  /** The resource segment of a path, lower case, or {@code ""} when the path has none. */
  public static String of(List<String> path) {
    return asWritten(path).toLowerCase(Locale.ROOT);
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

  /**
   * Where a body sits, for sharing decisions: the resource with the literal segment that owns it
   * and any action after it, lower case. A variable between owner and resource is kept as
   * {@code :} and trailing variables are dropped ({@code /repos/:o/:r/issues/:n/events} →
   * {@code issues/:/events}, {@code /repos/:o/:r/issues/events} → {@code issues/events}, {@code
   * /repos/:o/:r} → {@code repos}): the comments of a gist and of an issue, the hooks of an
   * organization and of a repository, the events of one issue and of all issues are different
   * resources even though their last nouns agree.
   */
  public static String siteOf(List<String> path) {
    int resource = -1;
    for (int i = path.size() - 1; i >= 0 && resource < 0; i--) {
      String seg = literal(path.get(i));
      if (seg != null && !isAction(seg)) {
        resource = i;
      }
    }
    StringBuilder site = new StringBuilder();
    boolean variable = false;
    for (int i = resource - 1; i >= 0; i--) {
      String seg = literal(path.get(i));
      if (seg == null) {
        variable |= VARIABLE.matcher(path.get(i).trim()).find();
      } else {
        site.append(seg.toLowerCase(Locale.ROOT)).append(variable ? "/:/" : "/");
        break;
      }
    }
    String action = actionOf(path);
    return site + of(path) + (action.isEmpty() ? "" : "/" + action);
  }

  /** A segment without its extension when it is literal text with a letter, else null. */
  private static String literal(String segment) {
    String seg = segment.trim();
    if (VARIABLE.matcher(seg).find()) {
      return null; // before the extension: "{{file.txt}}" is a variable, not "{{file"
    }
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
