package org.madang.notification.domain;

/** Where an e-mail stands: waiting for its first attempt, delivered to the mail server, or failed (retried). */
public enum MailStatus {
    PENDING, SENT, FAILED
}
