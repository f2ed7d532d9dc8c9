package org.madang.platform.faces;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The portal speaks Korean (default) and English. */
public final class Languages {
    public static final String COOKIE = "madang_lang";
    public static final List<String> SUPPORTED = List.of("ko", "en");
    public static final String DEFAULT = "ko";

    private Languages() {
    }

    public static boolean supported(String tag) {
        return tag != null && SUPPORTED.contains(tag);
    }

    /** The language the visitor picked with the language switch (its cookie), if they did. */
    public static Optional<String> chosen(HttpServletRequest req) {
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if (COOKIE.equals(c.getName()) && supported(c.getValue())) {
                    return Optional.of(c.getValue());
                }
            }
        }
        return Optional.empty();
    }

    public static Locale locale(String tag) {
        return Locale.forLanguageTag(supported(tag) ? tag : DEFAULT);
    }
}
