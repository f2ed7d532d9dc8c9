package org.madang.voting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.identity.application.Electorate;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.notification.Notice;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.voting.domain.Election;
import org.madang.voting.domain.ElectionCredentials;
import org.madang.voting.domain.ElectionQuestion;
import org.madang.voting.domain.Eligibility;
import org.madang.voting.domain.Voter;
import org.madang.voting.domain.belenios.Uuids;
import org.madang.voting.infrastructure.ElectionRepository;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Set-up by an election administrator: questions, eligibility, schedule and trustees; then the
 * freeze, which issues one credential per eligible voter (delivered to their inbox and e-mail, then
 * forgotten: only the public credentials stay); and, once closing time has passed, the tally.
 */
@Stateless
@RolesAllowed(Roles.ELECTION_ADMIN)
public class ElectionAdministration {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Polling day (for "aged N or more on polling day") is the closing day in Korea. */

    @Inject
    ElectionRepository repo;
    @Inject
    Electorate electorate;
    @Inject
    TallyWork tallyWork;
    @Inject
    CurrentUser currentUser;
    @Inject
    Event<Notice> notices;
    @Inject
    Clock clock;
    @Inject
    ZoneId zone;
    /** Whether an election may have the portal as its only trustee: true in dev and test, never in production. */
    @Inject
    @ConfigProperty(name = "madang.voting.allowPortalTrustee", defaultValue = "false")
    boolean portalMayBeSoleTrustee;

    @Audited("election.create")
    public String create(@NotBlank String name, String description, @NotNull Instant opensAt,
                         @NotNull Instant closesAt) {
        String uuid = Uuids.generate(RANDOM);
        repo.add(new Election(uuid, name, description, opensAt, closesAt, currentUser.accountId(),
                Instant.now(clock)));
        return uuid;
    }

    @Audited("election.describe")
    public void describe(@AuditTarget("election") @NotBlank String uuid, @NotBlank String name, String description,
                         @NotNull Instant opensAt, @NotNull Instant closesAt) {
        Election e = repo.get(uuid);
        e.describe(name, description);
        e.schedule(opensAt, closesAt);
    }

    @Audited("election.question.add")
    public void addQuestion(@AuditTarget("election") @NotBlank String uuid, String question, List<String> answers,
                            int min, int max) {
        repo.get(uuid).addQuestion(new ElectionQuestion(question, answers, min, max));
    }

    @Audited("election.question.remove")
    public void removeQuestion(@AuditTarget("election") @NotBlank String uuid, int index) {
        repo.get(uuid).removeQuestion(index);
    }

    @Audited("election.eligibility")
    public void restrictToResidents(@AuditTarget("election") @NotBlank String uuid, String region, Integer minAge) {
        repo.get(uuid).restrictToResidents(region, minAge);
    }

    @Audited("election.eligibility")
    public void useVoterList(@AuditTarget("election") @NotBlank String uuid, @NotNull List<String> emails) {
        repo.get(uuid).useVoterList(emails);
    }

    /** Makes the person registered with {@code email} a trustee; they are told to upload their public key. */
    @Audited("election.trustee.assign")
    public void assignTrustee(@AuditTarget("election") @NotBlank String uuid, @NotBlank String email) {
        Election e = repo.get(uuid);
        Electorate.Person p = electorate.person(email.strip())
                .orElseThrow(() -> new InvalidInput("voting.trustee.unknownAccount").onField("trusteeEmail"));
        e.assignTrustee(p.accountId(), p.name());
        notices.fire(new Notice(p.accountId(), "voting.notice.trustee.subject", "voting.notice.trustee.body",
                List.of(e.getName(), uuid), "/my/trustee.xhtml?election=" + uuid, TallyWork.CATEGORY));
    }

    @Audited("election.trustee.portal")
    public void addPortalTrustee(@AuditTarget("election") @NotBlank String uuid) {
        repo.get(uuid).addPortalTrustee(RANDOM);
    }

    @Audited("election.trustee.remove")
    public void removeTrustee(@AuditTarget("election") @NotBlank String uuid, long trusteeId) {
        repo.get(uuid).removeTrustee(trusteeId);
    }

    /**
     * Freezes the roll and the parameters and sends every voter their credential. Returns the size
     * of the roll. Voter-list addresses without an account are refused, so nobody is left out silently.
     */
    @Audited("election.freeze")
    public int freeze(@AuditTarget("election") @NotBlank String uuid) {
        Election e = repo.lock(uuid);
        List<Long> roll = roll(e);
        Instant now = Instant.now(clock);
        Election.Freezing frozen = e.freeze(roll, portalMayBeSoleTrustee, now, RANDOM);
        repo.add(new ElectionCredentials(e.getId(), frozen.publicCredentials()));
        List<Election.IssuedCredential> issued = frozen.issued();
        for (Election.IssuedCredential c : issued) {
            repo.add(new Voter(e.getId(), c.accountId(), now));
            notices.fire(new Notice(c.accountId(), "voting.notice.credential.subject", Booth.CREDENTIAL_NOTICE,
                    List.of(e.getName(), c.printed(), uuid, e.getFingerprint()), Booth.link(uuid), TallyWork.CATEGORY));
        }
        return issued.size();
    }

    /** Closes the ballot box after closing time (the timer does the same every minute) and tallies. */
    @Audited("election.close")
    public void close(@AuditTarget("election") @NotBlank String uuid) {
        tallyWork.close(repo.lock(uuid), Instant.now(clock));
    }

    public List<ElectionViews.Summary> elections() {
        Instant now = Instant.now(clock);
        return repo.all().stream().map(e -> ElectionViews.Summary.of(e, now)).toList();
    }

    public ElectionViews.Details details(@NotBlank String uuid) {
        Election e = repo.get(uuid);
        return ElectionViews.Details.of(e, Instant.now(clock), repo.rollSize(e.getId()), repo.ballotCount(e.getId()),
                repo.votersWhoVoted(e.getId()));
    }

    private List<Long> roll(Election e) {
        if (e.getEligibility() == Eligibility.VOTER_LIST) {
            List<String> unknown = new ArrayList<>();
            List<Long> ids = electorate.accountsOf(e.getVoterList(), unknown);
            if (!unknown.isEmpty()) {
                throw new Conflict("voting.freeze.unknownVoters", String.join(", ", unknown));
            }
            return ids;
        }
        return electorate.verifiedResidents(e.getRegion(), e.getMinAge(),
                e.getClosesAt().atZone(zone).toLocalDate());
    }
}
