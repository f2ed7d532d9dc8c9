package org.madang.voting.application.poll;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.madang.identity.application.ParticipantFacts;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.voting.application.poll.PollViews.PollView;
import org.madang.voting.domain.poll.Consultation;
import org.madang.voting.domain.poll.PollEligibility;
import org.madang.voting.domain.poll.ParticipatoryBudget;
import org.madang.voting.domain.poll.Poll;
import org.madang.voting.domain.poll.PollTexts;
import org.madang.voting.infrastructure.poll.PollRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The election administrator sets polls and budgets up, opens them, and may close them early. */
@Stateless
@RolesAllowed(Roles.ELECTION_ADMIN)
public class PollAdministration {
    @Inject
    PollRepository repo;
    @Inject
    ParticipantFacts facts;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    /** Creates a draft and returns its id. */
    @Audited("poll.create")
    public long create(@NotNull PollForm f) {
        Instant now = Instant.now(clock);
        PollTexts texts = new PollTexts(f.titleKo(), f.titleEn(), f.descriptionKo(), f.descriptionEn());
        PollEligibility eligibility = new PollEligibility(f.region(), f.minAge());
        Consultation c;
        if ("BUDGET".equals(f.kind())) {
            if (f.budgetKrw() == null) {
                throw new InvalidInput("poll.setup.budgetInvalid").onField("budget");
            }
            c = new ParticipatoryBudget(texts, eligibility, f.opensAt(), f.closesAt(), f.mode(), f.budgetKrw(),
                    f.maxChoices(), currentUser.actorId(), now);
        } else if ("POLL".equals(f.kind())) {
            c = new Poll(texts, eligibility, f.opensAt(), f.closesAt(), f.maxChoices(), currentUser.actorId(), now);
        } else {
            throw new InvalidInput("poll.setup.kindRequired").onField("kind");
        }
        repo.add(c);
        return c.getId();
    }

    /** Adds an answer, or a project with its cost (budgets), to a draft. */
    @Audited("poll.setup")
    public void addOption(@AuditTarget("poll") long pollId, String labelKo, String labelEn, String descriptionKo,
                          String descriptionEn, Long costKrw) {
        repo.get(pollId).addOption(labelKo, labelEn, descriptionKo, descriptionEn, costKrw);
    }

    @Audited("poll.setup")
    public void removeOption(@AuditTarget("poll") long pollId, int position) {
        repo.get(pollId).removeOption(position);
    }

    @Audited("poll.open")
    public void open(@AuditTarget("poll") long pollId) {
        repo.get(pollId).open(Instant.now(clock));
    }

    /**
     * Closes now, before the closing time, and publishes the results. The count runs under the
     * poll's row lock, so no participation slips in after it.
     */
    @Audited("poll.close")
    public void close(@AuditTarget("poll") long pollId) {
        repo.getForUpdate(pollId).close(repo.ballots(pollId), Instant.now(clock));
    }

    /** Every poll, drafts included, newest first. */
    public List<PollView> all() {
        Instant now = Instant.now(clock);
        return repo.all().stream().map(c -> PollView.of(c, now)).toList();
    }

    public PollView get(long pollId) {
        return PollView.of(repo.get(pollId), Instant.now(clock));
    }

    public List<String> regions() {
        return facts.regionNames();
    }
}
