package org.madang.voting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.BusinessException;
import org.madang.platform.operations.ScheduledOnce;
import org.madang.voting.domain.Election;
import org.madang.voting.domain.ElectionStatus;
import org.madang.voting.infrastructure.ElectionRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes every election whose closing time has passed and computes its tally, once a minute, so
 * that no administrator needs to be awake at closing time. Each election closes in its own
 * transaction (through this bean's business interface, so that it is audited on its own).
 * Once a minute across instances ({@link ScheduledOnce}); the election's row lock keeps even
 * overlapping runs from closing one twice.
 * {@code @PermitAll}: it acts only on the clock, never on a caller's say-so.
 */
@Stateless
@PermitAll
public class ClosingTimer {
    private static final Logger LOG = Logger.getLogger(ClosingTimer.class.getName());

    @Inject
    ElectionRepository repo;
    @Inject
    TallyWork tallyWork;
    @Inject
    ClosingTimer self;
    @Inject
    Clock clock;
    @Inject
    ScheduledOnce once;

    static final String JOB = "voting election closing";

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void closeDue() {
        // a failed run (the database away) is logged by ScheduledOnce, not thrown: thrown, Liberty
        // would retry only after five minutes
        once.runThisMinute(JOB, this::closeAllDue);
    }

    private void closeAllDue() {
        for (Election e : repo.frozenAndClosedBy(Instant.now(clock))) {
            try {
                self.closeIfDue(e.getUuid());
            } catch (BusinessException | IllegalStateException raced) {
                LOG.log(Level.INFO, "election {0} not closed by the timer: {1}", new Object[] {e.getUuid(), raced});
            }
        }
    }

    /**
     * Closes one election if it is still open for ballots and its closing time has passed; refused
     * (and audited as refused, not as a second success) when another timer or the administrator
     * closed it meanwhile.
     */
    @Audited("election.close.scheduled")
    public void closeIfDue(@AuditTarget("election") String uuid) {
        Election e = repo.lock(uuid);
        Instant now = Instant.now(clock);
        if (e.getStatus() != ElectionStatus.FROZEN || now.isBefore(e.getClosesAt())) {
            throw new Conflict("voting.election.wrongStatus", e.getStatus().name());
        }
        tallyWork.close(e, now);
    }
}
