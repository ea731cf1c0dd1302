package io.github.postman2java.maven;

import java.util.Collection;
import java.util.Locale;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** Decides which Jackson major version to generate for, from the parameter and the project. */
final class JacksonChoice {
  static final String JACKSON3_GROUP = "tools.jackson.core";
  static final String DATABIND = "jackson-databind";

  private JacksonChoice() {}

  /**
   * Returns 2 or 3: the configured version, or with {@code auto} 3 exactly when {@code
   * tools.jackson.core:jackson-databind} is among the project's dependencies.
   */
  static int choose(String configured, Collection<Artifact> artifacts, Log log)
      throws MojoFailureException {
    String value = configured == null ? "auto" : configured.trim().toLowerCase(Locale.ROOT);
    switch (value) {
      case "2":
        return 2;
      case "3":
        return 3;
      case "auto":
      case "":
        break;
      default:
        throw new MojoFailureException("postman2java: jackson must be 2, 3 or auto, not '"
            + configured + "'");
    }
    boolean jackson3 = artifacts != null && artifacts.stream().anyMatch(a ->
        JACKSON3_GROUP.equals(a.getGroupId()) && DATABIND.equals(a.getArtifactId()));
    if (jackson3) {
      log.info("postman2java: generating for Jackson 3: the project depends on "
          + JACKSON3_GROUP + ":" + DATABIND + " (set <jackson>2</jackson> to override)");
      return 3;
    }
    log.debug("postman2java: generating for Jackson 2 (no " + JACKSON3_GROUP + ":" + DATABIND
        + " dependency)");
    return 2;
  }
}
