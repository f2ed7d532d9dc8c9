package org.madang.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Translated texts from the {@code messages} bundle (else the {@code text} bundle) in a given
 * language, for code that has no Faces request: documents, e-mails, API errors.
 */
public final class Texts {
    public static final String MESSAGES = "org.madang.i18n.messages";
    public static final String TEXT = "org.madang.i18n.text";

    private Texts() {
    }

    public static String format(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(MESSAGES, locale).getString(key);
        } catch (MissingResourceException e) {
            try {
                pattern = ResourceBundle.getBundle(TEXT, locale).getString(key);
            } catch (MissingResourceException e2) {
                pattern = key;
            }
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
