package org.madang.platform.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.madang.platform.error.Failures;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Scheduled work run once per schedule however many instances fire it. Every instance keeps its
 * non-persistent timers; each firing names its slot (the minute, or the day's hour, it stands for),
 * and only the instance that claims the (job, slot) row in PostgreSQL runs it
 * ({@code platform_scheduled_run}). A run that fails leaves the slot claimable, so a later firing
 * of the same slot (a daily job's catch-up after a start) runs it; a slot skipped because another
 * instance was still busy with the job is caught up by the next one (every job works from what the
 * tables say is due). Failures are logged, never thrown: thrown, Liberty would retry the timer only
 * after five minutes.
 */
@ApplicationScoped
public class ScheduledOnce {
    private static final Logger LOG = Logger.getLogger(ScheduledOnce.class.getName());

    @Inject
    ScheduledClaims claims;
    @Inject
    Clock clock;
    @Inject
    MetricRegistry metrics;

    private final Map<String, AtomicLong> firings = new ConcurrentHashMap<>();

    /** Runs the work if no instance ran this slot of the job; true when this call ran it. */
    public boolean run(String job, Instant slot, Runnable work) {
        String failure;
        try {
            ScheduledClaims.Outcome outcome = claims.runClaimed(job, slot, work);
            if (outcome.ran()) {
                count(job, "ran");
                return true;
            }
            if (outcome.failure() == null) {
                count(job, "elsewhere");
                LOG.fine(() -> job + " " + slot + ": run by another instance, or running there");
                return false;
            }
            failure = outcome.failure();
        } catch (RuntimeException e) { // the claim's commit failed (the database went away meanwhile)
            failure = Failures.describe(e);
        }
        count(job, "failed");
        String f = failure;
        LOG.log(Level.WARNING, () -> job + " " + slot + " failed; its slot stays claimable, and the next run catches up: " + f);
        return false;
    }

    /**
     * Firings per job and outcome (ran here, run elsewhere, failed): in the metrics, per server (two
     * applications in one server share its registry), and in this application's memory.
     */
    private void count(String job, String outcome) {
        metrics.counter("madang_scheduled_firings_total", new Tag("job", job.replace(' ', '_')), new Tag("outcome", outcome)).inc();
        firings.computeIfAbsent(job + "|" + outcome, k -> new AtomicLong()).incrementAndGet();
    }

    /** This application's firings of a job since its start with an outcome: {@code ran}, {@code elsewhere} or {@code failed}. */
    public long firings(String job, String outcome) {
        AtomicLong n = firings.get(job + "|" + outcome);
        return n == null ? 0 : n.get();
    }

    /** For a timer firing every minute: the slot is the minute it fired in. */
    public boolean runThisMinute(String job, Runnable work) {
        return run(job, Instant.now(clock).truncatedTo(ChronoUnit.MINUTES), work);
    }

    /** The instance whose run of the slot committed, if one did (for operators and tests). */
    public Optional<String> ranBy(String job, Instant slot) {
        return claims.ranBy(job, slot);
    }
}
