package org.madang.knowledge.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.madang.platform.operations.DailySweep;

import java.time.ZoneId;
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
        DailySweep.schedule(timers, zone, 6, 10, "knowledge review reminders");
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
        return DailySweep.run(LOG, "knowledge review reminders", reminders.due(), reminders::remind);
    }
}
