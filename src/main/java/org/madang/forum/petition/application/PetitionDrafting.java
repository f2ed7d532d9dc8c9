package org.madang.forum.petition.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.madang.forum.limits.application.ForumLimits;
import org.madang.forum.limits.domain.RateLimit;
import org.madang.forum.limits.domain.SameText;
import org.madang.forum.petition.application.PetitionViews.DraftView;
import org.madang.forum.petition.application.PetitionViews.SponsorStanding;
import org.madang.forum.petition.domain.Petition;
import org.madang.forum.petition.domain.PetitionStatus;
import org.madang.forum.petition.infrastructure.PetitionRepository;
import org.madang.identity.application.ParticipantFacts;
import org.madang.identity.application.ResidentKeys;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.platform.notification.Notice;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A verified resident drafts a petition, gathers {@value Petition#SPONSORS_NEEDED} sponsors (other
 * verified residents, once each, through the draft's private link) and publishes it. Sponsors and
 * the author become its first supporters at publication. An account starts a few petitions a day at
 * most, never the same title or text twice within a while ({@link ForumLimits}).
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class PetitionDrafting {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PetitionRepository repo;
    @Inject
    ResidentKeys residents;
    @Inject
    ParticipantFacts facts;
    @Inject
    PetitionRules rules;
    @Inject
    ForumAgencies agencies;
    @Inject
    CurrentUser currentUser;
    @Inject
    Event<Notice> notices;
    @Inject
    ForumLimits limits;
    @Inject
    Clock clock;

    /** A new draft by the caller, who must be a verified resident; returns its id. */
    @Audited("petition.draft")
    public long draft(@NotNull PetitionForm form) {
        UUID me = residents.require();
        if (form.agency() != null && !form.agency().isBlank() && agencies.find(form.agency()).isEmpty()) {
            throw new InvalidInput("petition.agencyUnknown").onField("agency");
        }
        Instant now = Instant.now(clock);
        withinLimits(form, now);
        Petition p = new Petition(form.title(), form.text(), form.category(), form.agency(), currentUser.accountId(),
                me, newToken(), now);
        repo.add(p);
        return p.getId();
    }

    /**
     * Refuses a petition over the account's daily limit, or with the title or the text of one it
     * started recently (the form keeps what was typed).
     */
    private void withinLimits(PetitionForm form, Instant now) {
        long account = currentUser.accountId();
        RateLimit day = limits.draftsPerDay();
        Instant daySince = day.since(now);
        Instant repeatSince = now.minus(limits.repeatWindow());
        List<Petition> started = repo.startedSince(account, daySince.isBefore(repeatSince) ? daySince : repeatSince);
        day.check(started.stream().filter(p -> p.getCreatedAt().isAfter(daySince)).count());
        List<Petition> recent = started.stream().filter(p -> p.getCreatedAt().isAfter(repeatSince)).toList();
        if (SameText.repeats(form.title(), recent.stream().map(Petition::getTitle).toList())) {
            throw new Conflict("petition.limit.repeated", limits.repeatHours()).onField("title");
        }
        if (SameText.repeats(form.text(), recent.stream().map(Petition::getText).toList())) {
            throw new Conflict("petition.limit.repeated", limits.repeatHours()).onField("text");
        }
    }

    /** The caller's own petitions, drafts included, newest first, each with its sponsor link. */
    public List<DraftView> mine() {
        Instant now = Instant.now(clock);
        return repo.byAuthor(currentUser.accountId()).stream()
                .map(p -> DraftView.of(p, agencies.nameOf(p.getAgencyCode()), now, true)).toList();
    }

    /** One of the caller's own petitions; another's is "not found". */
    public DraftView myDraft(long id) {
        Petition p = repo.find(id).filter(x -> x.isAuthor(currentUser.accountId()))
                .orElseThrow(() -> new NotFound("petition.notFound"));
        return DraftView.of(p, agencies.nameOf(p.getAgencyCode()), Instant.now(clock), true);
    }

    /** The draft behind a sponsor link, and whether the caller may sponsor it. An unknown link is "not found". */
    public SponsorStanding sponsorStanding(String token) {
        Petition p = repo.get(idOf(token));
        Instant now = Instant.now(clock);
        DraftView draft = DraftView.of(p, agencies.nameOf(p.getAgencyCode()), now, false);
        Optional<UUID> me = residents.current();
        if (me.isPresent() && repo.isSponsor(p.getId(), me.get())) {
            return new SponsorStanding(draft, true, null);
        }
        String refusal = null;
        if (me.isEmpty()) {
            refusal = "petition.refused.notVerified";
        } else if (p.getStatus() != PetitionStatus.DRAFT) {
            refusal = "petition.refused.published";
        } else if (p.getAuthorResidentKey().equals(me.get())) {
            refusal = "petition.refused.author";
        } else if (p.hasAllSponsors() && p.getAuthorAccountId() != null) {
            refusal = "petition.refused.enough";
        }
        return new SponsorStanding(draft, false, refusal);
    }

    /** The caller sponsors the draft behind the link, once; the author is told when the last sponsor signs. */
    @Audited("petition.sponsor")
    public long sponsor(String token) {
        long id = idOf(token);
        UUID me = residents.require();
        Petition p = repo.getForUpdate(id);
        p.sponsored(me);
        Instant now = Instant.now(clock);
        if (!repo.addSponsor(id, me, currentUser.accountId(), facts.mine().region(), now)) {
            throw new Conflict("petition.sponsor.already");
        }
        if (p.hasAllSponsors() && p.getAuthorAccountId() != null) {
            notices.fire(new Notice(p.getAuthorAccountId(), "petition.notice.sponsored.subject",
                    "petition.notice.sponsored.body", List.of(p.getTitle()), PetitionPages.MINE + id, "petition"));
        }
        return id;
    }

    /**
     * The author publishes the sponsored draft under the agency's rule as it stands now; the
     * sponsors and the author are its first supporters.
     */
    @Audited("petition.publish")
    public void publish(@AuditTarget("petition") long id) {
        UUID me = residents.require();
        Petition p = repo.getForUpdate(id);
        if (!p.isAuthor(currentUser.accountId())) {
            throw new NotFound("petition.notFound");
        }
        Instant now = Instant.now(clock);
        p.publish(currentUser.accountId(), rules.ruleOf(p.getAgencyCode()), now);
        int sponsors = repo.sponsorsSupport(id, now);
        for (int i = 0; i < sponsors; i++) {
            p.supportAdded(now);
        }
        if (repo.addSupport(id, me, currentUser.accountId(), facts.mine().region(), now)) {
            p.supportAdded(now);
        }
    }

    private long idOf(String token) {
        if (token == null || token.length() > 64) {
            throw new NotFound("petition.notFound");
        }
        return repo.idByToken(token).orElseThrow(() -> new NotFound("petition.notFound"));
    }

    private static String newToken() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
