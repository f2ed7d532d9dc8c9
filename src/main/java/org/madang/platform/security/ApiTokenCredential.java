package org.madang.platform.security;

import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;

/**
 * An API token presented as {@code Authorization: Bearer …}, handed to Jakarta Security so the
 * identity store that knows tokens can make its holder the caller of the request, exactly as a
 * password sign-in does (EJB roles, CurrentUser, audit and access log all see the same person).
 */
public class ApiTokenCredential implements Credential {
    /** The request attribute set on a request that an API token signed in. */
    public static final String SIGNED_IN = "madang.api.token";
    private final String token;

    public ApiTokenCredential(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    /** Whether this request was signed in by an API token (not by a browser session). */
    public static boolean signedIn(HttpServletRequest request) {
        return request.getAttribute(SIGNED_IN) != null;
    }
}
