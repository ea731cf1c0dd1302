package io.github.postman2java.naming;

import io.github.postman2java.infer.ResourceNoun;
import io.github.postman2java.names.JavaNames;
import java.util.ArrayList;
import java.util.List;

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
    List<String> words = new ArrayList<>(JavaNames.words(ResourceNoun.of(path)));
    if (words.isEmpty() || !Character.isLetter(words.get(0).charAt(0))) {
      return "";
    }
    words.set(words.size() - 1, JavaNames.singular(words.get(words.size() - 1)));
    String name = JavaNames.pascal(String.join(" ", words), "");
    return name.length() > MAX_RESOURCE ? "" : name;
  }

  /**
   * The resource name a response body is named after: {@link #resource}, unless an action
   * follows the resource in the path ({@code /recipient/create} returns what creating returned,
   * not a recipient).
   */
  static String responseResource(List<String> path, boolean graphql) {
    return ResourceNoun.actionOf(path).isEmpty() ? resource(path, graphql) : "";
  }

  /**
   * Type base candidates, best first: the request's own name when short, else verb + resource
   * (qualified by the path's variables when taken), then the long name.
   */
  static String[] baseCandidates(String name, String withVerb, String verb, String resource,
      String pathQualifier) {
    if (name.length() <= MAX_BASE || resource.isEmpty()) {
      return new String[] {name, withVerb, withVerb + pathQualifier};
    }
    String verbResource = verb + resource;
    // A literal id in the path ("/folders/473153600") qualifies nothing a reader can use.
    String qualified = pathQualifier.chars().anyMatch(Character::isDigit) ? name
        : verbResource + pathQualifier;
    return new String[] {verbResource, qualified, name, withVerb + pathQualifier};
  }
}
