package org.madang.services.web;

import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Post-Redirect-Get to an application or case page by its number. */
final class ApplicationPages {
    private ApplicationPages() {
    }

    /** After a successful POST: a flash message, then a GET of {@code path?number=…}. */
    static void redirect(String path, String number, String messageKey, Object... args) throws IOException {
        Redirects.to(path + (number == null ? "" : "?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)),
                messageKey, args);
    }
}
