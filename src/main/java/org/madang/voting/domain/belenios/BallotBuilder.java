package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds ballots exactly as {@code belenios-tool election generate-ballot} does: every choice
 * encrypted with exponential ElGamal, a 0/1 proof per choice, the overall (and blank) proof per
 * question, and the credential's Schnorr signature over the hash of the unsigned ballot. Used by
 * the portal's tests and demo data; real voters encrypt in their browser.
 */
public final class BallotBuilder {
    private final ElectionContext ctx;
    private final SecureRandom random;

    public BallotBuilder(ElectionContext ctx, SecureRandom random) {
        this.ctx = ctx;
        this.random = random;
    }

    /** A ballot for the printed credential; {@code plaintext[q][i]} is 1 when answer i of question q is chosen. */
    public Ballot build(String printedCredential, int[][] plaintext) {
        return build(Credentials.deriveSecret(printedCredential, ctx.election().uuid()), plaintext);
    }

    public Ballot build(BigInteger credentialSecret, int[][] plaintext) {
        List<Question> questions = ctx.election().questions();
        if (plaintext.length != questions.size()) {
            throw new IllegalArgumentException("one choice vector per question is needed");
        }
        BigInteger credential = ctx.g().pow(credentialSecret);
        String s0 = ctx.fingerprint() + "|" + credential;
        List<Answer> answers = new ArrayList<>(questions.size());
        for (int q = 0; q < questions.size(); q++) {
            answers.add(answer(questions.get(q), plaintext[q], s0));
        }
        String uuid = ctx.election().uuid();
        String unsignedHash = Group.sha256Base64(Ballot.unsignedJson(uuid, ctx.fingerprint(), credential, answers));
        BigInteger w = Group.randomExponent(random);
        BigInteger c = Group.hash("sig|" + unsignedHash + "|", List.of(ctx.g().pow(w)));
        Proof proof = new Proof(c, w.subtract(credentialSecret.multiply(c)).mod(Group.Q));
        return Ballot.signed(uuid, ctx.fingerprint(), credential, answers, new Ballot.Signature(unsignedHash, proof));
    }

    private Answer answer(Question q, int[] m, String s0) {
        checkPlaintext(q, m);
        int n = m.length;
        BigInteger[] r = new BigInteger[n];
        List<Ciphertext> choices = new ArrayList<>(n);
        List<List<Proof>> individual = new ArrayList<>(n);
        StringBuilder s = new StringBuilder(s0).append('|');
        for (int i = 0; i < n; i++) {
            r[i] = Group.randomExponent(random);
            BigInteger alpha = ctx.g().pow(r[i]);
            BigInteger beta = m[i] == 1 ? Group.mulMod(ctx.y().pow(r[i]), Group.G) : ctx.y().pow(r[i]);
            Ciphertext c = new Ciphertext(alpha, beta);
            choices.add(c);
            String ab = alpha + "," + beta;
            individual.add(Disjunctions.prove(ctx, "prove|" + s0 + "|" + ab + "|", Disjunctions.zeroOrOne(CiphertextPowers.once(c)), m[i],
                    r[i], random));
            s.append(i > 0 ? "," : "").append(ab);
        }
        String zkp = s.toString();
        if (!q.hasBlank()) {
            Ciphertext sum = Ciphertext.ONE;
            BigInteger sumR = BigInteger.ZERO;
            int count = 0;
            for (int i = 0; i < n; i++) {
                sum = sum.times(choices.get(i));
                sumR = sumR.add(r[i]);
                count += m[i];
            }
            String prefix = "prove|" + zkp + "|" + sum.alpha() + "," + sum.beta() + "|";
            List<Proof> overall = Disjunctions.prove(ctx, prefix, Disjunctions.range(CiphertextPowers.once(sum), q.min(), q.max()),
                    count - q.min(), sumR.mod(Group.Q), random);
            return new Answer(choices, individual, overall, null);
        }
        Ciphertext others = Ciphertext.ONE;
        BigInteger othersR = BigInteger.ZERO;
        int count = 0;
        for (int i = 1; i < n; i++) {
            others = others.times(choices.get(i));
            othersR = othersR.add(r[i]);
            count += m[i];
        }
        othersR = othersR.mod(Group.Q);
        CiphertextPowers blank = CiphertextPowers.once(choices.get(0));
        CiphertextPowers othersPowers = CiphertextPowers.once(others);
        boolean isBlank = m[0] == 1;
        List<Proof> blankProof = Disjunctions.prove(ctx, "bproof0|" + zkp + "|",
                Disjunctions.blankExclusive(blank, othersPowers), isBlank ? 1 : 0, isBlank ? othersR : r[0], random);
        List<Proof> overall = Disjunctions.prove(ctx, "bproof1|" + zkp + "|",
                Disjunctions.blankOrRange(blank, othersPowers, q.min(), q.max()), isBlank ? 0 : count - q.min() + 1,
                isBlank ? r[0] : othersR, random);
        return new Answer(choices, individual, overall, blankProof);
    }

    private static void checkPlaintext(Question q, int[] m) {
        if (m.length != q.choiceCount()) {
            throw new IllegalArgumentException("question \"" + q.question() + "\" needs " + q.choiceCount() + " choices");
        }
        int count = 0;
        for (int i = 0; i < m.length; i++) {
            if (m[i] != 0 && m[i] != 1) {
                throw new IllegalArgumentException("choices must be 0 or 1");
            }
            if (!q.hasBlank() || i > 0) {
                count += m[i];
            }
        }
        boolean blank = q.hasBlank() && m[0] == 1;
        if (blank ? count != 0 : count < q.min() || count > q.max()) {
            throw new IllegalArgumentException("question \"" + q.question() + "\" needs between " + q.min() + " and "
                    + q.max() + " choices");
        }
    }
}
