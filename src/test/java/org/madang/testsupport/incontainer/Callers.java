package org.madang.testsupport.incontainer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.concurrent.Callable;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Signs an in-container Arquillian test in as a real caller, through the application's own
 * Jakarta Security authentication mechanism and identity stores, so that EJB {@code @RolesAllowed},
 * {@code SecurityContext} and {@code CurrentUser} see exactly what they see in production.
 *
 * <pre>
 * &#64;Inject Callers callers;
 *
 * &#64;Test void anAdminMayApprove() {
 *     callers.signIn("admin@madang.go.kr", "…");
 *     mandates.approve(id);                          // runs as that account, with its roles
 * }
 * </pre>
 * The sign-in lasts for the current test method (each one is its own HTTP request to the Arquillian
 * servlet) and is undone when the request ends; {@link #signOut()} ends it earlier.
 *
 * <p>Why {@code SecurityContext.authenticate}: on Liberty with a Jakarta Security mechanism,
 * {@code HttpServletRequest.login} is refused ("may not be invoked while JASPI authentication is
 * active") and {@code @RunAs} needs a run-as user from a Liberty user registry, which this
 * application has none of. See {@link org.madang.testsupport.Deployments}.
 */
@RequestScoped
public class Callers {
    @Inject
    HttpServletRequest request;
    @Inject
    SecurityContext security;

    private boolean signedIn;

    /** Authenticates {@code user} with {@code password} for the rest of this test method; fails if refused. */
    public void signIn(String user, String password) {
        HttpServletResponse response = (HttpServletResponse) request.getAttribute(CapturedResponse.ATTRIBUTE);
        if (response == null) {
            throw new IllegalStateException("no HTTP response to authenticate with: is this test running in-container"
                    + " in an archive from Deployments.fullWar()?");
        }
        AuthenticationStatus status = security.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(user, password)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("sign-in of " + user + " refused: " + status);
        }
        signedIn = true;
    }

    /** Runs {@code work} signed in as {@code user}, then signs out again. */
    public <T> T as(String user, String password, Callable<T> work) throws Exception {
        signIn(user, password);
        try {
            return work.call();
        } finally {
            signOut();
        }
    }

    /** Back to an anonymous caller. */
    public void signOut() {
        if (signedIn) {
            try {
                request.logout();
            } catch (ServletException e) {
                throw new IllegalStateException(e);
            } finally {
                signedIn = false;
            }
        }
    }

    @PreDestroy
    void endOfRequest() {
        signOut();
    }
}
