package org.madang.platform.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * An API token presented as {@code Authorization: Bearer …}, handed to Jakarta Security so the
 * identity store that knows tokens can make its holder the caller of the request, exactly as a
 * password sign-in does (EJB roles, CurrentUser, audit and access log all see the same person).
 */
public class ApiTokenCredential implements Credential {
    private final String token;

    public ApiTokenCredential(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
