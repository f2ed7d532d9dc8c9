package org.madang.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page must not show a person: the system's own words. A raw message key ({@code ???key???}
 * or a dotted key such as {@code services.case.approve}), a status code in capitals
 * ({@code UNDER_REVIEW}, {@code SUBMITTED}), {@code true}/{@code false}, or an ISO timestamp
 * ({@code 2026-12-07T09:30}). E-mail addresses, web addresses and domain names are not keys.
 */
public final class PlainWords {
    private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?\\?[^?\\s]*\\?\\?\\?");
    private static final Pattern DOTTED_KEY = Pattern.compile(
            "(?<![\\w@./-])[a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z][a-zA-Z0-9_]*){2,}(?![\\w@/-])");
    private static final Pattern CODE_WITH_UNDERSCORE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b");
    private static final Pattern CAPITAL_WORD = Pattern.compile("\\b[A-Z]{4,}\\b");
    /** A value on its own (a line, a table cell, after a colon), not the English word in a sentence. */
    private static final Pattern BOOLEAN = Pattern.compile(
            "(?m)(?:^|[:=\\t(])[ \\t]*(?:true|false)(?=[ \\t]*(?:$|[,;)\\t]))");
    private static final Pattern ISO_TIMESTAMP = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final Pattern URL = Pattern.compile("\\b(?:https?://|www\\.)\\S+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern DOMAIN = Pattern.compile("\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:kr|com|org|net|io|dev|gov)\\b");
    /** The portal's status names, as its enums spell them, that would be a code if shown as such. */
    private static final Set<String> STATUS_WORDS = Set.of("DRAFT", "SUBMITTED", "APPROVED", "REJECTED",
            "WITHDRAWN", "TRANSFERRED", "CLAIMED", "ASSIGNED", "EXTENDED", "DELAYED", "VALID", "REVOKED",
            "EXPIRED", "UNKNOWN", "REQUESTED", "ACTIVE", "DISABLED", "CLOSED", "COMPLETED", "OPEN", "PENDING",
            "SCHEDULED", "TALLIED", "ARCHIVED", "CITIZEN", "OFFICER", "SUPERVISOR", "ADMIN", "AUDITOR", "BASIC",
            "SUCCESS", "REFUSED", "FAILED", "SENT", "QUEUED", "NULL");

    private PlainWords() {
    }

    /** Each piece of system language found in a page's visible text, with what kind it is. */
    public static List<String> problems(String visibleText) {
        String text = DOMAIN.matcher(EMAIL.matcher(URL.matcher(visibleText).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        List<String> found = new ArrayList<>();
        collect(found, "missing message key", MISSING_KEY.matcher(visibleText));
        collect(found, "message key", DOTTED_KEY.matcher(text));
        collect(found, "status code", CODE_WITH_UNDERSCORE.matcher(text));
        Matcher capitals = CAPITAL_WORD.matcher(text);
        while (capitals.find()) {
            if (STATUS_WORDS.contains(capitals.group())) {
                found.add("status code: " + capitals.group());
            }
        }
        collect(found, "true/false", BOOLEAN.matcher(text));
        collect(found, "ISO timestamp", ISO_TIMESTAMP.matcher(text));
        return found;
    }

    private static void collect(List<String> found, String kind, Matcher m) {
        while (m.find()) {
            found.add(kind + ": " + m.group());
        }
    }
}
