package org.madang.platform.operations;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import org.madang.platform.error.Failures;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The shape of the portal's daily jobs (the disclosure overdue sweep, knowledge review reminders):
 * a non-persistent calendar timer at a time of day in the portal's zone (an annotation cannot read
 * MADANG_TIME_ZONE), and a run that acts on each due id in the action's own transaction, so one
 * failure is logged and retried next run without stopping the others.
 */
public final class DailySweep {
    private DailySweep() {
    }

    /** Schedules the owning bean's {@code @Timeout} every day at {@code hour:minute} in {@code zone}. */
    public static void schedule(TimerService timers, ZoneId zone, int hour, int minute, String info) {
        timers.createCalendarTimer(new ScheduleExpression().hour(String.valueOf(hour)).minute(String.valueOf(minute))
                .timezone(zone.getId()), new TimerConfig(info, false));
    }

    /** Acts on each due id (true: it did something); returns how many did. Logs ids and counts only. */
    public static int run(Logger log, String what, List<Long> due, Predicate<Long> act) {
        int done = 0;
        for (Long id : due) {
            try {
                if (act.test(id)) {
                    done++;
                }
            } catch (RuntimeException e) {
                log.log(Level.WARNING, () -> what + ": " + id + " not done; the next run retries: " + Failures.describe(e));
            }
        }
        int n = done;
        log.info(() -> what + ": " + n + " of " + due.size() + " done");
        return done;
    }
}
