package org.madang.services.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import org.madang.platform.faces.Messages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses of the application screens (/my/apply/…) and the redirects between them (PRG). */
final class ApplyPages {
    static final String START = "/my/apply/start.xhtml";
    static final String FORM = "/my/apply/form.xhtml";
    static final String CHECK = "/my/apply/check.xhtml";
    static final String PAYMENT = "/my/apply/payment.xhtml";
    static final String DONE = "/my/apply/done.xhtml";
    /** Part B's page for a filed application (timeline, status). */
    static final String APPLICATION = "/my/application.xhtml";

    private ApplyPages() {
    }

    static String form(String draft, int page) {
        return FORM + "?draft=" + enc(draft) + "&page=" + page;
    }

    static String check(String draft) {
        return CHECK + "?draft=" + enc(draft);
    }

    static String withNumber(String path, String number) {
        return path + "?number=" + enc(number);
    }

    /** A GET of {@code path} (with its query), after an optional flash message. */
    static void redirect(String path, String messageKey, Object... args) throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (messageKey != null) {
            Messages.flash(messageKey, args);
        }
        ExternalContext ec = fc.getExternalContext();
        ec.redirect(ec.getRequestContextPath() + path);
        fc.responseComplete();
    }

    /** 404 alike for a draft that does not exist and one that is somebody else's. */
    static void notFound() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        fc.responseComplete();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
