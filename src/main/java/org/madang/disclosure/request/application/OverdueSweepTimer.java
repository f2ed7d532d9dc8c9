package org.madang.disclosure.request.application;

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
 * Once a day, just after midnight in the portal's time zone (MADANG_TIME_ZONE, where the day a
 * request becomes overdue begins; a calendar timer made at start, since an annotation cannot read
 * configuration); a
 * server that was down at that hour catches up the next night. Non-persistent: the request table
 * itself says what is due, and the sweep is idempotent, so a second server running it too marks
 * nothing twice (a clash rolls back one of them, which finds the request marked next time).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class OverdueSweepTimer {
    private static final Logger LOG = Logger.getLogger(OverdueSweepTimer.class.getName());

    @Inject
    OverdueSweep sweep;
    @Inject
    ZoneId zone;
    @Resource
    TimerService timers;
    @Inject
    ScheduledOnce once;
    @Inject
    java.time.Clock clock;

    static final String JOB = "disclosure overdue sweep";
    static final int HOUR = 0;
    static final int MINUTE = 5;

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

    /** One run of the sweep; public so that a test with a moved clock runs it instead of waiting a day. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public int sweep() {
        return DailySweep.run(LOG, "disclosure overdue sweep", sweep.due(), sweep::mark);
    }
}
