package org.madang.voting.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.Conflict;
import org.madang.voting.domain.belenios.TestWorkers;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.voting.domain.belenios.ArchiveVerifier;
import org.madang.voting.domain.belenios.Ballot;
import org.madang.voting.domain.belenios.BallotBuilder;
import org.madang.voting.domain.belenios.ElectionContext;
import org.madang.voting.domain.belenios.ElectionResult;
import org.madang.voting.domain.belenios.PartialDecryption;
import org.madang.voting.domain.belenios.Tally;
import org.madang.voting.domain.belenios.TallyResult;
import org.madang.voting.domain.belenios.TrusteeKeyPair;
import org.madang.voting.domain.belenios.Verdict;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The election aggregate's rules, and a whole election through it whose archive the core verifies. */
class ElectionTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

    private static Election draft() {
        Election e = new Election("TestVoteUuidAbcd", "구청장 선거 (test)", "desc", NOW.plus(Duration.ofHours(1)),
                NOW.plus(Duration.ofDays(1)), 1L, NOW);
        e.addQuestion(new ElectionQuestion("Who?", List.of("Alice", "Bob", "Carol"), 1, 1));
        return e;
    }

    @Test
    void setUpInputIsChecked() {
        assertThatThrownBy(() -> new Election("TestVoteUuidAbcd", "x", "", NOW, NOW, 1L, NOW))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("voting.election.closesBeforeOpening");
        assertThatThrownBy(() -> new ElectionQuestion("Q", List.of("only one"), 1, 1))
                .hasMessageContaining("voting.question.answerCount");
        assertThatThrownBy(() -> new ElectionQuestion("Q", List.of("a", "b"), 2, 3))
                .hasMessageContaining("voting.question.range");
        assertThatThrownBy(() -> new ElectionQuestion("Q", List.of("a", "a"), 1, 1))
                .hasMessageContaining("voting.question.duplicateAnswer");
        assertThatThrownBy(() -> draft().useVoterList(List.of("not an address")))
                .hasMessageContaining("voting.election.voterListInvalid");
        Election e = draft();
        e.assignTrustee(7L, "Kim");
        assertThatThrownBy(() -> e.assignTrustee(7L, "Kim")).isInstanceOf(Conflict.class);
    }

    @Test
    void aTrusteeKeyMustCarryAValidProofOfKnowledge() {
        Election e = draft();
        Trustee t = e.assignTrustee(7L, "Kim");
        String good = TrusteeKeyPair.generate(RANDOM).publicKey().toCanonicalJson();
        String otherProof = TrusteeKeyPair.generate(RANDOM).publicKey().toCanonicalJson();
        // the public key of one pair with the proof of another
        String forged = good.substring(0, good.indexOf("\"public_key\"")) + otherProof.substring(otherProof.indexOf("\"public_key\""));
        assertThatThrownBy(() -> t.uploadPublicKey(forged)).hasMessageContaining("voting.trustee.keyInvalid");
        assertThatThrownBy(() -> t.uploadPublicKey("{\"pok\": 1}")).hasMessageContaining("voting.trustee.keyMalformed");
        t.uploadPublicKey(good + "\n");
        assertThat(t.hasKey()).isTrue();
    }

    @Test
    void freezingNeedsQuestionsKeysAndAPersonTrusteeUnlessConfiguredOtherwise() {
        Election noTrustee = draft();
        assertThatThrownBy(() -> noTrustee.freeze(List.of(1L), true, NOW, RANDOM)).hasMessageContaining("noTrustee");

        Election keyMissing = draft();
        keyMissing.assignTrustee(7L, "Kim");
        assertThatThrownBy(() -> keyMissing.freeze(List.of(1L), true, NOW, RANDOM)).hasMessageContaining("keyMissing");

        Election portalOnly = draft();
        portalOnly.addPortalTrustee(RANDOM);
        assertThatThrownBy(() -> portalOnly.freeze(List.of(1L), false, NOW, RANDOM))
                .hasMessageContaining("voting.freeze.portalSoleTrustee");
        assertThatThrownBy(() -> portalOnly.freeze(List.of(), true, NOW, RANDOM)).hasMessageContaining("emptyRoll");
        Election.Freezing frozen = portalOnly.freeze(List.of(1L, 2L, 2L), true, NOW, RANDOM);
        var issued = frozen.issued();
        assertThat(issued).extracting(Election.IssuedCredential::accountId).containsExactly(1L, 2L);
        assertThat(portalOnly.getStatus()).isEqualTo(ElectionStatus.FROZEN);
        assertThat(frozen.publicCredentials().size()).isEqualTo(2);
        assertThatThrownBy(() -> portalOnly.addQuestion(new ElectionQuestion("Q", List.of("a", "b"), 1, 1)))
                .isInstanceOf(Conflict.class);
        assertThat(issued.toString()).doesNotContain(issued.get(0).printed());
    }

    @Test
    void theBallotBoxIsOpenOnlyBetweenOpeningAndClosing() {
        Election e = draft();
        e.addPortalTrustee(RANDOM);
        e.freeze(List.of(1L), true, NOW, RANDOM);
        assertThat(e.phaseAt(NOW)).isEqualTo(ElectionPhase.UPCOMING);
        assertThatThrownBy(() -> e.requireOpen(NOW)).hasMessageContaining("voting.ballot.notOpen");
        e.requireOpen(NOW.plus(Duration.ofHours(2)));
        assertThat(e.phaseAt(NOW.plus(Duration.ofDays(2)))).isEqualTo(ElectionPhase.CLOSED);
    }

    @Test
    void aCredentialBelongsToTheFirstVoterWhoCastsWithIt() {
        Voter v = new Voter(1, 2, NOW);
        assertThatThrownBy(() -> v.castWith("123", true, NOW)).isInstanceOf(Forbidden.class)
                .hasMessageContaining("credentialOfAnother");
        v.castWith("123", false, NOW);
        v.castWith("123", false, NOW);
        assertThatThrownBy(() -> v.castWith("456", false, NOW)).hasMessageContaining("otherCredential");
    }

    /** Freeze, ballots with a revote, tally, two decryptions, result: every archive along the way verifies. */
    @Test
    void aWholeElectionYieldsArchivesThatVerifyAndExtendEachOther() {
        Election e = draft();
        e.addQuestion(new ElectionQuestion("Which?", List.of("P", "Q", "R", "S"), 1, 2));
        e.addPortalTrustee(RANDOM);
        Trustee person = e.assignTrustee(7L, "Kim");
        TrusteeKeyPair personKey = TrusteeKeyPair.generate(RANDOM);
        person.uploadPublicKey(personKey.publicKey().toCanonicalJson());
        Election.Freezing frozen = e.freeze(List.of(1L, 2L, 3L), false, NOW, RANDOM);
        var issued = frozen.issued();
        ElectionContext ctx = ElectionContext.of(e.belenios());
        BallotBuilder builder = new BallotBuilder(ctx, RANDOM);
        List<CastBallot> box = new ArrayList<>();
        int[][][] choices = {{{1, 0, 0}, {1, 1, 0, 0}}, {{0, 1, 0}, {0, 0, 1, 0}}, {{0, 1, 0}, {0, 0, 0, 1}}};
        for (int i = 0; i < 3; i++) {
            Ballot b = builder.build(issued.get(i).printed(), choices[i]);
            box.add(new CastBallot(1, box.size() + 1, b, NOW));
        }
        byte[] snapshot = PublicRecord.archive(e, frozen.publicCredentials(), box);
        box.add(new CastBallot(1, box.size() + 1, builder.build(issued.get(2).printed(), new int[][] {{0, 0, 1}, {1, 0, 0, 1}}), NOW));

        Instant closing = e.getClosesAt();
        TallyResult tally = Tally.computeEntries(ctx.election(), box.stream().map(b -> Tally.Entry.of(b.ballot())).toList(),
                frozen.publicCredentials().weights(), TestWorkers.of(2));
        assertThatThrownBy(() -> e.close(tally, closing.minusSeconds(1))).hasMessageContaining("notClosedYet");
        e.close(tally, closing);
        assertThat(tally.numTallied()).isEqualTo(3);
        List<PartialDecryption> pds = new ArrayList<>();
        for (Trustee t : e.getTrustees()) {
            PartialDecryption pd = PartialDecryption.create(ctx, tally.tally(),
                    t.isPortal() ? t.portalPrivateKey() : personKey.privateKey(), RANDOM);
            assertThatThrownBy(() -> e.publishResult(new ElectionResult(List.of()), closing))
                    .hasMessageContaining("decryptionsMissing");
            e.recordDecryption(t, pd.toCanonicalJson(), closing);
            pds.add(pd);
        }
        ElectionResult result = ElectionResult.compute(tally.tally(), pds, tally.totalWeight());
        assertThat(result.counts()).containsExactly(Arrays.asList(1L, 1L, 1L), Arrays.asList(2L, 1L, 1L, 1L));
        e.publishResult(result, closing);

        byte[] complete = PublicRecord.archive(e, frozen.publicCredentials(), box);
        Verdict v = ArchiveVerifier.verify(complete, TestWorkers.of(2));
        assertThat(v.valid()).as(v.toString()).isTrue();
        assertThat(v.summary().result()).isEqualTo(result);
        assertThat(ArchiveVerifier.verify(snapshot, TestWorkers.of(2)).valid()).isTrue();
        assertThat(Arrays.copyOf(complete, snapshot.length)).as("the snapshot is a prefix").isEqualTo(snapshot);
        assertThat(e.getStatus()).isEqualTo(ElectionStatus.FINISHED);
    }
}
