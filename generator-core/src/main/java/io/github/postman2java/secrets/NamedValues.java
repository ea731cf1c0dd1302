package io.github.postman2java.secrets;

import io.github.postman2java.collection.Placeholder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credential parts of values whose place names them a credential: a header, query
 * parameter, form field or variable with a credential name, an auth parameter, URL userinfo.
 * Only the literal text counts ({@code Bearer {{token}}} has none); the scheme word of an
 * {@code Authorization} value stays ({@code Bearer <redacted>}); a cookie list keeps its names
 * and attributes.
 */
final class NamedValues {
  private static final Pattern AUTH_SCHEME = Pattern.compile(
      "(?i)bearer|basic|token|digest|apikey|api-key|key|jwt|oauth|sso-key|hmac|negotiate"
          + "|aws4-hmac-sha256|ntlm|mac|otp|signature|ssws|zoho-oauthtoken|klaviyo-api-key");
  private static final Pattern VAR = Pattern.compile(Placeholder.REGEX);
  private static final Set<String> COOKIE_ATTRIBUTES = Set.of("path", "domain", "expires",
      "max-age", "samesite", "secure", "httponly", "priority", "partitioned", "version",
      "comment");
  /** Auth parameters that configure rather than authenticate. */
  static final Set<String> NON_SECRET_AUTH_KEYS = Set.of(
      "in", "addtokento", "headerprefix", "tokentype", "granttype", "client_authentication",
      "usebrowser", "tokenname", "algorithm", "signaturemethod", "addparamstoheader",
      "addemptyparamstosign", "disableretryrequest", "challengealgorithm", "qop", "service",
      "region", "version", "realm", "authurl", "accesstokenurl", "redirect_uri", "scope",
      "state", "callbackurl", "authrequestparams", "tokenrequestparams",
      "refreshrequestparams", "timestamp", "nonce", "includebodyhash", "ishashed", "headers",
      "querystring", "payload", "issueat", "expirytime", "tokenoptions", "refreshtokenurl",
      "password_mode", "granttypeoptions", "pkce", "code_verifier", "usetokentype");

  private static final Pattern NOT_LOWER_ALNUM = Pattern.compile("[^a-z0-9]");

  private NamedValues() {}

  /** The parts of {@code value} to redact when it is held under {@code name}. */
  static List<String> parts(String name, String value) {
    if (value == null || value.isBlank() || !CredentialNames.isSecretName(name)) {
      return List.of();
    }
    String v = value.trim();
    if (plain(v).equals(plain(name))) {
      return List.of(); // FcmCredentialSid=FcmCredentialSid: the name repeated as a placeholder
    }
    if (name.toLowerCase(Locale.ROOT).contains("cookie")) {
      return cookieValues(v);
    }
    if (Placeholder.contains(v)) {
      return literalChunks(name, v);
    }
    int space = v.indexOf(' ');
    if (space > 0 && AUTH_SCHEME.matcher(v.substring(0, space)).matches()) {
      String rest = v.substring(space + 1).trim();
      return skippable(rest) ? List.of() : List.of(rest);
    }
    return skippable(v) ? List.of() : List.of(v);
  }

  /** The value of an auth parameter to redact, or null when it configures the auth. */
  static String authValue(String authType, String key, String value) {
    String k = key.toLowerCase(Locale.ROOT);
    if (value == null || NON_SECRET_AUTH_KEYS.contains(k)
        || "apikey".equals(authType) && "key".equals(k) || skippable(value.trim())) {
      return null;
    }
    return value.trim();
  }

  /** {@code a=b; c=d}: b and d, not attributes such as {@code Path=/}. */
  private static List<String> cookieValues(String v) {
    List<String> out = new ArrayList<>();
    for (String part : v.split("[;,]")) {
      int eq = part.indexOf('=');
      String k = eq > 0 ? part.substring(0, eq).trim().toLowerCase(Locale.ROOT) : "";
      String value = eq > 0 ? part.substring(eq + 1).trim() : part.trim();
      if (!COOKIE_ATTRIBUTES.contains(k) && !value.isEmpty() && !skippable(value)
          && (eq > 0 || out.isEmpty() && !v.contains("="))) {
        out.add(value);
      }
    }
    return out;
  }

  /** {@code {{prefix}}-abc123}: the literal text between variables that looks secret. */
  private static List<String> literalChunks(String name, String v) {
    List<String> out = new ArrayList<>();
    Matcher m = VAR.matcher(v);
    int at = 0;
    while (at <= v.length()) {
      boolean found = m.find();
      String chunk = v.substring(at, found ? m.start() : v.length()).trim();
      if (chunk.length() >= 6 && TextScanner.reportable(CredentialNames.strength(name), chunk)) {
        out.add(chunk);
      }
      if (!found) {
        break;
      }
      at = m.end();
    }
    return out;
  }

  private static String plain(String s) {
    return NOT_LOWER_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /** Placeholders, masks, examples, dates, numbers and booleans stay as written. */
  static boolean skippable(String v) {
    return CredentialValues.isNeverCredential(v);
  }
}
