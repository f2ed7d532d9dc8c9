package org.madang.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * One e-mail in the outbox: written in the same transaction as the notice, sent after it commits,
 * and kept with its attempts and last error so that a failed delivery is visible and retried
 * (one more minute of waiting after each failure, up to half an hour) until the attempts run out.
 */
@Entity
@Table(name = "outbound_mail")
public class OutboundMail {
    /** Left to the immediate send first; the retry timer picks a mail up only after this. */
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(30);
    static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "recipient_account_id", nullable = false)
    private long recipientAccountId;
    @Column(name = "to_address", nullable = false, length = 254)
    private String toAddress;
    @Column(nullable = false, length = 2)
    private String language;
    @Column(nullable = false, length = 300)
    private String subject;
    @Column(nullable = false)
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;
    @Column(name = "inbox_message_id")
    private Long inboxMessageId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboundMail() {
    }

    public OutboundMail(long recipientAccountId, String toAddress, String language, MailComposer.ComposedMail mail,
                        Long inboxMessageId, Instant now) {
        if (toAddress == null || toAddress.isBlank()) {
            throw new IllegalArgumentException("an e-mail needs an address");
        }
        this.recipientAccountId = recipientAccountId;
        this.toAddress = toAddress;
        this.language = language;
        this.subject = mail.subject();
        this.body = mail.body();
        this.inboxMessageId = inboxMessageId;
        this.status = MailStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now.plus(FIRST_RETRY);
    }

    /** Still worth an attempt: not delivered, and attempts left. */
    public boolean isDeliverable(int maxAttempts) {
        return status != MailStatus.SENT && attempts < maxAttempts;
    }

    /** Failed as often as allowed: stays FAILED, for a person to look at. */
    public boolean hasGivenUp(int maxAttempts) {
        return status == MailStatus.FAILED && attempts >= maxAttempts;
    }

    /** The mail server accepted it. */
    public void recordSent(Instant now) {
        requireDeliverable();
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
    }

    /** The attempt failed: keep why, and wait a little longer before each new attempt. */
    public void recordFailure(String error, Instant now) {
        requireDeliverable();
        attempts++;
        status = MailStatus.FAILED;
        String e = error == null || error.isBlank() ? "unknown error" : error.strip();
        lastError = e.length() > MAX_ERROR_LENGTH ? e.substring(0, MAX_ERROR_LENGTH) : e;
        nextAttemptAt = now.plus(waitAfter(attempts));
    }

    /**
     * The mail server could not be reached: nothing is wrong with this mail, so the attempt does not
     * count against it (an outage of an hour or a day must not use up its attempts). It stays
     * PENDING with the reason kept, and is tried again in a minute.
     */
    public void recordServerUnreachable(String error, Instant now) {
        requireDeliverable();
        String e = error == null || error.isBlank() ? "mail server unreachable" : error.strip();
        lastError = e.length() > MAX_ERROR_LENGTH ? e.substring(0, MAX_ERROR_LENGTH) : e;
        nextAttemptAt = now.plus(FIRST_RETRY);
    }

    static Duration waitAfter(int failedAttempts) {
        Duration d = FIRST_RETRY.multipliedBy(Math.max(1, failedAttempts));
        return d.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : d;
    }

    private void requireDeliverable() {
        if (status == MailStatus.SENT) {
            throw new IllegalStateException("mail " + id + " was already sent");
        }
    }

    public Long getId() {
        return id;
    }

    public long getRecipientAccountId() {
        return recipientAccountId;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Long getInboxMessageId() {
        return inboxMessageId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
