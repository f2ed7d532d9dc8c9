package org.madang.disclosure.request.application;

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

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(new ScheduleExpression().hour("0").minute("5").timezone(zone.getId()),
                new TimerConfig("disclosure overdue sweep", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public void daily() {
        sweep();
    }

    /** One run of the sweep; public so that a test with a moved clock runs it instead of waiting a day. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public int sweep() {
        int marked = 0;
        List<Long> due = sweep.due();
        for (Long id : due) {
            try {
                if (sweep.mark(id)) {
                    marked++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, () -> "disclosure request " + id + " not marked overdue; next sweep retries: "
                        + Failures.describe(e));
            }
        }
        int n = marked;
        LOG.info(() -> "disclosure overdue sweep: " + n + " of " + due.size() + " marked");
        return marked;
    }
}
