package io.github.postman2java.secrets;

import io.github.postman2java.collection.PostmanCollection;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Secrets stage: {@link PostmanCollection} → the same collection with every literal credential
 * replaced by a {@link Redacted} marker. It runs right after parsing and is the only code that
 * ever sees a credential: samples, inference, binding, naming, generators, the manifest and every
 * report read the redacted collection. Each finding becomes a P2J050 diagnostic giving the place
 * and a fingerprint (length and a short hash), never the value.
 *
 * <p>Found: auth parameter values; values of headers, query parameters, form fields and
 * variables whose names say credential (tokens, keys, secrets, passwords, authorization, cookies,
 * sessions) or Postman's {@code secret} type; URL userinfo; secret-named members of request and
 * example bodies; values scripts store under secret names; well-known token formats (JWT, GitHub,
 * Slack, AWS, Stripe, Google, GitLab, private-key blocks) anywhere; credential-looking values
 * after a credential word in free text. Not found: {@code {{variables}}}, {@code <string>}-style
 * placeholders, masks, documentation examples, dates, numbers, words, and UUIDs under session or
 * trace names.
 */
public final class SecretsStage {
  private SecretsStage() {}

  /**
   * Returns {@code collection} redacted, reporting each finding as a warning, or as an error when
   * {@code failOnSecrets}.
   */
  public static PostmanCollection redact(PostmanCollection collection, boolean failOnSecrets,
      Diagnostics diagnostics) {
    SecretScan scan = new SecretScan();
    new CollectionRewrite(scan).collection(collection);
    PostmanCollection redacted = new CollectionRewrite(new SecretReplace(scan.values))
        .collection(collection);
    List<SecretScan.Finding> findings = new ArrayList<>(scan.findings);
    findings.sort(Comparator.comparing((SecretScan.Finding f) -> f.location().pointer())
        .thenComparing(SecretScan.Finding::kind).thenComparing(SecretScan.Finding::fingerprint));
    if (scan.firstSetCookie != null) {
      findings.add(scan.firstSetCookie);
    }
    for (SecretScan.Finding f : findings) {
      String where = f == scan.firstSetCookie && scan.setCookies > 1
          ? f.kind() + ", and " + (scan.setCookies - 1) + " more in saved responses" : f.kind();
      String message = "literal credential in " + where + " " + f.describe()
          + "; it is not copied into the output; replace it with a {{variable}} or a vault"
          + " reference";
      if (failOnSecrets) {
        diagnostics.error(DiagnosticCode.P2J050_SECRET_IN_COLLECTION, f.location(), message);
      } else {
        diagnostics.warn(DiagnosticCode.P2J050_SECRET_IN_COLLECTION, f.location(), message);
      }
    }
    return redacted;
  }
}
