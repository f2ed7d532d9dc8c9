package org.madang.notification.application;

import org.madang.notification.domain.InboxMessage;
import org.madang.notification.domain.NoticeTexts;
import org.madang.platform.privacy.PersonalData;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One inbox message as its owner reads it, in the language asked for. */
public record InboxEntry(long id, long accountId, String category, String subject, String body, String link,
                         Instant receivedAt, Instant readAt) implements PersonalData, Serializable {

    static InboxEntry of(InboxMessage m, NoticeTexts texts) {
        return new InboxEntry(m.getId(), m.getAccountId(), m.getCategory(),
                texts.format(m.getSubjectKey(), m.getArguments()), texts.format(m.getBodyKey(), m.getArguments()),
                m.getLink(), m.getCreatedAt(), m.getReadAt());
    }

    public boolean unread() {
        return readAt == null;
    }

    /** The body's paragraphs (a blank line in the text starts a new one). */
    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    @Override
    public long dataSubjectId() {
        return accountId;
    }
}
