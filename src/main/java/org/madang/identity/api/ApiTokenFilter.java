package org.madang.identity.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.madang.identity.application.ApiTokens;
import org.madang.identity.application.ApiTokens.TokenCaller;
import org.madang.platform.security.ApiTokenCredential;
import org.madang.platform.security.TokenScope;

import java.lang.reflect.Method;
import java.util.Optional;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * API tokens on the REST API: a request with {@code Authorization: Bearer <token>} is checked here
 * (signature, issuer, expiry, revocation — {@link ApiTokens#verify}) and, if good, signed in for
 * this request only through Jakarta Security with the token as credential, so EJB roles and every
 * "whose data is this" check see the token's holder. Validated here rather than with mpJwt, which
 * Liberty lets the application's own authentication mechanism override. The token's scope must
 * cover the call, as the resource method declares it with {@link TokenScope}; a method without one
 * is not open to tokens.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiTokenFilter implements ContainerRequestFilter, ContainerResponseFilter {
    static final String CALLER = "madang.api.caller";

    @Inject
    ApiTokens tokens;
    @Inject
    SecurityContext security;
    @Context
    HttpServletRequest request;
    @Context
    HttpServletResponse response;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext ctx) {
        String header = ctx.getHeaderString("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return;
        }
        String token = header.substring(7).strip();
        Optional<TokenCaller> caller = tokens.verify(token);
        if (caller.isEmpty()) {
            ctx.abortWith(refusal(Response.Status.UNAUTHORIZED, "invalid_token",
                    "The token is not valid: malformed, not signed by this portal, expired or revoked."));
            return;
        }
        String scope = requiredScope(resource.getResourceMethod(), resource.getResourceClass());
        if (scope == null || !caller.get().allows(scope)) {
            ctx.abortWith(refusal(Response.Status.FORBIDDEN, "insufficient_scope",
                    "This token does not allow this call; it needs the scope " + (scope == null ? "(none: not open to tokens)" : scope) + "."));
            return;
        }
        AuthenticationStatus status = security.authenticate(request, response,
                withParams().credential(new ApiTokenCredential(token)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            ctx.abortWith(refusal(Response.Status.UNAUTHORIZED, "invalid_token", "The token was refused."));
            return;
        }
        ctx.setProperty(CALLER, caller.get());
        request.setAttribute(ApiTokenCredential.SIGNED_IN, Boolean.TRUE);
    }

    /** A token signs in for its one request: nothing of it is left in a session afterwards. */
    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext res) {
        if (req.getProperty(CALLER) == null) {
            return;
        }
        try {
            request.logout();
        } catch (ServletException e) {
            // the request is over either way; the session below is what matters
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** The scope the matched resource method declares (or its class); null for calls tokens may not make. */
    static String requiredScope(Method method, Class<?> owner) {
        TokenScope scope = method == null ? null : method.getAnnotation(TokenScope.class);
        if (scope == null && owner != null) {
            scope = owner.getAnnotation(TokenScope.class);
        }
        return scope == null ? null : scope.value();
    }

    static Response refusal(Response.Status status, String code, String message) {
        Response.ResponseBuilder b = Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("error", code).add("message", message).build().toString());
        if (status == Response.Status.UNAUTHORIZED) {
            b.header("WWW-Authenticate", "Bearer error=\"" + code + "\"");
        }
        return b.build();
    }
}
