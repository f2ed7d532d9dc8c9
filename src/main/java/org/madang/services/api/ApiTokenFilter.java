package org.madang.services.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.madang.identity.application.ApiTokens;
import org.madang.identity.application.ApiTokens.TokenCaller;
import org.madang.identity.domain.ApiToken;
import org.madang.platform.security.ApiTokenCredential;

import java.util.Optional;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * API tokens on the REST API: a request with {@code Authorization: Bearer <token>} is checked here
 * (signature, issuer, expiry, revocation — {@link ApiTokens#verify}) and, if good, signed in for
 * this request only through Jakarta Security with the token as credential, so EJB roles and every
 * "whose data is this" check see the token's holder. Validated here rather than with mpJwt, which
 * Liberty lets the application's own authentication mechanism override. The token's scope must
 * cover the call: filing a single application, filing a bundle, or reading a status.
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
        String scope = requiredScope(ctx);
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
        request.setAttribute(CALLER, caller.get());
    }

    /** Whether this request was signed in by an API token (not by a browser session). */
    static boolean byToken(HttpServletRequest request) {
        return request.getAttribute(CALLER) != null;
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

    /** The scope a call needs, by method and path; null for calls tokens may not make. */
    static String requiredScope(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath().replaceAll("^/+", "");
        String method = ctx.getMethod();
        if ("GET".equals(method)) {
            return path.startsWith("applications/") || path.startsWith("bundles/applications/") ? ApiToken.READ_STATUS : null;
        }
        if ("POST".equals(method) && path.matches("services/[^/]+/applications/?")) {
            return ApiToken.FILE_APPLICATIONS;
        }
        if ("POST".equals(method) && path.matches("bundles/[^/]+/applications/?")) {
            return ApiToken.FILE_BUNDLES;
        }
        return null;
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
