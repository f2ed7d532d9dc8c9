package org.madang.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.madang.platform.audit.AuditableAction;
import org.madang.platform.security.CurrentUser;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/** Signs out: ends the authentication and the session, then back to the home page. */
@Named("signOut")
@RequestScoped
public class SignOutView {
    @Inject
    FacesContext faces;
    @Inject
    CurrentUser currentUser;
    @Inject
    Event<AuditableAction> audit;
    @Inject
    Clock clock;

    public void signOut() throws IOException, ServletException {
        ExternalContext ec = faces.getExternalContext();
        String actor = currentUser.actorId();
        HttpServletRequest req = (HttpServletRequest) ec.getRequest();
        req.logout();
        ec.invalidateSession();
        audit.fire(new AuditableAction(actor, "-", "account.signOut", "account:" + actor, AuditableAction.SUCCESS,
                Instant.now(clock)));
        ec.redirect(ec.getRequestContextPath() + "/?signedOut=true");
        faces.responseComplete();
    }
}
