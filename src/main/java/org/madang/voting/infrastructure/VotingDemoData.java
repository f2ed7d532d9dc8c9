package org.madang.voting.infrastructure;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.madang.identity.application.AccountDirectory;
import org.madang.platform.notification.Notice;
import org.madang.platform.persistence.DemoDataRequested;
import org.madang.voting.application.TallyWork;
import org.madang.voting.domain.CastBallot;
import org.madang.voting.domain.Election;
import org.madang.voting.domain.ElectionCredentials;
import org.madang.voting.domain.ElectionQuestion;
import org.madang.voting.domain.Trustee;
import org.madang.voting.domain.Voter;
import org.madang.voting.domain.belenios.Ballot;
import org.madang.voting.domain.belenios.BallotBuilder;
import org.madang.voting.domain.belenios.BallotVerifier;
import org.madang.voting.domain.belenios.ElectionContext;
import org.madang.voting.domain.belenios.ElectionResult;
import org.madang.voting.domain.belenios.PartialDecryption;
import org.madang.voting.domain.belenios.Tally;
import org.madang.voting.domain.belenios.Workers;
import org.madang.voting.domain.belenios.TallyResult;
import org.madang.voting.domain.belenios.TrusteeKeyPair;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A finished demo election, run through the real protocol with the real group: credentials,
 * ballots made by the project's own ballot code and checked like any cast ballot, a revote, the
 * tally, the portal's and a person trustee's checked partial decryptions, and the result. Its
 * archive verifies with belenios-tool on a fresh start. Loaded once (fixed uuid); about a second.
 */
@Stateless
public class VotingDemoData {
    public static final String DEMO_UUID = "MadangDemoVote26";
    public static final String OPEN_UUID = "MadangLibVote26";
    static final List<String> OPEN_VOTERS = List.of("citizen@madang.go.kr", "resident@madang.go.kr",
            "citizen.en@madang.go.kr", "business@madang.go.kr");
    static final List<String> VOTERS = List.of("citizen@madang.go.kr", "resident@madang.go.kr",
            "citizen.en@madang.go.kr", "business@madang.go.kr", "officer@madang.go.kr", "officer2@madang.go.kr");
    /** Each voter's choices, and the resident's second thoughts (a revote). */
    private static final int[][][] CHOICES = {
            {{1, 0, 0}, {1, 1, 0, 0}}, {{0, 1, 0}, {0, 1, 0, 0}}, {{1, 0, 0}, {0, 0, 1, 1}},
            {{0, 0, 1}, {1, 0, 0, 1}}, {{1, 0, 0}, {0, 1, 1, 0}}};
    private static final int[][] REVOTE = {{1, 0, 0}, {0, 1, 0, 1}};
    private static final Logger LOG = Logger.getLogger(VotingDemoData.class.getName());

    @Inject
    ElectionRepository repo;
    @Inject
    AccountDirectory directory;
    @Inject
    Clock clock;
    @Inject
    Event<Notice> notices;

