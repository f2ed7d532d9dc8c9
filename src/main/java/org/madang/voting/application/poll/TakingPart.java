package org.madang.voting.application.poll;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.madang.identity.application.ParticipantFacts;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.NotFound;
import org.madang.platform.security.Roles;
import org.madang.voting.application.poll.PollViews.PollView;
import org.madang.voting.application.poll.PollViews.ReceiptGiven;
import org.madang.voting.application.poll.PollViews.Standing;
import org.madang.voting.domain.poll.Consultation;
import org.madang.voting.domain.poll.PollPhase;
import org.madang.voting.domain.poll.PollStatus;
import org.madang.voting.domain.poll.Selection;
import org.madang.voting.infrastructure.poll.PollRepository;

import java.time.Clock;
import java.time.ZoneId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A signed-in resident takes part in a poll or budget: eligibility from their own account, once
 * per resident (the participation table's primary key is the poll and identity's resident key, so
 * another account of the same person is refused too), and a receipt in return.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class TakingPart {
    @Inject
    PollRepository repo;
    @Inject
    ParticipantFacts facts;
    @Inject
    Clock clock;
    @Inject
    ZoneId zone;

    /** Whether the caller may take part in this poll now, and if not, why. */
    public Standing standing(long pollId) {
        Consultation c = published(pollId);
        return standing(c, Instant.now(clock));
    }

    private Standing standing(Consultation c, Instant now) {
        ParticipantFacts.Facts me = facts.mine();
        if (repo.tookPart(c.getId(), me.residentKey())) {
            return new Standing(true, null);
        }
        PollPhase phase = c.phase(now);
        if (phase != PollPhase.OPEN) {
            return new Standing(false, phase == PollPhase.UPCOMING ? "poll.refused.notYetOpen" : "poll.refused.closed");
        }
        Optional<String> refusal = c.getEligibility().refusal(me.verifiedResident(), me.region(), me.birthDate(),
                c.closingDay(zone));
        return new Standing(false, refusal.orElse(null));
    }

    /**
     * Records that the caller took part, stores the choice apart, appends the receipt to the public
     * chain and gives the caller their receipt. A second participation, an ineligible caller, a
     * closed poll and a selection against the rules (e.g. over budget) are refused.
     */
    @Audited("poll.participate")
    public ReceiptGiven participate(@AuditTarget("poll") long pollId, @NotNull List<Integer> positions) {
        Instant now = Instant.now(clock);
        Consultation c = repo.getForUpdate(pollId);
        if (c.getStatus() == PollStatus.DRAFT) {
            throw new NotFound("poll.notFound");
        }
        Standing s = standing(c, now);
        if (s.tookPart()) {
            throw new Conflict("poll.refused.alreadyTookPart");
        }
        if (s.refusalKey() != null) {
            throw new Forbidden(s.refusalKey());
        }
        Selection selection = c.select(positions);
        ParticipantFacts.Facts me = facts.mine();
        Consultation.Participated p = c.participate(me.residentKey(), me.accountId(), selection, now);
        repo.record(p);
        return new ReceiptGiven(c.getId(), p.receipt().getCode(), p.receipt().getSequence(),
                p.receipt().getChoiceDigest(), p.digestKey(), p.receipt().getHash(), selection.positions());
    }

    /** The published polls the caller took part in, newest closing first (never what they chose). */
    public List<PollView> myPolls() {
        Instant now = Instant.now(clock);
        return repo.pollsTakenPartIn(facts.mine().accountId()).stream().map(repo::get)
                .sorted(Comparator.comparing(Consultation::getClosesAt).reversed())
                .map(c -> PollView.of(c, now)).toList();
    }

    private Consultation published(long id) {
        Consultation c = repo.get(id);
        if (c.getStatus() == PollStatus.DRAFT) {
            throw new NotFound("poll.notFound");
        }
        return c;
    }
}
