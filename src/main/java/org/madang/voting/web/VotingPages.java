package org.madang.voting.web;

import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Post-Redirect-Get with an election parameter, and the datetime-local fields of the voting pages. */
final class VotingPages {
    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private VotingPages() {
    }

    /** After a successful POST: a flash message, then a GET of {@code path?param=value}. */
    static void redirect(String path, String param, String value, String messageKey, Object... args)
            throws IOException {
        Redirects.to(path + (value == null ? ""
                : (path.contains("?") ? "&" : "?") + param + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)),
                messageKey, args);
    }

    /** A {@code datetime-local} value read as Korean time; null when empty or malformed. */
    static Instant parseLocal(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip().length() > 16 ? value.strip().substring(0, 16) : value.strip(),
                    LOCAL).atZone(KOREA).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String formatLocal(Instant i) {
        return i == null ? null : LOCAL.format(i.atZone(KOREA));
    }
}
