package org.madang.voting.application.poll;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import org.madang.platform.error.Conflict;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.madang.platform.error.Failures;
import org.madang.platform.operations.ScheduledOnce;

/**
 * Every minute, closes the polls whose closing time has passed and publishes their results. Until
 * then pages already show such a poll as closed for taking part ("counting"); non-persistent, like
 * the mail retry timer, because the poll table itself remembers what is due; once a minute across
 * instances ({@link ScheduledOnce}).
 */
@Singleton
@DependsOn("DatabaseMigrator")
public class PollClosingTimer {
    private static final Logger LOG = Logger.getLogger(PollClosingTimer.class.getName());

    static final String JOB = "voting poll closing";

    @Inject
    PollClosing closing;
    @Inject
    ScheduledOnce once;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "poll closing")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire() {
        once.runThisMinute(JOB, this::closeAllDue);
    }

    /** One run, here and now; public so that a test with a moved clock runs it instead of waiting a minute. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public void closeDue() {
        try {
            closeAllDue();
        } catch (RuntimeException e) {
            // logged, not thrown: thrown, Liberty would retry only after five minutes (the database away)
            LOG.log(Level.WARNING, () -> "poll closing run failed; the next minute tries again: " + Failures.describe(e));
        }
    }

    private void closeAllDue() {
        java.util.List<Long> due = closing.due();
        for (Long id : due) {
            try {
                closing.closeDue(id);
            } catch (Conflict closedMeanwhile) {
                LOG.fine(() -> "poll " + id + " was closed meanwhile");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, () -> "poll " + id + " could not be closed; trying again next minute: " + Failures.describe(e));
            }
        }
    }
}
