package org.madang.knowledge.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.platform.error.Failures;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a day, early morning in Korea: owners hear of their articles past their review date.
 * Non-persistent and idempotent (each article remembers the date it was reminded of), so a second
 * server running it too reminds nobody twice.
 */
@Singleton
@DependsOn("DatabaseMigrator")
public class ReviewReminderTimer {
    private static final Logger LOG = Logger.getLogger(ReviewReminderTimer.class.getName());

    @Inject
    ReviewReminders reminders;

    @Schedule(hour = "6", minute = "10", timezone = "Asia/Seoul", persistent = false, info = "knowledge review reminders")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public void daily() {
        sweep();
    }

    /** One run; public so that a test runs it instead of waiting for the morning. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public int sweep() {
        int sent = 0;
        List<Long> due = reminders.due();
        for (Long id : due) {
            try {
                if (reminders.remind(id)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, () -> "knowledge article " + id + ": review reminder not sent; next run retries: "
                        + Failures.describe(e));
            }
        }
        int n = sent;
        LOG.info(() -> "knowledge review reminders: " + n + " sent for " + due.size() + " articles past review");
        return sent;
    }
}
