package io.github.postman2java.naming;

import io.github.postman2java.infer.ResourceNoun;
import io.github.postman2java.names.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Type names from what a request addresses rather than from what it is called: {@code GET
 * /organizations/{id}} returns an {@code Organization} whichever request comes first, and long
 * request names give way to verb + resource ({@code CreateRegistrationToken}).
 */
final class ResourceNames {
  /** Longest type base taken from a request's own name before verb + resource is used. */
  static final int MAX_BASE = 32;
  /** Longest resource name; beyond it a path segment is data or prose, not a noun. */
  static final int MAX_RESOURCE = 40;

  private static final java.util.regex.Pattern PARTICIPLE =
      java.util.regex.Pattern.compile("[a-z]{3,}[^e]ed");
  /** Verbs and articles an item name starts with before its noun. */
  private static final java.util.Set<String> LEAD_WORDS = java.util.Set.of("list", "get",
      "create", "update", "delete", "remove", "add", "set", "fetch", "retrieve", "find",
      "search", "show", "view", "read", "check", "a", "an", "the", "all", "my", "your", "our");
  /** Words that start a noun phrase after a verb ({@code "Star a gist"}). */
  private static final java.util.Set<String> DETERMINERS = java.util.Set.of("a", "an", "the",
      "another", "some", "every", "each", "single", "this", "that", "these", "those");
  private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("by", "for",
      "of", "in", "on", "to", "with", "from", "at", "that", "which", "via", "as", "and", "or",
      "is", "are", "if", "whether", "when", "where");

  private ResourceNames() {}

  /**
   * The singular type name of the request's path resource ({@code /users/:id/repos} → {@code
   * Repo}), or {@code ""} when there is none: no literal segment, a GraphQL request (one path
   * serves every query), or a segment that does not read as a noun.
   */
  static String resource(List<String> path, boolean graphql) {
    if (graphql) {
      return "";
    }
    List<String> words = new ArrayList<>(JavaNames.words(ResourceNoun.asWritten(path)));
    if (words.isEmpty() || !Character.isLetter(words.get(0).charAt(0))) {
      return "";
    }
    words.set(words.size() - 1, JavaNames.singular(words.get(words.size() - 1)));
    String name = JavaNames.pascal(String.join(" ", words), "");
    return name.length() > MAX_RESOURCE ? "" : name;
  }

  /**
   * The type name of an RPC-style endpoint ({@code /link/token/create} → {@code
   * LinkTokenCreate}, {@code /payment_initiation/payment/get} → {@code
   * PaymentInitiationPaymentGet}), or {@code ""} when the path ends with no action: what such a
   * request sends and returns is what the endpoint takes and gives, whichever request comes first.
   */
  static String endpoint(List<String> path, boolean graphql) {
    if (graphql) {
      return "";
    }
    String name = JavaNames.pascal(String.join(" ", ResourceNoun.endpointOf(path)), "");
    return name.isEmpty() || !Character.isLetter(name.charAt(0)) || name.length() > MAX_RESOURCE
        ? "" : name;
  }

  /**
   * The resource name qualified by the literal segment before it ({@code /repos/:o/:r/comments}
   * → {@code RepoComment}, {@code /git/commits/:sha} → {@code GitCommit}), or {@code ""}: the
   * name of a second resource of the same noun, told apart by where it lives.
   */
  static String qualifiedResource(List<String> path, String resource) {
    if (resource.isEmpty()) {
      return "";
    }
    String noun = ResourceNoun.of(path);
    String parent = null;
    boolean seen = false;
    for (int i = path.size() - 1; i >= 0 && parent == null; i--) {
      String seg = path.get(i).trim();
      if (seen && seg.toLowerCase(Locale.ROOT).contains("version")) {
        return ""; // "/crm/{{apiVersion}}/accounts": what comes before a version is no parent
      }
      if (!seen) {
        seen = seg.equalsIgnoreCase(noun) || seg.toLowerCase(Locale.ROOT).startsWith(noun + ".");
      } else if (ResourceNoun.of(List.of(seg)).equalsIgnoreCase(seg)) {
        parent = seg;
      }
    }
    if (parent == null) {
      return "";
    }
    String qualifier = JavaNames.pascal(JavaNames.singular(parent), "");
    if (resource.startsWith(qualifier)) {
      return ""; // "/teams/:id/teams": "TeamTeam" says nothing more than "Team"
    }
    String name = qualifier + resource;
    return name.length() > MAX_RESOURCE || !Character.isLetter(name.charAt(0)) ? "" : name;
  }

