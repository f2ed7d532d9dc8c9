package org.madang.platform.operations;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import org.madang.platform.error.Failures;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The shape of the portal's daily jobs (the disclosure overdue sweep, knowledge review reminders):
 * a non-persistent calendar timer at a time of day in the portal's zone (an annotation cannot read
 * MADANG_TIME_ZONE), and a run that acts on each due id in the action's own transaction, so one
 * failure is logged and retried next run without stopping the others. Every start also runs the job
 * once a little later: a run that a crash interrupted (or a server down at that hour) is done that
 * day, not the next night; the jobs are idempotent, so a day's second run does nothing twice.
 * Across instances both runs stand for the day's {@link #slot} in {@link ScheduledOnce}: the catch-up
 * runs only if no instance ran that day's job yet (or its run failed).
 */
public final class DailySweep {
    private DailySweep() {
    }

    /** After a start, the catch-up run waits this long, so that it does not slow the start itself. */
    static final long CATCH_UP_DELAY_MS = Duration.ofMinutes(2).toMillis();

    /**
     * Schedules the owning bean's {@code @Timeout} every day at {@code hour:minute} in {@code zone},
     * and once {@link #CATCH_UP_DELAY_MS} after this start.
     */
    public static void schedule(TimerService timers, ZoneId zone, int hour, int minute, String info) {
        timers.createCalendarTimer(new ScheduleExpression().hour(String.valueOf(hour)).minute(String.valueOf(minute))
                .timezone(zone.getId()), new TimerConfig(info, false));
        timers.createSingleActionTimer(CATCH_UP_DELAY_MS, new TimerConfig(info + " (catch-up after start)", false));
    }

    /**
     * The daily run that {@code now} belongs to: today's {@code hour:minute} in {@code zone} if it has
     * passed, else yesterday's (a catch-up before that hour finds yesterday's run done).
     */
    public static Instant slot(ZoneId zone, int hour, int minute, Instant now) {
        ZonedDateTime today = now.atZone(zone).with(LocalTime.of(hour, minute));
        return (today.toInstant().isAfter(now) ? today.minusDays(1) : today).toInstant();
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
