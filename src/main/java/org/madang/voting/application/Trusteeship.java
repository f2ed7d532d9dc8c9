package org.madang.voting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.NotFound;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.voting.domain.Election;
import org.madang.voting.domain.ElectionStatus;
import org.madang.voting.domain.Trustee;
import org.madang.voting.infrastructure.ElectionRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A trustee's part: upload the public key (made in the browser or by belenios-tool) during set-up,
 * and after closing the partial decryption of the tally. The portal checks both proofs; the
 * private key never comes here.
 */
@Stateless
@RolesAllowed({Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE, Roles.OFFICER, Roles.SUPERVISOR, Roles.ELECTION_ADMIN,
        Roles.ADMIN, Roles.AUDITOR, Roles.PRIVACY_OFFICER})
public class Trusteeship {
    @Inject
    ElectionRepository repo;
    @Inject
    TallyWork tallyWork;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    public List<ElectionViews.Trusteeship> mine() {
        Instant now = Instant.now(clock);
        return repo.trusteeshipsOf(currentUser.accountId()).stream().map(t -> view(t, now)).toList();
    }

    public ElectionViews.Trusteeship mine(@NotBlank String uuid) {
        return view(myTrustee(repo.get(uuid)), Instant.now(clock));
    }

    /** The Belenios parameters' group, for a browser that makes the key pair. */
    public String electionJson(@NotBlank String uuid) {
        Election e = repo.get(uuid);
        myTrustee(e);
        return e.getElectionJson();
    }

    @Audited("election.trustee.key")
    public void uploadPublicKey(@AuditTarget("election") @NotBlank String uuid, @NotBlank String publicKeyJson) {
        myTrustee(repo.lock(uuid)).uploadPublicKey(publicKeyJson);
    }

    @Audited("election.trustee.decrypt")
    public void submitDecryption(@AuditTarget("election") @NotBlank String uuid, @NotBlank String decryptionJson) {
        Election e = repo.lock(uuid);
        Trustee t = myTrustee(e);
        if (e.getStatus() != ElectionStatus.TALLYING) {
            throw new Conflict("voting.decryption.notNow");
        }
        tallyWork.acceptDecryption(e, t, decryptionJson, Instant.now(clock));
    }

    private Trustee myTrustee(Election e) {
        long me = currentUser.accountId();
        return e.getTrustees().stream().filter(t -> Long.valueOf(me).equals(t.getAccountId())).findFirst()
                .orElseThrow(() -> new NotFound("voting.trustee.notYours"));
    }

    private static ElectionViews.Trusteeship view(Trustee t, Instant now) {
        Election e = t.getElection();
        return new ElectionViews.Trusteeship(e.getUuid(), e.getName(), e.phaseAt(now), t.getPosition(), t.hasKey(),
                t.hasDecrypted(), e.getStatus() == ElectionStatus.SETUP,
                e.getStatus() == ElectionStatus.TALLYING && !t.hasDecrypted());
    }
}
