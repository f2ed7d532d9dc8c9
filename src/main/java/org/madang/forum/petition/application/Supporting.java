package org.madang.forum.petition.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.forum.limits.application.ForumLimits;
import org.madang.forum.limits.domain.RateLimit;
import org.madang.forum.petition.application.PetitionViews.Standing;
import org.madang.forum.petition.domain.Petition;
import org.madang.forum.petition.domain.PetitionPhase;
import org.madang.forum.petition.domain.PetitionStatus;
import org.madang.forum.petition.infrastructure.PetitionRepository;
import org.madang.identity.application.ParticipantFacts;
import org.madang.identity.application.ResidentKeys;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.NotFound;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A verified resident supports an open petition once (whichever account they use: the support
 * table's key is the petition and identity's resident key) and may withdraw while it is open.
 * Each support locks the petition's row for its transaction, so the kept count is exact and the
 * support that reaches the agency's threshold is known: the answer's deadline starts then. An
 * account supports or withdraws a limited number of times a minute ({@link ForumLimits}).
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class Supporting {
    @Inject
    PetitionRepository repo;
    @Inject
    ResidentKeys residents;
    @Inject
    ParticipantFacts facts;
    @Inject
    CurrentUser currentUser;
    @Inject
    ForumLimits limits;
    @Inject
    Clock clock;

    /** Whether the caller supports the petition and may support or withdraw now (and if not, why). */
    public Standing standing(long id) {
        Petition p = published(id);
        Optional<UUID> me = residents.current();
        boolean supports = me.isPresent() && repo.supports(id, me.get());
        boolean open = p.phase(Instant.now(clock)) == PetitionPhase.OPEN;
        String refusal = me.isEmpty() ? "petition.refused.notVerified" : !open ? "petition.refused.closed"
                : p.moderation().isVisible() ? null : "petition.support.underModeration";
        return new Standing(supports, refusal == null, refusal);
    }

    @Audited("petition.support")
    public int support(@AuditTarget("petition") long id) {
        UUID me = residents.require();
        String region = facts.mine().region();
        Instant now = withinLimit();
        Petition p = lockPublished(id);
        p.requireOpen(now);
        if (!repo.addSupport(id, me, currentUser.accountId(), region, now)) {
            throw new Conflict("petition.support.already");
        }
        p.supportAdded(now);
        noted(now);
        return p.getSupportCount();
    }

    @Audited("petition.withdraw")
    public int withdraw(@AuditTarget("petition") long id) {
        UUID me = residents.require();
        Instant now = withinLimit();
        Petition p = lockPublished(id);
        p.requireOpen(now);
        if (!repo.removeSupport(id, me)) {
            throw new Conflict("petition.support.none");
        }
        p.supportWithdrawn(now);
        noted(now);
        return p.getSupportCount();
    }

    /** Refuses a support or withdrawal over the account's rate, before the petition's row is locked; returns now. */
    private Instant withinLimit() {
        Instant now = Instant.now(clock);
        RateLimit minute = limits.supportsPerMinute();
        minute.check(repo.supportActionsSince(currentUser.accountId(), minute.since(now)));
        return now;
    }

    /** A withdrawal deletes its support row, so each action is noted apart, for as long as the rate looks back. */
    private void noted(Instant now) {
        repo.noteSupportAction(currentUser.accountId(), now, limits.supportsPerMinute().since(now));
    }

    /** Ids of the petitions the caller supports now (their own list). */
    public List<Long> mine() {
        return repo.supportedBy(currentUser.accountId());
    }

    private Petition published(long id) {
        Petition p = repo.get(id);
        if (p.getStatus() != PetitionStatus.PUBLISHED) {
            throw new NotFound("petition.notFound");
        }
        return p;
    }

    private Petition lockPublished(long id) {
        Petition p = repo.getForUpdate(id);
        if (p.getStatus() != PetitionStatus.PUBLISHED) {
            throw new NotFound("petition.notFound");
        }
        return p;
    }
}
