package org.madang.notification.application;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.platform.operations.ScheduledOnce;

/**
 * Every minute, retries the outbox mails that are due. Non-persistent (EJB Lite has no persistent
 * timers, and the outbox table is the memory that matters); a singleton, so runs never overlap in
 * one server; after the database migrator, so the first run finds the table. Once a minute across
 * instances ({@link ScheduledOnce}); the outbox's row locks keep even overlapping runs apart.
 */
@Singleton
@DependsOn("DatabaseMigrator")
public class MailRetryTimer {
    static final String JOB = "notification outbox retry";

    @Inject
    MailDelivery delivery;
    @Inject
    ScheduledOnce once;

    /** A failed run (the database away) is logged by ScheduledOnce, not thrown: thrown, Liberty would retry it only after five minutes. */
    @Schedule(minute = "*", hour = "*", persistent = false, info = "outbox retry")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retry() {
        once.runThisMinute(JOB, delivery::retryDue);
    }
}
