package io.github.postman2java.diag;

/**
 * Stable diagnostic codes. Codes are never reused or renumbered: users grep logs and build
 * configurations for them.
 */
public enum DiagnosticCode {
  /** The file cannot be read. */
  P2J001_UNREADABLE_FILE("P2J001"),
  /** The file is not well-formed JSON. */
  P2J002_MALFORMED_JSON("P2J002"),
  /** The document is JSON but not a Postman collection. */
  P2J003_NOT_A_COLLECTION("P2J003"),
  /** The collection uses the v1 format. */
  P2J004_UNSUPPORTED_V1("P2J004"),
  /** The collection declares a schema version we do not support. */
  P2J005_UNSUPPORTED_SCHEMA("P2J005"),
  /** The input exceeds a size, depth or length limit. */
  P2J006_INPUT_TOO_LARGE("P2J006"),
  /** A field has a type the format does not allow and was ignored. */
  P2J007_INVALID_FIELD("P2J007"),
  /** The export does not follow the schema but could be read (e.g. {@code items}). */
  P2J008_NONCONFORMING_EXPORT("P2J008"),
  /** An environment or globals file given with the collection is not one. */
  P2J009_INVALID_ENVIRONMENT("P2J009"),
  /** A body is not JSON; it is typed as a string. */
  P2J010_BODY_NOT_JSON("P2J010"),
  /** A JSON body could not be read even leniently; the sample is skipped. */
  P2J011_SAMPLE_UNREADABLE("P2J011"),
  /** Incompatible kinds at one position; typed as JsonNode. */
  P2J012_CONFLICTING_TYPES("P2J012"),
  /** A JSON body is nested too deeply; the deep part is typed as JsonNode. */
  P2J013_TOO_DEEP("P2J013"),
  /** An auth type the generated client does not implement. */
  P2J020_UNSUPPORTED_AUTH("P2J020"),
  /** A header the JDK HTTP client refuses to set; it is dropped. */
  P2J021_RESTRICTED_HEADER("P2J021"),
  /** The output directory is unsafe or a path escapes it. */
  P2J030_UNSAFE_OUTPUT("P2J030"),
  /** Writing the output failed. */
  P2J031_WRITE_FAILED("P2J031"),
  /** Invalid generator options. */
  P2J040_INVALID_OPTION("P2J040"),
  /** A literal secret was found in the collection (only an error with fail-on-secrets). */
  P2J050_SECRET_IN_COLLECTION("P2J050"),
  /** The overrides file has an unknown key, a value of the wrong kind or an address that does
   * not parse. */
  P2J060_OVERRIDES_INVALID("P2J060"),
  /** An override addresses a request, folder, type or body member the collection does not have. */
  P2J061_OVERRIDE_UNMATCHED("P2J061"),
  /** Two overrides contradict each other, or an override contradicts the model. */
  P2J062_OVERRIDE_CONFLICT("P2J062"),
  /** An override names a type that is neither a JDK type, a generated type nor a class name. */
  P2J063_OVERRIDE_UNKNOWN_TYPE("P2J063"),
  /** Info: a request pages; the client gets page methods and an auto-pager. */
  P2J070_PAGINATION_DETECTED("P2J070");

  private final String id;

  DiagnosticCode(String id) {
    this.id = id;
  }

  /** Returns the short stable id, e.g. {@code P2J002}. */
  public String id() {
    return id;
  }
}