  /**
   * The resource name a request or response body is named after: {@link #resource}, unless an
   * action follows the resource in the path ({@code /recipient/create} returns what creating
   * returned, not a recipient; {@code /Leads/actions/mass_update} takes what a mass update takes).
   */
  static String bodyResource(List<String> path, boolean graphql, String item) {
    if (!ResourceNoun.actionOf(path).isEmpty()) {
      return "";
    }
    List<String> words = JavaNames.words(ResourceNoun.asWritten(path));
    if (!words.isEmpty() && isParticiple(words.get(words.size() - 1))) {
      // "/user/starred" lists what was starred: the request's name says what that is.
      return itemNoun(item);
    }
    return resource(path, graphql);
  }

  /** "starred", "watched", "pinned": what was done to the things, not what they are. */
  static boolean isParticiple(String word) {
    return PARTICIPLE.matcher(word.toLowerCase(Locale.ROOT)).matches();
  }

  /**
   * The noun an item name is about, singular ({@code "List repositories starred by a user"} →
   * {@code Repository}, {@code "List starred gists"} → {@code Gist}): after a leading verb and
   * article, the last word before a preposition, participles left out; {@code ""} when none.
   */
  static String itemNoun(String item) {
    String head = "";
    for (String w : headWords(item)) {
      if (!isParticiple(w)) {
        head = w;
      }
    }
    String name = JavaNames.pascal(JavaNames.singular(head), "");
    return name.length() < 3 || name.length() > MAX_RESOURCE ? "" : name;
  }

  /** The lower-case words of an item name after its verb and article, up to a preposition. */
  private static List<String> headWords(String item) {
    List<String> words = new ArrayList<>();
    boolean lead = true;
    for (String word : JavaNames.words(item)) {
      String w = word.toLowerCase(Locale.ROOT);
      if (lead && LEAD_WORDS.contains(w)) {
        continue;
      }
      lead = false;
      if (PREPOSITIONS.contains(w)) {
        break;
      }
      if (w.chars().allMatch(Character::isLetter)) {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * The noun phrase an item name is about, when it says more than its last noun ({@code "Get
   * the authenticated user"} → {@code AuthenticatedUser}, {@code "Get a workflow run usage"} →
   * {@code WorkflowRunUsage}): the words after a leading verb and article up to a preposition,
   * participles kept (an authenticated user is one kind of user), the last one singular; {@code
   * ""} when that is one word, does not end with {@code noun}, or is too long. It names a second
   * shape of a resource better than the verb alone ({@code GetResponse}).
   */
  static String itemPhrase(String item, String noun) {
    List<String> words = headWords(item);
    if (words.stream().anyMatch(DETERMINERS::contains)) {
      return ""; // "Follow a user": the first word was a verb, and the phrase is the rest
    }
    if (words.size() < 2) {
      return "";
    }
    words.set(words.size() - 1, JavaNames.singular(words.get(words.size() - 1)));
    String name = JavaNames.pascal(String.join(" ", words), "");
    return name.length() > MAX_RESOURCE || noun.isEmpty() || !name.endsWith(noun) ? "" : name;
  }

  /**
   * Type base candidates, best first: the request's own name when short; else the endpoint of an
   * RPC-style path, or verb + resource (qualified by the path's variables when taken); then the
   * item's name without its folder when it is not long, then the long name.
   */
  static String[] baseCandidates(String name, String item, String withVerb, String verb,
      String resource, String pathQualifier, String endpoint) {
    if (name.length() <= MAX_BASE || resource.isEmpty() && endpoint.isEmpty()) {
      return new String[] {name, withVerb, withVerb + pathQualifier};
    }
    String shortItem = item.length() <= MAX_RESOURCE && !item.isEmpty()
        && Character.isLetter(item.charAt(0)) ? item : null;
    if (!endpoint.isEmpty()) {
      return new String[] {endpoint, shortItem, name, withVerb + pathQualifier};
    }
    String verbResource = verb + resource;
    // A literal id in the path ("/folders/473153600") qualifies nothing a reader can use.
    String qualified = pathQualifier.chars().anyMatch(Character::isDigit) ? name
        : verbResource + pathQualifier;
    return new String[] {verbResource, shortItem, qualified, name, withVerb + pathQualifier};
  }
}
