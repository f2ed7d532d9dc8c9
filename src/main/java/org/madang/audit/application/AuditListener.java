package org.madang.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import org.madang.platform.audit.AuditableAction;
import org.madang.platform.audit.Failed;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the platform's audit events into records. A success is appended at once, in the caller's
 * transaction. A failure waits until the caller's transaction has ended (it rolls back): appending
 * it earlier, in a new transaction, would queue behind the chain-head lock that the still-open
 * caller may already hold from an earlier append, and so wait for itself.
 */
@ApplicationScoped
public class AuditListener {
    private static final Logger LOG = Logger.getLogger(AuditListener.class.getName());

    @Inject
    AuditTrail trail;

    // @Default: an unqualified observer would also receive the @Failed events
    void succeeded(@Observes @Default AuditableAction action) {
        trail.append(action);
    }

    void failed(@Observes(during = TransactionPhase.AFTER_COMPLETION) @Failed AuditableAction action) {
        try {
            trail.appendAlone(action);
        } catch (RuntimeException e) {
            // the container would swallow an exception thrown after completion: say loudly what was lost
            LOG.log(Level.SEVERE, "could not record failed action in the audit trail: " + action, e);
            throw e;
        }
    }
}
