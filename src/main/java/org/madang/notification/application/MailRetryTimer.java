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
    @Inject
    MailDelivery delivery;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "outbox retry")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retry() {
        delivery.retryDue();
    }
}
