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
import org.madang.platform.operations.ScheduledOnce;

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
    @Inject
    ScheduledOnce once;
    @Inject
    java.time.Clock clock;

    static final String JOB = "knowledge review reminders";
    static final int HOUR = 6;
    static final int MINUTE = 10;

    @PostConstruct
    void schedule() {
        DailySweep.schedule(timers, zone, HOUR, MINUTE, JOB);
    }

    /** The day's run (or the catch-up after a start): only if no instance ran this day's yet. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public void daily() {
        once.run(JOB, DailySweep.slot(zone, HOUR, MINUTE, clock.instant()), this::sweep);
    }

    /** One run; public so that a test runs it instead of waiting for the morning. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public int sweep() {
        return DailySweep.run(LOG, "knowledge review reminders", reminders.due(), reminders::remind);
    }
}
