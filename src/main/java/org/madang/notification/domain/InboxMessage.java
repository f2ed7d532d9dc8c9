package org.madang.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.madang.platform.notification.Notice;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One notice in a person's portal inbox. It keeps the bundle keys and arguments, not rendered
 * text, so the inbox reads in whichever language the person is using today.
 */
@Entity
@Table(name = "inbox_message")
public class InboxMessage {
    /** A path inside the portal: one leading slash (never "//host", which browsers treat as another site). */
    private static final Pattern PORTAL_PATH = Pattern.compile("^/(?![/\\\\])[^\\s\\\\]{0,499}$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(length = 40)
    private String category;
    @Column(name = "subject_key", nullable = false, length = 200)
    private String subjectKey;
    @Column(name = "body_key", nullable = false, length = 200)
    private String bodyKey;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "arguments", nullable = false)
    private String[] arguments;
    @Column(length = 500)
    private String link;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;

    protected InboxMessage() {
    }

    public InboxMessage(long accountId, String category, String subjectKey, String bodyKey, List<String> arguments,
                        String link, Instant now) {
        if (link != null && !PORTAL_PATH.matcher(link).matches()) {
            throw new IllegalArgumentException("an inbox message links to a path of the portal only: " + link);
        }
        this.accountId = accountId;
        this.category = category;
        this.subjectKey = subjectKey;
        this.bodyKey = bodyKey;
        this.arguments = arguments.toArray(String[]::new);
        this.link = link;
        this.createdAt = now;
    }

    /** The inbox copy of a notice, unread. */
    public static InboxMessage of(Notice notice, Instant now) {
        return new InboxMessage(notice.recipientAccountId(), notice.category(), notice.subjectKey(), notice.bodyKey(),
                notice.arguments(), notice.link(), now);
    }

    /** Opening a message reads it; opening it again keeps the first time it was read. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /** The person wants to come back to it later. */
    public void markUnread() {
        readAt = null;
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public boolean belongsTo(long account) {
        return accountId == account;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getCategory() {
        return category;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getBodyKey() {
        return bodyKey;
    }

    public List<String> getArguments() {
        return List.of(arguments);
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