    /** After identity's loader (default priority): the roll and the trustee are demo accounts. */
    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DemoDataRequested event) {
        finishedElection();
    }

    /** Last: the credential notices must not be the first messages of the demo inboxes (notification's demo data). */
    public void loadOpen(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) DemoDataRequested event) {
        openElection();
    }

    /**
     * An election open for a month that the demo citizens may vote in at once: frozen, with each
     * voter's credential in their inbox (and mail), as the administrator's freeze sends it. The
     * portal is its only trustee (allowed in demo configurations only), so it can be tallied at
     * closing without a person's key that a demo could not keep.
     */
    private void openElection() {
        if (repo.find(OPEN_UUID).isPresent()) {
            return;
        }
        var admin = directory.accountIdOf("election@madang.go.kr");
        List<Long> roll = new ArrayList<>();
        for (String email : OPEN_VOTERS) {
            directory.accountIdOf(email).ifPresent(roll::add);
        }
        if (admin.isEmpty() || roll.size() < OPEN_VOTERS.size()) {
            LOG.warning("open demo election skipped: the demo accounts are missing");
            return;
        }
        SecureRandom random = new SecureRandom();
        Instant now = Instant.now(clock);
        Election e = new Election(OPEN_UUID, "마당구 도서관 휴관일 주민투표 (시범) · Madang library closing day vote (pilot)",
                "구립 도서관이 쉬는 요일을 정하는 시범 투표입니다. 투표 자격 증명은 알림함에 있습니다. A pilot vote on the day "
                        + "the district library closes; your voting credential is in your inbox.",
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), admin.get(), now.minus(Duration.ofDays(2)));
        e.addQuestion(new ElectionQuestion("도서관이 쉬는 날 · The day the library closes",
                List.of("월요일 · Monday", "화요일 · Tuesday", "일요일 · Sunday"), 1, 1));
        e.useVoterList(OPEN_VOTERS);
        e.addPortalTrustee(random);
        repo.add(e);
        repo.flush();
        Instant frozen = now.minus(Duration.ofHours(12));
        Election.Freezing freezing = e.freeze(roll, true, frozen, random);
        repo.add(new ElectionCredentials(e.getId(), freezing.publicCredentials()));
        for (Election.IssuedCredential c : freezing.issued()) {
            repo.add(new Voter(e.getId(), c.accountId(), frozen));
            notices.fire(new Notice(c.accountId(), "voting.notice.credential.subject", "voting.notice.credential.body",
                    List.of(e.getName(), c.printed(), OPEN_UUID, e.getFingerprint()), "/my/booth.xhtml?election=" + OPEN_UUID,
                    TallyWork.CATEGORY));
        }
        LOG.info("voting demo data: open election " + OPEN_UUID + ", credentials sent to " + roll.size() + " voters");
    }

    private void finishedElection() {
        if (repo.find(DEMO_UUID).isPresent()) {
            return;
        }
        List<Long> roll = new ArrayList<>();
        for (String email : VOTERS) {
            directory.accountIdOf(email).ifPresent(roll::add);
        }
        var trusteeAccount = directory.accountIdOf("supervisor@madang.go.kr");
        var admin = directory.accountIdOf("election@madang.go.kr");
        if (roll.size() < CHOICES.length || trusteeAccount.isEmpty() || admin.isEmpty()) {
            LOG.warning("voting demo data skipped: the demo accounts are missing");
            return;
        }
        long t0 = System.currentTimeMillis();
        SecureRandom random = new SecureRandom();
        Instant now = Instant.now(clock);
        Instant opens = now.minus(Duration.ofDays(14));
        Instant closes = now.minus(Duration.ofDays(7));

        Election e = new Election(DEMO_UUID, "마당구 중앙공원 주민투표 (시범) · Madang Central Park vote (pilot)",
                "중앙공원 개선 사업의 우선순위를 정하는 시범 투표입니다. A pilot vote on the priorities of the "
                        + "Central Park improvement works.", opens, closes, admin.get(), opens.minus(Duration.ofDays(3)));
        e.addQuestion(new ElectionQuestion("먼저 할 사업 하나 · The first project",
                List.of("어린이 놀이터 · Children's playground", "산책로 조명 · Footpath lighting",
                        "야외 운동기구 · Outdoor fitness equipment"), 1, 1));
        e.addQuestion(new ElectionQuestion("늦게까지 여는 도서관 요일 (1–2개) · Late library opening days (1–2)",
                List.of("월 · Mon", "수 · Wed", "금 · Fri", "토 · Sat"), 1, 2));
        e.useVoterList(VOTERS);
        e.addPortalTrustee(random);
        Trustee person = e.assignTrustee(trusteeAccount.get(), "정하늘");
        // the person trustee's key pair lives only for this method, as it would on their own device
        TrusteeKeyPair personKey = TrusteeKeyPair.generate(random);
        person.uploadPublicKey(personKey.publicKey().toCanonicalJson());
        repo.add(e);
        repo.flush();

        Instant frozen = opens.minus(Duration.ofDays(1));
        Election.Freezing freezing = e.freeze(roll, true, frozen, random);
        repo.add(new ElectionCredentials(e.getId(), freezing.publicCredentials()));
        List<Election.IssuedCredential> issued = freezing.issued();
        var weights = freezing.publicCredentials().weights();
        ElectionContext ctx = ElectionContext.of(e.belenios());
        BallotBuilder builder = new BallotBuilder(ctx, random);
        BallotVerifier verifier = new BallotVerifier(ctx);
        var credentials = weights.keySet();
        List<Voter> voters = new ArrayList<>();
        for (Election.IssuedCredential c : issued) {
            Voter v = new Voter(e.getId(), c.accountId(), frozen);
            repo.add(v);
            voters.add(v);
        }
        List<Ballot> ballots = new ArrayList<>();
        Instant at = opens.plus(Duration.ofHours(2));
        for (int i = 0; i < CHOICES.length; i++) {
            ballots.add(cast(e, voters.get(i), issued.get(i).printed(), CHOICES[i], builder, verifier, credentials,
                    ballots.size() + 1, at = at.plus(Duration.ofHours(7))));
        }
        cast(e, voters.get(1), issued.get(1).printed(), REVOTE, builder, verifier, credentials, ballots.size() + 1,
                at.plus(Duration.ofDays(1)));

        Instant closedAt = closes.plus(Duration.ofMinutes(1));
        List<Tally.Entry> entries = repo.ballots(e.getId()).stream().map(b -> Tally.Entry.of(b.ballot())).toList();
        TallyResult tally = Tally.computeEntries(ctx.election(), entries, weights, Workers.inline()); // a handful of ballots
        e.close(tally, closedAt);
        List<PartialDecryption> pds = new ArrayList<>();
        for (Trustee t : e.getTrustees()) {
            var x = t.isPortal() ? t.portalPrivateKey() : personKey.privateKey();
            PartialDecryption pd = PartialDecryption.create(ctx, tally.tally(), x, random);
            String problem = pd.check(ctx, tally.tally(), t.key().publicKey());
            if (problem != null) {
                throw new IllegalStateException("demo decryption of trustee " + t.getPosition() + ": " + problem);
            }
            e.recordDecryption(t, pd.toCanonicalJson(), closedAt.plus(Duration.ofHours(t.getPosition())));
            pds.add(pd);
        }
        e.publishResult(ElectionResult.compute(tally.tally(), pds, tally.totalWeight()), closedAt.plus(Duration.ofHours(3)));
        LOG.info("voting demo data: finished election " + DEMO_UUID + " with " + (CHOICES.length + 1) + " ballots in "
                + (System.currentTimeMillis() - t0) + " ms");
    }

    private Ballot cast(Election e, Voter v, String printed, int[][] choices, BallotBuilder builder,
                        BallotVerifier verifier, Set<BigInteger> credentials, int seq, Instant at) {
        // checked exactly as a ballot from a browser is
        Ballot b = verifier.parseAndVerify(builder.build(printed, choices).json(), credentials);
        v.castWith(b.credential().toString(), false, at);
        repo.add(new CastBallot(e.getId(), seq, b, at));
        repo.flush();
        return b;
    }
}
