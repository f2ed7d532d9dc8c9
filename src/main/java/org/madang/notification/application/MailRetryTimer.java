package org.madang.notification.application;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every minute, retries the outbox mails that are due. Non-persistent (EJB Lite has no persistent
 * timers, and the outbox table is the memory that matters); a singleton, so runs never overlap in
 * one server; after the database migrator, so the first run finds the table.
 */
@Singleton
@DependsOn("DatabaseMigrator")
public class MailRetryTimer {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MailRetryTimer.class.getName());

    @Inject
    MailDelivery delivery;

    /** A failed run (the database away) is logged, not thrown: thrown, Liberty would retry it only after five minutes. */
    @Schedule(minute = "*", hour = "*", persistent = false, info = "outbox retry")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retry() {
        try {
            delivery.retryDue();
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, () -> "outbox retry failed; the next minute tries again: "
                    + org.madang.platform.error.Failures.describe(e));
        }
    }
}
