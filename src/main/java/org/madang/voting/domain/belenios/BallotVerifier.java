package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a ballot the way Belenios 2.0 does (election uuid and hash, credential signature,
 * element validity, individual and overall proofs), plus membership of the credential in the
 * public set when one is given. Stateless and thread-safe: the archive verifier runs one per core.
 */
public final class BallotVerifier {
    private final ElectionContext ctx;

    public BallotVerifier(ElectionContext ctx) {
        this.ctx = ctx;
    }

    /** Parses and verifies ballot JSON as received from a voter; throws {@link BallotRejected}. */
    public Ballot parseAndVerify(String json, Set<BigInteger> publicCredentials) {
        Ballot b;
        try {
            b = Ballot.parse(json);
        } catch (BallotRejected e) {
            throw e;
        } catch (BeleniosException e) {
            BallotProblem p = e.code() == FailureCode.NON_CANONICAL_JSON ? BallotProblem.NON_CANONICAL : BallotProblem.MALFORMED;
            throw new BallotRejected(p, e.getMessage());
        }
        verify(b, publicCredentials);
        return b;
    }

    /** Verifies a parsed ballot; {@code publicCredentials} may be null to skip the membership test. */
    public void verify(Ballot b, Set<BigInteger> publicCredentials) {
        Election e = ctx.election();
        if (!e.uuid().equals(b.electionUuid())) {
            throw reject(BallotProblem.WRONG_ELECTION_UUID, "the ballot is for election " + b.electionUuid());
        }
        if (!ctx.fingerprint().equals(b.electionHash())) {
            throw reject(BallotProblem.WRONG_ELECTION_HASH, "the ballot was made for other election parameters");
        }
        Ballot.Signature sig = b.signature();
        if (sig == null) {
            throw reject(BallotProblem.UNSIGNED, "the ballot has no signature");
        }
        if (!sig.hash().equals(b.unsignedHash())) {
            throw reject(BallotProblem.SIGNATURE_HASH_MISMATCH, "the signed hash is not the hash of the ballot");
        }
        BigInteger credential = b.credential();
        if (publicCredentials != null && !publicCredentials.contains(credential)) {
            throw reject(BallotProblem.UNKNOWN_CREDENTIAL, "the credential is not one of the election's");
        }
        checkShape(e.questions(), b.answers());
        // every set given here holds group elements only (an archive's set passed
        // PublicCredentials.checkAll, the portal's are g^secret), so membership implies validity
        if (publicCredentials == null && !Group.isElement(credential)) {
            throw reject(BallotProblem.INVALID_CREDENTIAL, "the credential is not a group element");
        }
        checkSignature(credential, sig);
        String s0 = ctx.fingerprint() + "|" + credential;
        for (int q = 0; q < b.answers().size(); q++) {
            checkAnswer(q, e.questions().get(q), b.answers().get(q), s0);
        }
    }

    private void checkSignature(BigInteger credential, Ballot.Signature sig) {
        Proof p = sig.proof();
        if (!p.inRange()) {
            throw reject(BallotProblem.BAD_SIGNATURE, "signature numbers out of range");
        }
        BigInteger commitment = Montgomery.toBigInteger(Montgomery.mul(ctx.g().powMont(p.response()),
                SharedBase.once(credential).pow(p.challenge())));
        if (!p.challenge().equals(Group.hash("sig|" + sig.hash() + "|", List.of(commitment)))) {
            throw reject(BallotProblem.BAD_SIGNATURE, "the credential signature does not verify");
        }
    }

    private static void checkShape(List<Question> questions, List<Answer> answers) {
        if (answers.size() != questions.size()) {
            throw reject(BallotProblem.WRONG_SHAPE, "the ballot answers " + answers.size() + " questions instead of "
                    + questions.size());
        }
        for (int i = 0; i < answers.size(); i++) {
            Question q = questions.get(i);
            Answer a = answers.get(i);
            int n = q.choiceCount();
            int overall = q.hasBlank() ? q.max() - q.min() + 2 : q.max() - q.min() + 1;
            boolean ok = a.choices().size() == n && a.individualProofs().size() == n
                    && a.individualProofs().stream().allMatch(p -> p.size() == 2)
                    && a.overallProof().size() == overall
                    && (q.hasBlank() ? a.blankProof() != null && a.blankProof().size() == 2 : a.blankProof() == null);
            if (!ok) {
                throw reject(BallotProblem.WRONG_SHAPE, "answer to question " + (i + 1) + " has the wrong number of parts");
            }
        }
    }

    private void checkAnswer(int qi, Question q, Answer a, String s0) {
        StringBuilder s = new StringBuilder(s0.length() + a.choices().size() * 1240).append(s0).append('|');
        Ciphertext sum = Ciphertext.ONE;
        Ciphertext others = Ciphertext.ONE;
        List<CiphertextPowers> powers = new ArrayList<>(a.choices().size());
        for (int i = 0; i < a.choices().size(); i++) {
            Ciphertext c = a.choices().get(i);
            CiphertextPowers cp = CiphertextPowers.shared(c);
            if (!cp.isValid()) {
                throw reject(BallotProblem.INVALID_CIPHERTEXT,
                        "question " + (qi + 1) + ", choice " + (i + 1) + ": not a valid ciphertext");
            }
            String ab = c.alpha() + "," + c.beta();
            String prefix = "prove|" + s0 + "|" + ab + "|";
            if (!Disjunctions.verify(ctx, prefix, Disjunctions.zeroOrOne(cp), a.individualProofs().get(i))) {
                throw reject(BallotProblem.BAD_INDIVIDUAL_PROOF,
                        "question " + (qi + 1) + ", choice " + (i + 1) + ": the 0/1 proof does not verify");
            }
            if (i > 0) {
                s.append(',');
            }
            s.append(ab);
            powers.add(cp);
            sum = sum.times(c);
            if (i > 0) {
                others = others.times(c);
            }
        }
        String zkp = s.toString();
        if (q.hasBlank()) {
            CiphertextPowers first = powers.get(0);
            CiphertextPowers othersPowers = CiphertextPowers.product(others, powers.subList(1, powers.size()),
                    q.max() - q.min() + 2);
            if (!Disjunctions.verify(ctx, "bproof0|" + zkp + "|", Disjunctions.blankExclusive(first, othersPowers),
                    a.blankProof())) {
                throw reject(BallotProblem.BAD_BLANK_PROOF, "question " + (qi + 1) + ": the blank proof does not verify");
            }
            if (!Disjunctions.verify(ctx, "bproof1|" + zkp + "|",
                    Disjunctions.blankOrRange(first, othersPowers, q.min(), q.max()), a.overallProof())) {
                throw reject(BallotProblem.BAD_OVERALL_PROOF, "question " + (qi + 1) + ": the overall proof does not verify");
            }
        } else {
            String prefix = "prove|" + zkp + "|" + sum.alpha() + "," + sum.beta() + "|";
            CiphertextPowers sumPowers = CiphertextPowers.product(sum, powers, q.max() - q.min() + 1);
            if (!Disjunctions.verify(ctx, prefix, Disjunctions.range(sumPowers, q.min(), q.max()), a.overallProof())) {
                throw reject(BallotProblem.BAD_OVERALL_PROOF, "question " + (qi + 1) + ": the overall proof does not verify");
            }
        }
    }

    private static BallotRejected reject(BallotProblem p, String message) {
        return new BallotRejected(p, message);
    }
}
