package org.madang.performance.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.performance.infrastructure.IndicatorRepository;
import org.madang.platform.error.Failures;
import org.madang.platform.operations.ScheduledOnce;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, counts as overdue the running cases whose due time has passed (in the kept backlog,
 * performance_open), so that the dashboard's correction for "since the last sweep" stays a few rows.
 * Non-persistent like the other timers: the flags themselves say what is left to do, and a sweep
 * that did not run is caught up by the next one. Several instances fire each minute; the one that
 * claims the minute sweeps ({@link ScheduledOnce}; the repository's advisory lock also keeps a
 * direct call, a test's, from sweeping beside it). A
 * failed run (the database away) is logged, not thrown: a thrown one would wait for Liberty's
 * five-minute retry instead of the next minute.
 */
@Singleton
@DependsOn("DatabaseMigrator")
public class OpenCasesSweep {
    private static final Logger LOG = Logger.getLogger(OpenCasesSweep.class.getName());

    @Inject
    IndicatorRepository repository;
    @Inject
    Clock clock;
    @Inject
    ScheduledOnce once;

    static final String JOB = "performance overdue sweep";

    @Schedule(minute = "*", hour = "*", persistent = false, info = "performance overdue sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire() {
        once.runThisMinute(JOB, this::sweepOnce);
    }

    /** One sweep, here and now; public so that a test with a moved clock runs it instead of waiting a minute. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public void sweep() {
        try {
            sweepOnce();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, () -> "the overdue sweep failed; the next minute tries again: " + Failures.describe(e));
        }
    }

    private void sweepOnce() {
        long flipped = repository.sweepOverdue(clock.instant());
        if (flipped > 0) {
            LOG.fine(() -> flipped + " open cases changed their overdue count");
        }
    }
}
