package org.madang.platform.faces;

import java.util.List;
import java.util.Locale;

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

    public static Locale locale(String tag) {
        return Locale.forLanguageTag(supported(tag) ? tag : DEFAULT);
    }
}
