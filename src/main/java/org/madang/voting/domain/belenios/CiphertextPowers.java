package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.util.List;

/**
 * A ciphertext whose two parts are raised to powers by the proofs about it. A ballot check makes
 * one per ciphertext and passes it to every proof that names the ciphertext, so that the parts'
 * squarings are done once ({@link SharedBase}). Not thread-safe.
 */
final class CiphertextPowers {
    /** Approximate multiplications: a window of a shared base's exponent, a fresh ladder, a lone modPow. */
    private static final int WINDOW_COST = 51;
    private static final int LADDER_COST = 255;
    private static final int SINGLE_COST = 314;

    private final Ciphertext ciphertext;
    private final boolean shared;
    /** When set, the ciphertext is the product of these (shared, validated) ciphertexts. */
    private final List<CiphertextPowers> factors;
    private SharedBase alpha;
    private SharedBase beta;

    private CiphertextPowers(Ciphertext ciphertext, boolean shared, List<CiphertextPowers> factors) {
        this.ciphertext = ciphertext;
        this.shared = shared;
        this.factors = factors;
    }

    private CiphertextPowers(Ciphertext ciphertext, boolean shared) {
        this(ciphertext, shared, null);
    }

    /**
     * For {@code product}, the product of the shared {@code factors} (a sum of choices), to be raised
     * to {@code uses} exponents per part: through the factors' powers when that is cheaper than
     * squaring the product itself.
     */
    static CiphertextPowers product(Ciphertext product, List<CiphertextPowers> factors, int uses) {
        int viaFactors = uses * (factors.size() * WINDOW_COST + 15);
        int ownShared = LADDER_COST + uses * (WINDOW_COST + 15);
        int ownOnce = uses * SINGLE_COST;
        if (!factors.isEmpty() && factors.stream().allMatch(f -> f.shared && f.factors == null)
                && viaFactors <= Math.min(ownShared, ownOnce)) {
            return new CiphertextPowers(product, true, List.copyOf(factors));
        }
        return new CiphertextPowers(product, ownShared < ownOnce);
    }

    /** For a ciphertext checked and proved about several times (each choice of a ballot). */
    static CiphertextPowers shared(Ciphertext c) {
        return new CiphertextPowers(c, true);
    }

    /** For a ciphertext raised to one or two exponents (a sum, or a proof being made). */
    static CiphertextPowers once(Ciphertext c) {
        return new CiphertextPowers(c, false);
    }

    Ciphertext ciphertext() {
        return ciphertext;
    }

    /** Belenios' validity check: both parts in [0, p) with x^q = 1, the range tested first. */
    boolean isValid() {
        BigInteger a = ciphertext.alpha();
        BigInteger b = ciphertext.beta();
        if (a == null || b == null || a.signum() < 0 || b.signum() < 0 || a.compareTo(Group.P) >= 0
                || b.compareTo(Group.P) >= 0) {
            return false;
        }
        return Montgomery.isOne(alpha().pow(Group.Q)) && Montgomery.isOne(beta().pow(Group.Q));
    }

    /** alpha^e in Montgomery form. */
    int[] alphaPow(BigInteger e) {
        if (factors != null) {
            return SharedBase.productPow(factors.stream().map(CiphertextPowers::alpha).toList(), e);
        }
        return alpha().pow(e);
    }

    /** beta^e in Montgomery form. */
    int[] betaPow(BigInteger e) {
        if (factors != null) {
            return SharedBase.productPow(factors.stream().map(CiphertextPowers::beta).toList(), e);
        }
        return beta().pow(e);
    }

    private SharedBase alpha() {
        if (alpha == null) {
            alpha = shared ? SharedBase.shared(ciphertext.alpha()) : SharedBase.once(ciphertext.alpha());
        }
        return alpha;
    }

    private SharedBase beta() {
        if (beta == null) {
            beta = shared ? SharedBase.shared(ciphertext.beta()) : SharedBase.once(ciphertext.beta());
        }
        return beta;
    }
}
