package org.madang.platform.operations;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.platform.error.Failures;
import org.madang.platform.infrastructure.ScheduledRuns;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The transactions behind {@link ScheduledOnce}: the claim's own transaction stays open while the
 * work runs outside it (suspended, so the work's services begin transactions of their own), and
 * commits only when the work returned. A run that fails rolls the claim back; one whose server dies
 * loses its connection, and PostgreSQL rolls it back. Either way the slot stays claimable.
 */
@Stateless
@PermitAll
public class ScheduledClaims {
    @Inject
    ScheduledRuns runs;
    @Inject
    InstanceName instance;
    @Inject
    Clock clock;
    @Inject
    ScheduledClaims self;
    @Resource
    SessionContext context;

    /** What became of a firing: run here, or not claimed (run or running elsewhere), or failed (and rolled back). */
    public record Outcome(boolean ran, String failure) {
        static final Outcome RAN = new Outcome(true, null);
        static final Outcome NOT_CLAIMED = new Outcome(false, null);
    }

    /**
     * Runs the work if this instance claims the slot. A failure is returned, not thrown, and rolls the
     * claim back: thrown through two EJB calls, Liberty would log two stack traces every minute of a
     * database outage.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome runClaimed(String job, Instant slot, Runnable work) {
        try {
            if (!runs.claim(job, slot, instance.name(), Instant.now(clock))) {
                return Outcome.NOT_CLAIMED;
            }
        } catch (RuntimeException e) {
            context.setRollbackOnly();
            return new Outcome(false, Failures.describe(e));
        }
        RuntimeException failed = self.outside(work);
        if (failed != null) {
            context.setRollbackOnly();
            return new Outcome(false, Failures.describe(failed));
        }
        return Outcome.RAN;
    }

    /** The work, outside the claim's transaction; what it threw, or null. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RuntimeException outside(Runnable work) {
        try {
            work.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> ranBy(String job, Instant slot) {
        return runs.ranBy(job, slot);
    }
}
