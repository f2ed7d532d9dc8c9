package org.madang.platform.operations;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily jobs' timers: the daily one, and a catch-up after every start; and a run that survives one failure. */
class DailySweepTest {
    private static final Logger LOG = Logger.getLogger(DailySweepTest.class.getName());

    @Test
    void everyStartSchedulesTheDailyRunAndACatchUpRunSoonAfter() {
        List<Object[]> calls = new ArrayList<>();
        TimerService timers = (TimerService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TimerService.class}, (proxy, method, args) -> {
                    calls.add(new Object[] {method.getName(), args});
                    return null;
                });

        DailySweep.schedule(timers, ZoneId.of("Asia/Seoul"), 0, 5, "disclosure overdue sweep");

        assertThat(calls).extracting(c -> c[0]).containsExactly("createCalendarTimer", "createSingleActionTimer");
        Object[] daily = (Object[]) calls.get(0)[1];
        ScheduleExpression at = (ScheduleExpression) daily[0];
        assertThat(at.getHour()).isEqualTo("0");
        assertThat(at.getMinute()).isEqualTo("5");
        assertThat(at.getTimezone()).isEqualTo("Asia/Seoul");
        assertThat(((TimerConfig) daily[1]).isPersistent()).isFalse();
        Object[] catchUp = (Object[]) calls.get(1)[1];
        assertThat((long) catchUp[0]).isEqualTo(DailySweep.CATCH_UP_DELAY_MS).isPositive();
        assertThat(((TimerConfig) catchUp[1]).isPersistent()).isFalse();
    }

    @Test
    void aRunInterruptedHalfWayIsFinishedByTheNextRunAndNothingIsDoneTwice() {
        Set<Long> marked = new HashSet<>();
        List<Long> due = List.of(1L, 2L, 3L, 4L);
        // the first run fails on 3 (as a crash would end it there): 1, 2 and 4 are marked
        int first = DailySweep.run(LOG, "test sweep", due, id -> {
            if (id == 3L) {
                throw new IllegalStateException("connection lost");
            }
            return marked.add(id); // idempotent, like the jobs: true only when it changed something
        });
        assertThat(first).isEqualTo(3);
        int second = DailySweep.run(LOG, "test sweep", due, marked::add);
        assertThat(second).as("only the one left undone").isEqualTo(1);
        assertThat(marked).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }

    @Test
    void aRunStandsForTheLatestDailyHourPassed() {
        ZoneId seoul = ZoneId.of("Asia/Seoul");
        // 00:05 in Seoul is 15:05 UTC the day before
        assertThat(DailySweep.slot(seoul, 0, 5, java.time.Instant.parse("2026-12-08T15:05:00Z")))
                .isEqualTo(java.time.Instant.parse("2026-12-08T15:05:00Z"));
        assertThat(DailySweep.slot(seoul, 0, 5, java.time.Instant.parse("2026-12-09T02:00:00Z")))
                .as("the catch-up later that day").isEqualTo(java.time.Instant.parse("2026-12-08T15:05:00Z"));
        assertThat(DailySweep.slot(seoul, 0, 5, java.time.Instant.parse("2026-12-08T15:04:59Z")))
                .as("before the hour: yesterday's run").isEqualTo(java.time.Instant.parse("2026-12-07T15:05:00Z"));
    }
}
