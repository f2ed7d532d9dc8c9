package org.madang.services.bundle.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import org.madang.platform.faces.Messages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses of the bundle pages, Post-Redirect-Get and "not found". */
final class BundlePages {
    static final String LIST = "/my/bundles.xhtml";
    static final String FORM = "/my/bundle-form.xhtml";
    static final String FILING = "/my/bundle.xhtml";

    private BundlePages() {
    }

    static String form(String draft) {
        return FORM + "?draft=" + enc(draft);
    }

    static String filing(String number) {
        return FILING + "?number=" + enc(number);
    }

    static void redirect(String path, String messageKey, Object... args) throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (messageKey != null) {
            Messages.flash(messageKey, args);
        }
        ExternalContext ec = fc.getExternalContext();
        ec.redirect(ec.getRequestContextPath() + path);
        fc.responseComplete();
    }

    /** The same answer for a filing that does not exist and one that is somebody else's. */
    static void notFound() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        fc.responseComplete();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
