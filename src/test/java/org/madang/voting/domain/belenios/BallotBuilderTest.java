package org.madang.voting.domain.belenios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BallotBuilderTest {
    private final SecureRandom random = new SecureRandom();

    private ElectionContext election(Question... questions) {
        Trustees t = new Trustees(List.of(TrusteeKeyPair.generate(random).publicKey()));
        return ElectionContext.of(Election.create(Uuids.generate(random), "n", "d", List.of(questions), t, null, null));
    }

    @Test
    void ballotsForEveryKindOfQuestionVerify() {
        ElectionContext ctx = election(
                Question.of("one of three", List.of("a", "b", "c"), 1, 1),
                Question.of("zero to two", List.of("a", "b", "c"), 0, 2),
                new Question(List.of("a", "b", "c"), true, 1, 3, "with blank"),
                new Question(List.of("a"), true, 0, 1, "blank, min 0"));
        BallotVerifier v = new BallotVerifier(ctx);
        String cred = Credentials.generate(random);
        Set<BigInteger> creds = Set.of(Credentials.publicCredential(cred, ctx.election().uuid()));
        int[][][] votes = {
            {{0, 0, 1}, {0, 0, 0}, {1, 0, 0, 0}, {1, 0}},
            {{1, 0, 0}, {1, 1, 0}, {0, 1, 1, 1}, {0, 0}},
            {{0, 1, 0}, {0, 0, 1}, {0, 0, 1, 0}, {0, 1}},
        };
        for (int[][] vote : votes) {
            Ballot b = new BallotBuilder(ctx, random).build(cred, vote);
            assertThat(v.parseAndVerify(b.json(), creds).json()).isEqualTo(b.json());
            assertThat(b.answers().get(2).blankProof()).hasSize(2);
            assertThat(b.answers().get(2).overallProof()).hasSize(3 - 1 + 2);
            assertThat(b.answers().get(0).blankProof()).isNull();
        }
    }

    @Test
    void invalidChoicesAreRefusedBeforeEncrypting() {
        ElectionContext ctx = election(Question.of("q", List.of("a", "b", "c"), 1, 2),
                new Question(List.of("x", "y"), true, 1, 1, "b"));
        BallotBuilder b = new BallotBuilder(ctx, random);
        String cred = Credentials.generate(random);
        assertThatThrownBy(() -> b.build(cred, new int[][] {{0, 0, 0}, {1, 0, 0}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.build(cred, new int[][] {{1, 1, 1}, {1, 0, 0}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.build(cred, new int[][] {{2, 0, 0}, {1, 0, 0}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.build(cred, new int[][] {{1, 0, 0}, {1, 1, 0}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.build(cred, new int[][] {{1, 0, 0}, {0, 1}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.build(cred, new int[][] {{1, 0, 0}})).isInstanceOf(IllegalArgumentException.class);
        b.build(cred, new int[][] {{1, 0, 1}, {0, 0, 1}});
    }

    @Test
    void theTrackerIsTheHashOfTheBallot() {
        ElectionContext ctx = Sample.context();
        Ballot b = new BallotBuilder(ctx, random).build(Sample.privateCredentials().get("voter1@example.com"),
                new int[][] {{1, 0, 0}});
        assertThat(b.tracker()).isEqualTo(Group.sha256Base64(b.json())).hasSize(43);
        assertThat(b.electionHash()).isEqualTo(Sample.FINGERPRINT);
    }
}
