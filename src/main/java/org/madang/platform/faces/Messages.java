package org.madang.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.madang.platform.i18n.Texts;

import java.util.Locale;

/** Translated messages from the {@code messages} bundle, in the viewer's language. */
public final class Messages {
    public static final String BUNDLE = Texts.MESSAGES;
    public static final String TEXT = Texts.TEXT;

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... args) {
        return Texts.format(locale, key, args);
    }

    public static String format(String key, Object... args) {
        return format(currentLocale(), key, args);
    }

    public static Locale currentLocale() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc != null && fc.getViewRoot() != null) {
            return fc.getViewRoot().getLocale();
        }
        return Languages.locale(Languages.DEFAULT);
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    /** An information message in a given language (e.g. the account's, right after signing in). */
    public static void info(Locale locale, String key, Object... args) {
        String text = format(locale, key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public static void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        String text = format(key, args);
        fc.addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /** Keeps messages across the redirect of Post-Redirect-Get. */
    public static void flash(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().getFlash().setKeepMessages(true);
        info(key, args);
    }
}
