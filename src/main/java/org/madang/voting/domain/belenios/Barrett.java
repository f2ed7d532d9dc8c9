package org.madang.voting.domain.belenios;

import java.math.BigInteger;

/**
 * Barrett reduction modulo a fixed n: a product of two residues is reduced with two more
 * BigInteger multiplications (which the JIT runs with intrinsics) and shifts, instead of
 * BigInteger.mod's long division, which is pure Java and about three times slower for 2048 bits.
 */
final class Barrett {
    private final BigInteger n;
    private final int k;
    private final BigInteger mu;

    Barrett(BigInteger n) {
        this.n = n;
        this.k = n.bitLength();
        this.mu = BigInteger.ONE.shiftLeft(2 * k).divide(n);
    }

    /** a·b mod n; operands outside [0, n) take the slow path rather than break the bound reduce needs. */
    BigInteger mul(BigInteger a, BigInteger b) {
        if (a.signum() < 0 || b.signum() < 0 || a.compareTo(n) >= 0 || b.compareTo(n) >= 0) {
            return a.multiply(b).mod(n);
        }
        return reduce(a.multiply(b));
    }

    /** t mod n, for 0 <= t < 2^(2k). */
    BigInteger reduce(BigInteger t) {
        BigInteger q = t.shiftRight(k - 1).multiply(mu).shiftRight(k + 1);
        BigInteger r = t.subtract(q.multiply(n));
        while (r.compareTo(n) >= 0) {
            r = r.subtract(n);
        }
        return r;
    }
}
