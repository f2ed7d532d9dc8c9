package org.madang.platform.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Post-Redirect-Get, and the error answers of pages that look something up by its address. */
public final class Redirects {
    private Redirects() {
    }

    /** A GET of {@code path} (with its query, below the context root), after a flash message unless the key is null. */
    public static void to(String path, String messageKey, Object... args) throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (messageKey != null) {
            Messages.flash(messageKey, args);
        }
        ExternalContext ec = fc.getExternalContext();
        ec.redirect(ec.getRequestContextPath() + path);
        fc.responseComplete();
    }

    /**
     * 404: the same answer for what does not exist and for what is somebody else's, so a changed
     * number in the address tells nothing.
     */
    public static void notFound() throws IOException {
        sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** 403: an officer's look at another department's case. */
    public static void forbidden() throws IOException {
        sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private static void sendError(int status) throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().responseSendError(status, null);
        fc.responseComplete();
    }
}
