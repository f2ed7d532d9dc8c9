package org.madang.services.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import org.madang.platform.faces.Messages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Post-Redirect-Get and "not found" for the application and case pages. */
final class ApplicationPages {
    private ApplicationPages() {
    }

    /** After a successful POST: a flash message, then a GET of {@code path?number=…}. */
    static void redirect(String path, String number, String messageKey, Object... args) throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (messageKey != null) {
            Messages.flash(messageKey, args);
        }
        ExternalContext ec = fc.getExternalContext();
        ec.redirect(ec.getRequestContextPath() + path
                + (number == null ? "" : "?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)));
        fc.responseComplete();
    }

    /**
     * Answers 404: for an application that does not exist and for one that is not the caller's
     * alike, so a changed number in the address tells nothing.
     */
    static void notFound() throws IOException {
        sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** An officer's look at another department's case. */
    static void forbidden() throws IOException {
        sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private static void sendError(int status) throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        ec.responseSendError(status, null);
        fc.responseComplete();
    }
}
