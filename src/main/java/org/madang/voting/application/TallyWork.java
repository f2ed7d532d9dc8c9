package org.madang.voting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.notification.Notice;
import org.madang.voting.domain.Election;
import org.madang.voting.domain.Trustee;
import org.madang.voting.domain.belenios.Ballot;
import org.madang.voting.domain.belenios.BeleniosException;
import org.madang.voting.domain.belenios.ElectionContext;
import org.madang.voting.domain.belenios.ElectionResult;
import org.madang.voting.domain.belenios.PartialDecryption;
import org.madang.voting.domain.belenios.Tally;
import org.madang.voting.domain.belenios.TallyResult;
import org.madang.voting.infrastructure.ElectionRepository;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

/**
 * The steps after closing, shared by the administrator's button and the closing timer: the
 * encrypted tally, the portal's own partial decryption, every trustee's checked decryption, and
 * the result once all are in. Runs inside its caller's transaction (not an EJB: no roles of its own).
 */
@ApplicationScoped
public class TallyWork {
    public static final String CATEGORY = "voting";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ElectionRepository repo;
    @Inject
    Event<Notice> notices;

    /** Closes a (locked) election whose closing time has passed and computes its encrypted tally. */
    void close(Election e, Instant now) {
        org.madang.voting.domain.belenios.Election params = e.belenios();
        Tally.Accumulator tally = Tally.accumulator(params, repo.credentials(e).weights());
        for (String ballot : repo.countedBallots(e.getId())) {
            tally.add(Tally.Entry.of(Ballot.parse(ballot)));
        }
        TallyResult t = tally.result();
        e.close(t, now);
        for (Trustee trustee : e.getTrustees()) {
            if (trustee.isPortal()) {
                PartialDecryption pd = PartialDecryption.create(ElectionContext.of(params), t.tally(),
                        trustee.portalPrivateKey(), RANDOM);
                e.recordDecryption(trustee, pd.toCanonicalJson(), now);
            } else {
                notices.fire(new Notice(trustee.getAccountId(), "voting.notice.decrypt.subject",
                        "voting.notice.decrypt.body", List.of(e.getName(), e.getUuid()),
                        "/my/trustee.xhtml?election=" + e.getUuid(), CATEGORY));
            }
        }
        finishIfComplete(e, now);
    }

    /** Checks a trustee's partial decryption against the tally and their key, records it, and maybe the result. */
    void acceptDecryption(Election e, Trustee trustee, String submitted, Instant now) {
        PartialDecryption pd;
        try {
            pd = PartialDecryption.parse(firstLine(submitted));
        } catch (BeleniosException malformed) {
            throw new InvalidInput("voting.decryption.malformed").onField("decryption");
        }
        String reason = pd.check(ElectionContext.of(e.belenios()), e.tally().tally(), trustee.key().publicKey());
        if (reason != null) {
            throw new InvalidInput("voting.decryption.invalid", reason).onField("decryption");
        }
        e.recordDecryption(trustee, pd.toCanonicalJson(), now);
        finishIfComplete(e, now);
    }

    private void finishIfComplete(Election e, Instant now) {
        if (!e.allTrusteesDecrypted()) {
            return;
        }
        List<PartialDecryption> pds = e.getTrustees().stream().map(t -> PartialDecryption.parse(t.getDecryption()))
                .toList();
        TallyResult t = e.tally();
        e.publishResult(ElectionResult.compute(t.tally(), pds, t.totalWeight()), now);
    }

    /** belenios-tool prints the decryption and then the line for add-event: take the first. */
    private static String firstLine(String text) {
        String s = text == null ? "" : text.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl).strip();
    }
}
