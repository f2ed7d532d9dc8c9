package org.madang.voting.web;

import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Post-Redirect-Get with an election parameter. */
final class VotingPages {
    private VotingPages() {
    }

    /** After a successful POST: a flash message, then a GET of {@code path?param=value}. */
    static void redirect(String path, String param, String value, String messageKey, Object... args)
            throws IOException {
        Redirects.to(path + (value == null ? ""
                : (path.contains("?") ? "&" : "?") + param + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)),
                messageKey, args);
    }
}
