package org.madang.services.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses of the application screens (/my/apply/…). */
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

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
