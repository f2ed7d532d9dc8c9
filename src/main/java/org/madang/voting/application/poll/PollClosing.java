package org.madang.voting.application.poll;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.voting.domain.poll.Consultation;
import org.madang.voting.domain.poll.PollStatus;
import org.madang.voting.infrastructure.poll.PollRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Closing by time: the timer asks for the polls past their closing time and closes each in a
 * transaction of its own, counting the ballots and publishing the results. {@code @PermitAll}
 * because the caller is the system's timer; it changes nothing that the clock has not decided.
 */
@Stateless
@PermitAll
public class PollClosing {
    @Inject
    PollRepository repo;
    @Inject
    Clock clock;

    public List<Long> due() {
        return repo.dueForClosing(Instant.now(clock));
    }

    /**
     * Closes one poll whose closing time has passed. Refused, and so audited as refused rather
     * than as a second success, when another timer (another server, another application on this
     * one) or the administrator closed it meanwhile.
     */
    @Audited("poll.closeByTime")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void closeDue(@AuditTarget("poll") long pollId) {
        Instant now = Instant.now(clock);
        Consultation c = repo.getForUpdate(pollId);
        if (c.getStatus() != PollStatus.OPEN || now.isBefore(c.getClosesAt())) {
            throw new Conflict("poll.closing.notDue");
        }
        c.close(repo.ballots(pollId), now);
    }
}
