package org.madang.notification.domain;

import java.util.List;

/**
 * Writes the e-mail for a notice in the recipient's language: a greeting with their own name, the
 * notice's text with its arguments, the link, and where to find all notices. Nothing else goes in:
 * what a mail says about anyone is exactly what the notice says.
 */
public final class MailComposer {
    static final int MAX_SUBJECT = 250;

    private MailComposer() {
    }

    /** Subject and plain-text body of one e-mail. */
    public record ComposedMail(String subject, String body) {
    }

    /**
     * @param portalUrl the portal's public address (no trailing slash needed), for the links
     * @param link      a path inside the portal, or null
     */
    public static ComposedMail compose(String language, String recipientName, String subjectKey, String bodyKey,
                                       List<String> arguments, String link, String portalUrl) {
        NoticeTexts t = NoticeTexts.in(language);
        String base = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
        String subject = oneLine(t.format("notification.mail.subject", t.format(subjectKey, arguments)));
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
        }
        StringBuilder body = new StringBuilder()
                .append(t.format("notification.mail.greeting", recipientName)).append("\n\n")
                .append(t.format(bodyKey, arguments)).append("\n\n");
        if (link != null) {
            body.append(t.format("notification.mail.link", base + link)).append("\n\n");
        }
        body.append(t.format("notification.mail.footer", base + "/my/inbox.xhtml")).append('\n');
        return new ComposedMail(subject, body.toString());
    }

    /** A subject is one header line: a line break in an argument must not start a new header. */
    static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
