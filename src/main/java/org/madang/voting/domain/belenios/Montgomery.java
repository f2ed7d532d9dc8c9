package org.madang.voting.domain.belenios;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigInteger;
import java.util.logging.Logger;

/**
 * Multiplication modulo p in Montgomery form on the JDK's own Montgomery kernels — the ones
 * {@link BigInteger#modPow} runs on, which the JIT replaces by machine code.
 *
 * <p>Why: verifying a ballot is dominated by exponentiations of ciphertext parts by several
 * exponents (q for the membership test, then each proof's challenges). {@code modPow} redoes all
 * 255 squarings for every exponent; {@link SharedBase} does them once per base, which needs a
 * multiplication as fast as modPow's own. {@code BigInteger} offers none (a product plus Barrett
 * reduction costs three big multiplications), so the kernels are reached through a private
 * lookup, which the JVM allows only with {@code --add-opens java.base/java.math=ALL-UNNAMED}
 * (set in {@code jvm.options}, the test runners and {@code bench/voting.sh}). Without it the same
 * code runs on Barrett products (R = 1 below), correct but several times slower, and a warning
 * says so.
 *
 * <p>Residues are big-endian arrays of 64 ints holding x·R mod p with R = 2^2048, not always fully
 * reduced (below 2^2048, possibly ≥ p); {@link #toBigInteger} reduces.
 */
final class Montgomery {
    static final int LEN = 64;
    private static final Logger LOG = Logger.getLogger(Montgomery.class.getName());
    private static final int[] N = ints(Group.P);
    private static final long INV = -Group.P.modInverse(BigInteger.ONE.shiftLeft(64)).longValue();
    private static final MethodHandle MUL;
    private static final MethodHandle SQR;
    /** R^2 mod p (R^2 to go into the form, since REDC(x·R^2) = x·R); 1 without the kernels. */
    private static final int[] R2;
    private static final int[] ONE_PLAIN = ints(BigInteger.ONE);
    /** 1 in the form: R mod p. */
    static final int[] ONE;
    private static final BigInteger R_MOD_P;

    static {
        MethodHandle mul = null;
        MethodHandle sqr = null;
        try {
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(BigInteger.class, MethodHandles.lookup());
            mul = l.findStatic(BigInteger.class, "montgomeryMultiply", MethodType.methodType(int[].class,
                    int[].class, int[].class, int[].class, int.class, long.class, int[].class));
            sqr = l.findStatic(BigInteger.class, "montgomerySquare", MethodType.methodType(int[].class,
                    int[].class, int[].class, int.class, long.class, int[].class));
        } catch (ReflectiveOperationException | IllegalAccessError | SecurityException e) {
            LOG.warning("BigInteger's Montgomery kernels are not reachable (" + e.getMessage() + "); ballot "
                    + "verification runs several times slower. Start the JVM with --add-opens java.base/java.math=ALL-UNNAMED.");
            mul = null;
            sqr = null;
        }
        MUL = mul;
        SQR = sqr;
        BigInteger r = MUL == null ? BigInteger.ONE : BigInteger.ONE.shiftLeft(32 * LEN).mod(Group.P);
        R2 = ints(r.multiply(r).mod(Group.P));
        ONE = ints(r);
        R_MOD_P = r;
    }

    private Montgomery() {
    }

    /** Whether the fast kernels are in use (the test suite insists they are). */
    static boolean fast() {
        return MUL != null;
    }

    static int[] mul(int[] a, int[] b) {
        if (MUL == null) {
            return ints(Group.MOD_P.mul(plain(a), plain(b)));
        }
        try {
            return exact((int[]) MUL.invokeExact(a, b, N, LEN, INV, (int[]) null));
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    static int[] square(int[] a) {
        if (SQR == null) {
            BigInteger x = plain(a);
            return ints(Group.MOD_P.mul(x, x));
        }
        try {
            return exact((int[]) SQR.invokeExact(a, N, LEN, INV, (int[]) null));
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /**
     * The machine-code kernel writes 64 ints; the same method before the JIT compiles it returns its
     * 128-int working array with the result in front. Every residue here is exactly 64 ints.
     */
    private static int[] exact(int[] r) {
        return r.length == LEN ? r : java.util.Arrays.copyOf(r, LEN);
    }

    /** x (any residue 0 <= x < p) into the form. */
    static int[] of(BigInteger x) {
        return mul(ints(x), R2);
    }

    /** Out of the form, fully reduced. */
    static BigInteger toBigInteger(int[] a) {
        return plain(reduce(MUL == null ? a : mul(a, ONE_PLAIN)));
    }

    /** The product mod p of residues, for the tally. */
    static BigInteger product(BigInteger[] xs) {
        Product p = new Product();
        for (BigInteger x : xs) {
            p.times(x);
        }
        return p.value();
    }

    /**
     * A running product mod p of residues (a tally column): the factors are multiplied as they are,
     * each product dividing by R, and R^(n-1) restores the value at the end. Not thread-safe.
     */
    static final class Product {
        private int[] acc;
        private long factors;

        void times(BigInteger x) {
            acc = acc == null ? ints(x) : mul(acc, ints(x));
            factors++;
        }

        BigInteger value() {
            if (acc == null) {
                return BigInteger.ONE;
            }
            BigInteger correction = R_MOD_P.modPow(BigInteger.valueOf(factors - 1), Group.P);
            return Group.MOD_P.mul(plain(reduce(acc)), correction);
        }
    }

    /** Whether a residue in the form is 1. */
    static boolean isOne(int[] a) {
        return java.util.Arrays.equals(reduce(a), ONE);
    }

    /** a mod p for a < 2^2048: at most one subtraction, since p > 2^2047. */
    private static int[] reduce(int[] a) {
        if (compare(a, N) < 0) {
            return a;
        }
        int[] r = new int[LEN];
        long borrow = 0;
        for (int i = LEN - 1; i >= 0; i--) {
            long d = (a[i] & 0xffffffffL) - (N[i] & 0xffffffffL) - borrow;
            r[i] = (int) d;
            borrow = d < 0 ? 1 : 0;
        }
        return r;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < LEN; i++) {
            if (a[i] != b[i]) {
                return Integer.compareUnsigned(a[i], b[i]);
            }
        }
        return 0;
    }

    /** The 64 big-endian ints of 0 <= x < 2^2048. */
    static int[] ints(BigInteger x) {
        if (x.signum() < 0 || x.bitLength() > 32 * LEN) {
            throw new IllegalArgumentException("not a residue modulo p");
        }
        byte[] b = x.toByteArray();
        int[] r = new int[LEN];
        for (int i = 0, j = b.length - 1; j >= 0 && i < 4 * LEN; i++, j--) {
            r[LEN - 1 - (i >> 2)] |= (b[j] & 0xff) << ((i & 3) << 3);
        }
        return r;
    }

    private static BigInteger plain(int[] a) {
        byte[] b = new byte[4 * LEN];
        for (int i = 0; i < LEN; i++) {
            int v = a[i];
            b[4 * i] = (byte) (v >>> 24);
            b[4 * i + 1] = (byte) (v >>> 16);
            b[4 * i + 2] = (byte) (v >>> 8);
            b[4 * i + 3] = (byte) v;
        }
        return new BigInteger(1, b);
    }

    private static RuntimeException unexpected(Throwable t) {
        if (t instanceof RuntimeException re) {
            return re;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
