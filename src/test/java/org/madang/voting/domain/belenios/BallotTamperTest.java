package org.madang.voting.domain.belenios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ballots a cheating client or server could submit: each must be refused at casting, with the right reason. */
class BallotTamperTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static ElectionContext ctx;
    private static Set<BigInteger> credentials;
    private static List<String> printed;
    private static BallotVerifier verifier;

    @BeforeAll
    static void sample() {
        ctx = Sample.context();
        Archive a = Archive.read(Sample.bel());
        credentials = PublicCredentials.parse(a.text(SampleElectionTest.setup(a).credentials())).weights().keySet();
        printed = new ArrayList<>(Sample.privateCredentials().values());
        verifier = new BallotVerifier(ctx);
    }

    private static BigInteger secret(int voter) {
        return Credentials.deriveSecret(printed.get(voter), Sample.UUID);
    }

    private static Ballot genuine(int voter) {
        return new BallotBuilder(ctx, RANDOM).build(printed.get(voter), new int[][] {{0, 1, 0}});
    }

    /** A ballot signed by the holder of {@code secret}: the signature is right, whatever the answers. */
    static Ballot signed(String uuid, String electionHash, BigInteger secret, List<Answer> answers) {
        BigInteger credential = Group.gPow(secret);
        String h = Group.sha256Base64(Ballot.unsignedJson(uuid, electionHash, credential, answers));
        BigInteger w = Group.randomExponent(RANDOM);
        BigInteger c = Group.hash("sig|" + h + "|", List.of(Group.gPow(w)));
        Proof p = new Proof(c, w.subtract(secret.multiply(c)).mod(Group.Q));
        return Ballot.signed(uuid, electionHash, credential, answers, new Ballot.Signature(h, p));
    }

    private static void refused(ThrowingCallable call, BallotProblem problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BallotRejected.class,
                e -> assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem));
    }

    private static void refused(Ballot b, BallotProblem problem) {
        refused(() -> verifier.verify(b, credentials), problem);
    }

    @Test
    void ourOwnBallotsAndTheToolsAreAccepted() {
        Ballot b = genuine(0);
        verifier.parseAndVerify(b.json(), credentials);
        String tool = Sample.payloads(Archive.read(Sample.bel()), EventType.Ballot).get(0);
        assertThat(verifier.parseAndVerify(tool, credentials).tracker()).isEqualTo(Group.sha256Base64(tool));
    }

    @Test
    void aBadIndividualProofIsRefusedEvenWhenReSigned() {
        Ballot b = genuine(1);
        Answer a = b.answers().get(0);
        List<List<Proof>> proofs = new ArrayList<>(a.individualProofs());
        Proof p = proofs.get(1).get(0);
        proofs.set(1, List.of(new Proof(p.challenge(), p.response().add(BigInteger.ONE).mod(Group.Q)), proofs.get(1).get(1)));
        List<Answer> forged = List.of(new Answer(a.choices(), proofs, a.overallProof(), null));
        refused(signed(Sample.UUID, Sample.FINGERPRINT, secret(1), forged), BallotProblem.BAD_INDIVIDUAL_PROOF);
        // without re-signing, the signature no longer covers the ballot
        Ballot unsigned = Ballot.signed(Sample.UUID, Sample.FINGERPRINT, b.credential(), forged, b.signature());
        refused(unsigned, BallotProblem.SIGNATURE_HASH_MISMATCH);
    }

    @Test
    void aBadOverallProofIsRefused() {
        Ballot b = genuine(2);
        Answer a = b.answers().get(0);
        Proof p = a.overallProof().get(0);
        List<Answer> forged = List.of(new Answer(a.choices(), a.individualProofs(),
                List.of(new Proof(p.challenge().add(BigInteger.ONE), p.response())), null));
        refused(signed(Sample.UUID, Sample.FINGERPRINT, secret(2), forged), BallotProblem.BAD_OVERALL_PROOF);
    }

    @Test
    void aVoteForTwoCandidatesCannotProveItsRange() {
        // 1,1,0 with genuine 0/1 proofs (same credential, so they transplant) and an overall proof made for 0,1,0
        Ballot one = genuine(3);
        Ballot other = new BallotBuilder(ctx, RANDOM).build(printed.get(3), new int[][] {{1, 0, 0}});
        Answer a = one.answers().get(0);
        Answer b = other.answers().get(0);
        List<Answer> forged = List.of(new Answer(List.of(b.choices().get(0), a.choices().get(1), a.choices().get(2)),
                List.of(b.individualProofs().get(0), a.individualProofs().get(1), a.individualProofs().get(2)),
                a.overallProof(), null));
        refused(signed(Sample.UUID, Sample.FINGERPRINT, secret(3), forged), BallotProblem.BAD_OVERALL_PROOF);
    }

    @Test
    void anotherElectionsHashIsRefused() {
        // same uuid and credentials, other trustees: a ballot valid there must not count here
        Trustees others = new Trustees(List.of(TrusteeKeyPair.generate(RANDOM).publicKey()));
        Election e = Election.create(Sample.UUID, "Test", "Test election", ctx.election().questions(), others, null, null);
        Ballot there = new BallotBuilder(ElectionContext.of(e), RANDOM).build(printed.get(4), new int[][] {{1, 0, 0}});
        new BallotVerifier(ElectionContext.of(e)).verify(there, credentials);
        refused(there, BallotProblem.WRONG_ELECTION_HASH);
    }

    @Test
    void answersCopiedOntoAnotherCredentialAreRefused() {
        Ballot victim = genuine(5);
        Ballot copy = signed(Sample.UUID, Sample.FINGERPRINT, secret(6), victim.answers());
        refused(copy, BallotProblem.BAD_INDIVIDUAL_PROOF);
    }

    @Test
    void nonCanonicalJsonIsRefused() {
        String json = genuine(7).json();
        refused(() -> verifier.parseAndVerify(json.replace("\"credential\":", "\"credential\": "), credentials),
                BallotProblem.NON_CANONICAL);
        refused(() -> verifier.parseAndVerify(json + "\n", credentials), BallotProblem.NON_CANONICAL);
        String reordered = json.replaceFirst("\\{\"election_uuid\":\"(\\w+)\",\"election_hash\":\"([^\"]+)\"",
                "{\"election_hash\":\"$2\",\"election_uuid\":\"$1\"");
        assertThat(reordered).isNotEqualTo(json);
        refused(() -> verifier.parseAndVerify(reordered, credentials), BallotProblem.NON_CANONICAL);
        refused(() -> verifier.parseAndVerify(json.replace("\"challenge\":\"", "\"challenge\":\"0"), credentials),
                BallotProblem.NON_CANONICAL);
        refused(() -> verifier.parseAndVerify(json.replace("/", "\\/"), credentials), BallotProblem.NON_CANONICAL);
        refused(() -> verifier.parseAndVerify(json.substring(0, json.length() - 1) + ",\"extra\":1}", credentials),
                BallotProblem.NON_CANONICAL);
        refused(() -> verifier.parseAndVerify(json.substring(0, 100), credentials), BallotProblem.MALFORMED);
    }

    @Test
    void anUnknownCredentialWrongUuidOrBadSignatureIsRefused() {
        String stranger = Credentials.generate(RANDOM);
        refused(new BallotBuilder(ctx, RANDOM).build(stranger, new int[][] {{1, 0, 0}}), BallotProblem.UNKNOWN_CREDENTIAL);
        Ballot b = genuine(8);
        refused(signed("AAAAAAAAAAAAAA", Sample.FINGERPRINT, secret(8), b.answers()), BallotProblem.WRONG_ELECTION_UUID);
        Proof p = b.signature().proof();
        Ballot badSig = Ballot.signed(Sample.UUID, Sample.FINGERPRINT, b.credential(), b.answers(),
                new Ballot.Signature(b.signature().hash(), new Proof(p.challenge(), p.response().add(BigInteger.ONE))));
        refused(badSig, BallotProblem.BAD_SIGNATURE);
    }

    @Test
    void aCiphertextOutsideTheGroupIsRefused() {
        Ballot b = genuine(9);
        Answer a = b.answers().get(0);
        List<Ciphertext> cs = new ArrayList<>(a.choices());
        Ciphertext c = cs.get(0);
        cs.set(0, new Ciphertext(Group.P.subtract(c.alpha()), c.beta()));
        List<Answer> forged = List.of(new Answer(cs, a.individualProofs(), a.overallProof(), null));
        refused(signed(Sample.UUID, Sample.FINGERPRINT, secret(9), forged), BallotProblem.INVALID_CIPHERTEXT);
    }

    @Test
    void aBallotOfTheWrongShapeIsRefused() {
        Ballot b = genuine(10);
        Answer a = b.answers().get(0);
        List<Answer> shorter = List.of(new Answer(a.choices().subList(0, 2), a.individualProofs().subList(0, 2),
                a.overallProof(), null));
        refused(signed(Sample.UUID, Sample.FINGERPRINT, secret(10), shorter), BallotProblem.WRONG_SHAPE);
        refused(signed(Sample.UUID, Sample.FINGERPRINT, secret(10), List.of(a, a)), BallotProblem.WRONG_SHAPE);
    }
}
