package org.madang.platform.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.madang.platform.faces.Messages;

import java.io.IOException;

/** Post-Redirect-Get: a flash message, then a GET of the given page. */
public final class Redirects {
    private Redirects() {
    }

    public static void to(String path, String messageKey, Object... args) throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        Messages.flash(messageKey, args);
        ExternalContext ec = fc.getExternalContext();
        ec.redirect(ec.getRequestContextPath() + path);
        fc.responseComplete();
    }
}
