package org.madang.audit.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import org.madang.platform.audit.AuditableAction;
import org.madang.platform.audit.Failed;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.madang.platform.error.Failures;

/**
 * Turns the platform's audit events into records. A success is appended at once, in the caller's
 * transaction. A failure waits until the caller's transaction has ended (it rolls back): appending
 * it earlier, in a new transaction, would queue behind the chain-head lock that the still-open
 * caller may already hold from an earlier append, and so wait for itself.
 *
 * <p>CDI only defers an AFTER_COMPLETION observer while the transaction is active: once it is
 * marked for rollback (an inner bean failed with a system exception) the observer runs at once,
 * inside the doomed transaction. Then the record is written from another thread, which waits for
 * the rollback to release the head.
 */
@ApplicationScoped
public class AuditListener {
    private static final Logger LOG = Logger.getLogger(AuditListener.class.getName());

    @Inject
    AuditTrail trail;
    @Resource
    TransactionSynchronizationRegistry transactions;

    // @Default: an unqualified observer would also receive the @Failed events
    void succeeded(@Observes @Default AuditableAction action) {
        trail.append(action);
    }

    void failed(@Observes(during = TransactionPhase.AFTER_COMPLETION) @Failed AuditableAction action) {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_MARKED_ROLLBACK || status == Status.STATUS_ACTIVE) {
            trail.appendLater(action);
            return;
        }
        try {
            trail.appendAlone(action);
        } catch (RuntimeException e) {
            // the container would swallow an exception thrown after completion: say loudly what was lost
            LOG.log(Level.SEVERE, () -> "could not record failed action in the audit trail: " + action + ": " + Failures.describe(e));
            throw e;
        }
    }
}
