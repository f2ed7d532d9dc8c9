package org.madang.knowledge.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.platform.error.Failures;

import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a day, early morning in the portal's time zone (MADANG_TIME_ZONE; a calendar timer made at
 * start, since an annotation cannot read configuration): owners hear of their articles past their
 * review date.
 * Non-persistent and idempotent (each article remembers the date it was reminded of), so a second
 * server running it too reminds nobody twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class ReviewReminderTimer {
    private static final Logger LOG = Logger.getLogger(ReviewReminderTimer.class.getName());

    @Inject
    ReviewReminders reminders;
    @Inject
    ZoneId zone;
    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(new ScheduleExpression().hour("6").minute("10").timezone(zone.getId()),
                new TimerConfig("knowledge review reminders", false));
    }

    @Timeout
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
