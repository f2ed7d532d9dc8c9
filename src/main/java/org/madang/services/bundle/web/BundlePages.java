package org.madang.services.bundle.web;

import org.madang.platform.error.NotFound;
import org.madang.platform.faces.Redirects;
import org.madang.services.bundle.application.BundleApplying;
import org.madang.services.bundle.application.BundleViews.FilingDetails;

import java.io.IOException;
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

    /**
     * The caller's bundle draft, or null once the person has been sent on: the 404 page when it is
     * not theirs, the filing's page when it has been filed already.
     */
    static FilingDetails draftOrLeave(BundleApplying bundles, String draft) throws IOException {
        FilingDetails filing;
        try {
            filing = bundles.myFiling(draft == null ? "" : draft);
        } catch (NotFound notMine) {
            Redirects.notFound();
            return null;
        }
        if (!filing.isDraft()) {
            Redirects.to(filing(filing.reference()), null);
            return null;
        }
        return filing;
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
