package io.github.postman2java.binding;

import io.github.postman2java.collection.Placeholder;
import io.github.postman2java.collection.PostmanAuth;
import io.github.postman2java.collection.PostmanRequest;
import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.Diagnostics;
import io.github.postman2java.binding.Binding.Auth;
import io.github.postman2java.binding.Binding.AuthKind;

/**
 * Maps a request's effective auth block (after inheritance) to what the client sends: bearer,
 * OAuth 2 (header with its prefix, or {@code access_token} query), basic, API key (header or
 * query). Other types get the request-customizer hook and warning P2J020. Parameter values are
 * credentials and are never read here except the API key's name and placement.
 */
final class AuthBinder {
  private AuthBinder() {}

  /** Returns the auth of {@code request}; {@code auth} is null when nothing applies. */
  static Auth bind(PostmanAuth auth, PostmanRequest request, Diagnostics diagnostics) {
    if (auth == null) {
      return new Auth(AuthKind.NONE, null, null);
    }
    switch (auth.type()) {
      case "noauth":
        return new Auth(AuthKind.NONE, null, null);
      case "bearer":
        return new Auth(AuthKind.BEARER, null, auth.type());
      case "oauth2": {
        if ("queryParams".equals(auth.param("addTokenTo"))) {
          return new Auth(AuthKind.OAUTH2_QUERY, "access_token", auth.type());
        }
        String prefix = auth.params().containsKey("headerPrefix")
            ? auth.param("headerPrefix") : "Bearer";
        return new Auth(AuthKind.OAUTH2_HEADER, Placeholder.contains(prefix) ? "Bearer" : prefix,
            auth.type());
      }
      case "basic":
        return new Auth(AuthKind.BASIC, null, auth.type());
      case "apikey": {
        String name = auth.param("key");
        if (name.isEmpty() || Placeholder.contains(name)) {
          name = "X-API-Key";
        }
        boolean query = "query".equalsIgnoreCase(auth.param("in"));
        return new Auth(query ? AuthKind.API_KEY_QUERY : AuthKind.API_KEY_HEADER, name,
            auth.type());
      }
      default:
        diagnostics.warn(DiagnosticCode.P2J020_UNSUPPORTED_AUTH, request.location(),
            "auth type '" + auth.type().replaceAll("[^a-z0-9-]", "")
                + "' is not implemented; sign the requests with an Interceptor (client builder's"
                + " addInterceptor, in beforeSend)");
        return new Auth(AuthKind.UNSUPPORTED, null, auth.type());
    }
  }
}
