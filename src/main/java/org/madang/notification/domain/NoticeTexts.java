package org.madang.notification.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of notices in one language, from the {@code messages} bundle, with the notice's
 * arguments put in by {@link MessageFormat} (write an apostrophe in a pattern as ’ or '').
 * Notices speak Korean or English; anything else is read as Korean, the portal's default.
 */
public final class NoticeTexts {
    static final String BUNDLE = "org.madang.i18n.messages";

    private final String language;
    private final Locale locale;
    private final ResourceBundle bundle;

    private NoticeTexts(String language) {
        this.language = "en".equals(language) ? "en" : "ko";
        this.locale = Locale.forLanguageTag(this.language);
        // no fallback to the JVM's locale: a missing Korean text must not turn up in English
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    public static NoticeTexts in(String language) {
        return new NoticeTexts(language);
    }

    public String language() {
        return language;
    }

    /** The text of {@code key} with {@code arguments}; an unknown key shows as itself rather than failing a delivery. */
    public String format(String key, List<String> arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // like the portal's other messages: a pattern without arguments is shown as written
        return arguments.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(arguments.toArray());
    }

    public String format(String key, String... arguments) {
        return format(key, List.of(arguments));
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
