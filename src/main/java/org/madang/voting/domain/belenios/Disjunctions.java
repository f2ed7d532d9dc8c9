package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Disjunctive Chaum-Pedersen proofs, the heart of ballot validity: "ciphertext_i encrypts m_i for
 * some i". Every Belenios ballot proof (individual 0/1, overall min..max, blank) is one of these
 * with a different list of (ciphertext, value) disjuncts and a different hash prefix.
 *
 * For disjunct (alpha, beta, m) and proof (c, r) the commitments are A = g^r·alpha^c and
 * B = y^r·(beta/g^m)^c = y^r·beta^c·g^(-mc); the proof holds when H(prefix || A0,B0,A1,B1,...)
 * equals the sum of the challenges mod q. g^r, y^r and g^(-mc) come from the fixed-base tables;
 * alpha^c and beta^c from the ciphertext's {@link CiphertextPowers}, which shares the squarings
 * between the proofs (and the membership test) about the same ciphertext.
 */
final class Disjunctions {
    /** One alternative of a disjunction: "ciphertext encrypts value". */
    record Disjunct(CiphertextPowers powers, int value) {
    }

    private Disjunctions() {
    }

    static boolean verify(ElectionContext ctx, String prefix, List<Disjunct> disjuncts, List<Proof> proofs) {
        if (proofs.size() != disjuncts.size()) {
            return false;
        }
        List<BigInteger> commitments = new ArrayList<>(2 * proofs.size());
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < proofs.size(); i++) {
            Proof p = proofs.get(i);
            if (!p.inRange()) {
                return false;
            }
            addCommitments(ctx, disjuncts.get(i), p.challenge(), p.response(), commitments);
            sum = sum.add(p.challenge());
        }
        return Group.hash(prefix, commitments).equals(sum.mod(Group.Q));
    }

    /**
     * Proves the disjunct at index {@code truth}, whose ciphertext was made with randomness r
     * (alpha = g^r, beta = y^r·g^value); the others are simulated with random challenges.
     */
    static List<Proof> prove(ElectionContext ctx, String prefix, List<Disjunct> disjuncts, int truth, BigInteger r,
                             SecureRandom random) {
        int n = disjuncts.size();
        Proof[] proofs = new Proof[n];
        BigInteger[] commitments = new BigInteger[2 * n];
        BigInteger others = BigInteger.ZERO;
        List<BigInteger> pair = new ArrayList<>(2);
        for (int i = 0; i < n; i++) {
            if (i == truth) {
                continue;
            }
            BigInteger c = Group.randomExponent(random);
            BigInteger resp = Group.randomExponent(random);
            proofs[i] = new Proof(c, resp);
            pair.clear();
            addCommitments(ctx, disjuncts.get(i), c, resp, pair);
            commitments[2 * i] = pair.get(0);
            commitments[2 * i + 1] = pair.get(1);
            others = others.add(c);
        }
        BigInteger w = Group.randomExponent(random);
        commitments[2 * truth] = ctx.g().pow(w);
        commitments[2 * truth + 1] = ctx.y().pow(w);
        BigInteger c = Group.hash(prefix, Arrays.asList(commitments)).subtract(others).mod(Group.Q);
        proofs[truth] = new Proof(c, w.subtract(r.multiply(c)).mod(Group.Q));
        return List.of(proofs);
    }

    private static void addCommitments(ElectionContext ctx, Disjunct d, BigInteger c, BigInteger r,
                                       List<BigInteger> out) {
        int[] a = Montgomery.mul(ctx.g().powMont(r), d.powers().alphaPow(c));
        int[] b = Montgomery.mul(ctx.y().powMont(r), d.powers().betaPow(c));
        if (d.value() != 0) {
            b = Montgomery.mul(b, ctx.g().powMont(BigInteger.valueOf(d.value()).multiply(c).negate().mod(Group.Q)));
        }
        out.add(Montgomery.toBigInteger(a));
        out.add(Montgomery.toBigInteger(b));
    }

    /** The 0/1 disjunction of an individual proof. */
    static List<Disjunct> zeroOrOne(CiphertextPowers c) {
        return List.of(new Disjunct(c, 0), new Disjunct(c, 1));
    }

    /** min, min+1, ..., max on the same ciphertext (the overall proof without blank). */
    static List<Disjunct> range(CiphertextPowers c, int min, int max) {
        List<Disjunct> ds = new ArrayList<>(max - min + 1);
        for (int m = min; m <= max; m++) {
            ds.add(new Disjunct(c, m));
        }
        return ds;
    }

    /** "blank chosen, or any count in [min, max] of the others" (the overall proof with blank). */
    static List<Disjunct> blankOrRange(CiphertextPowers blank, CiphertextPowers others, int min, int max) {
        List<Disjunct> ds = new ArrayList<>(max - min + 2);
        ds.add(new Disjunct(blank, 1));
        ds.addAll(range(others, min, max));
        return ds;
    }

    /** "blank not chosen, or nothing else chosen" (the blank proof). */
    static List<Disjunct> blankExclusive(CiphertextPowers blank, CiphertextPowers others) {
        return List.of(new Disjunct(blank, 0), new Disjunct(others, 0));
    }
}
