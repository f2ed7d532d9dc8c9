package org.madang.services.bundle.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses of the bundle pages. */
final class BundlePages {
    static final String LIST = "/my/bundles.xhtml";
    static final String FORM = "/my/bundle-form.xhtml";
    static final String FILING = "/my/bundle.xhtml";
    static final String CHECK = "/my/bundle-check.xhtml";

    private BundlePages() {
    }

    static String form(String draft) {
        return FORM + "?draft=" + enc(draft);
    }

    static String check(String draft) {
        return CHECK + "?draft=" + enc(draft);
    }

    static String filing(String number) {
        return FILING + "?number=" + enc(number);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
