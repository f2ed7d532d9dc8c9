package org.madang.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.madang.notification.domain.MailQueued;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.madang.platform.error.Failures;

/**
 * Sends a queued e-mail once the transaction that queued it has committed, on another thread so
 * the person's request does not wait for the mail server. If the hand-over fails, the mail stays
 * PENDING in the outbox and the retry timer sends it within a couple of minutes.
 */
@ApplicationScoped
public class MailDispatch {
    private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());

    @Inject
    MailDelivery delivery;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        try {
            delivery.sendSoon(queued.mailId());
        } catch (RuntimeException e) {
            // after commit nobody can be told; the outbox row is the safety net
            LOG.log(Level.WARNING, () -> "mail " + queued.mailId() + " left for the retry timer: " + Failures.describe(e));
        }
    }
}
