package org.madang.voting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import org.madang.notification.application.Inbox;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.voting.domain.CastBallot;
import org.madang.voting.domain.Election;
import org.madang.voting.domain.Voter;
import org.madang.voting.domain.belenios.Ballot;
import org.madang.voting.domain.belenios.BallotRejected;
import org.madang.voting.domain.belenios.BallotVerifier;
import org.madang.voting.domain.belenios.Credentials;
import org.madang.voting.domain.belenios.ElectionContext;
import org.madang.voting.infrastructure.ElectionRepository;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Casting: receives the ballot the voter's browser encrypted and signed, checks every proof, binds
 * the credential to the voter on their first ballot, and appends it to the ballot box. A later
 * ballot with the same credential replaces the earlier one in the tally (both stay on the board).
 */
@Stateless
@RolesAllowed({Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE, Roles.OFFICER, Roles.SUPERVISOR, Roles.ELECTION_ADMIN,
        Roles.ADMIN, Roles.AUDITOR, Roles.PRIVACY_OFFICER})
public class Booth {
    /** The body of the message that delivers a voter's credential; its second argument is the credential. */
    static final String CREDENTIAL_NOTICE = "voting.notice.credential.body";
    private static final int CREDENTIAL_ARGUMENT = 1;
    /** A ballot of a 30-answer question is about 40 KB; this bounds what a caller can make the server parse. */
    static final int MAX_BALLOT_CHARS = 1_000_000;

    @Inject
    ElectionRepository repo;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;
    @Inject
    Inbox inbox;

    /** The booth of one election: the address the credential message links to. */
    static String link(String uuid) {
        return "/my/booth.xhtml?election=" + uuid;
    }

    /**
     * The caller's own credential for this election, read from the message that delivered it to
     * their inbox, so the booth can fill it in (it never travels in an address). Empty when the
     * caller is not on the roll or the message is gone.
     */
    @OwnDataOnly
    public Optional<String> credentialFromInbox(@NotBlank String uuid) {
        if (!onRoll(uuid)) {
            return Optional.empty();
        }
        return inbox.argumentsOfMine(CREDENTIAL_NOTICE, link(uuid))
                .filter(args -> args.size() > CREDENTIAL_ARGUMENT)
                .map(args -> args.get(CREDENTIAL_ARGUMENT))
                .filter(Credentials::isValid);
    }

    /** Whether the caller is on the roll of this election (the booth page says so before they try). */
    public boolean onRoll(@NotBlank String uuid) {
        Election e = repo.get(uuid);
        return repo.voter(e.getId(), currentUser.accountId()).isPresent();
    }

    /** Whether the caller has cast a ballot already (a new one will replace it). */
    public boolean hasVoted(@NotBlank String uuid) {
        Election e = repo.get(uuid);
        return repo.voter(e.getId(), currentUser.accountId()).map(v -> v.getCredential() != null).orElse(false);
    }

    @Audited("election.cast")
    public ElectionViews.CastReceipt cast(@AuditTarget("election") @NotBlank String uuid, String ballotJson) {
        if (ballotJson == null || ballotJson.isBlank() || ballotJson.length() > MAX_BALLOT_CHARS) {
            throw new InvalidInput("voting.ballot.refused.malformed");
        }
        long me = currentUser.accountId();
        Election unlocked = repo.get(uuid);
        unlocked.requireOpen(Instant.now(clock));
        if (repo.voter(unlocked.getId(), me).isEmpty()) {
            throw new Forbidden("voting.ballot.notOnRoll");
        }
        // the proofs are checked before taking the election's lock: they are the slow part
        Ballot b = verify(unlocked, ballotJson);
        Election e = repo.lock(uuid);
        Instant now = Instant.now(clock);
        e.requireOpen(now);
        Voter v = repo.voter(e.getId(), me).orElseThrow(() -> new Forbidden("voting.ballot.notOnRoll"));
        if (!repo.byTracker(e.getId(), b.tracker()).isEmpty()) {
            throw new Conflict("voting.ballot.duplicate");
        }
        String credential = b.credential().toString();
        boolean revote = v.getCredential() != null;
        v.castWith(credential, repo.credentialBoundToAnother(e.getId(), credential, me), now);
        int seq = repo.ballotCount(e.getId()) + 1;
        repo.add(new CastBallot(e.getId(), seq, b, now));
        return new ElectionViews.CastReceipt(b.tracker(), seq, now, revote);
    }

    private Ballot verify(Election e, String json) {
        try {
            Set<BigInteger> creds = repo.credentials(e).members();
            return new BallotVerifier(ElectionContext.of(e.belenios())).parseAndVerify(json, creds);
        } catch (BallotRejected r) {
            throw new BallotRefused(r.problem());
        }
    }
}
