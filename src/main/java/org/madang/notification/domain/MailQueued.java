package org.madang.notification.domain;

/**
 * An e-mail was written to the outbox. Observed after the transaction that wrote it commits, so
 * nothing is sent for work that rolled back.
 */
public record MailQueued(long mailId) {
}
