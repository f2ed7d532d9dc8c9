package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.util.List;

/**
 * Powers x^e of a base for exponents below 2^256, in Montgomery form.
 *
 * <p>A ballot check raises each ciphertext part to three exponents (q for the membership test and
 * the two challenges of its 0/1 proof). A {@link #shared} base keeps x^(2^j) for every bit position,
 * 255 squarings made once; each exponent then costs one multiplication per 4-bit window of its
 * (right-to-left, odd-digit) sliding-window form, about 51, plus about 15 to combine the eight digit
 * buckets (Yao's method): about 460 multiplications for three exponents where three
 * {@code modPow}s take about 920. The same buckets give a product of shared bases raised to one
 * exponent ({@link #productPow}) for the cost of the windows alone, which is how the sum of a
 * ballot's choices is raised without squaring it again. A base used once takes the usual
 * left-to-right sliding window ({@link #once}). Not thread-safe: one ballot check owns its bases.
 */
final class SharedBase {
    private static final int BITS = 256;
    private static final int WINDOW = 4;
    private static final int SINGLE_WINDOW = 5;

    private final int[] base;
    private final boolean shared;
    private int[][] ladder;

    private SharedBase(BigInteger x, boolean shared) {
        this.base = Montgomery.of(x);
        this.shared = shared;
    }

    /** A base that will be raised to several exponents. */
    static SharedBase shared(BigInteger x) {
        return new SharedBase(x, true);
    }

    /** A base raised to one exponent (or very few). */
    static SharedBase once(BigInteger x) {
        return new SharedBase(x, false);
    }

    /** x^e in Montgomery form, for 0 <= e < 2^256. */
    int[] pow(BigInteger e) {
        checkExponent(e);
        return shared ? bucketPow(List.of(this), e) : windowPow(base, e);
    }

    /** (x1·x2·...·xk)^e in Montgomery form, for shared bases and 0 <= e < 2^256. */
    static int[] productPow(List<SharedBase> bases, BigInteger e) {
        checkExponent(e);
        for (SharedBase b : bases) {
            if (!b.shared) {
                throw new IllegalArgumentException("only shared bases keep the powers a product needs");
            }
        }
        return bucketPow(bases, e);
    }

    private static void checkExponent(BigInteger e) {
        if (e.signum() < 0 || e.bitLength() > BITS) {
            throw new IllegalArgumentException("exponent out of range");
        }
    }

    private int[][] ladder() {
        if (ladder == null) {
            int[][] l = new int[BITS][];
            l[0] = base;
            for (int j = 1; j < BITS; j++) {
                l[j] = Montgomery.square(l[j - 1]);
            }
            ladder = l;
        }
        return ladder;
    }

    private static int[] bucketPow(List<SharedBase> bases, BigInteger e) {
        int[][][] ladders = new int[bases.size()][][];
        for (int k = 0; k < ladders.length; k++) {
            ladders[k] = bases.get(k).ladder();
        }
        // bucket[m] collects the powers x^(2^j) whose window at j has the odd value 2m+1
        int[][] bucket = new int[1 << (WINDOW - 1)][];
        int top = e.bitLength();
        int j = 0;
        while (j < top) {
            if (!e.testBit(j)) {
                j++;
                continue;
            }
            int v = 0;
            for (int k = 0; k < WINDOW && j + k < top; k++) {
                if (e.testBit(j + k)) {
                    v |= 1 << k;
                }
            }
            int m = v >>> 1;
            for (int[][] l : ladders) {
                bucket[m] = bucket[m] == null ? l[j] : Montgomery.mul(bucket[m], l[j]);
            }
            j += WINDOW;
        }
        // prod of bucket[m]^(2m+1) = (prod of bucket[m]^m)^2 · prod of bucket[m]; the first
        // factor by a running product from the top bucket down
        int[] run = null;
        int[] acc = null;
        for (int m = bucket.length - 1; m >= 1; m--) {
            if (bucket[m] != null) {
                run = run == null ? bucket[m] : Montgomery.mul(run, bucket[m]);
            }
            if (run != null) {
                acc = acc == null ? run : Montgomery.mul(acc, run);
            }
        }
        int[] all = bucket[0] == null ? run : run == null ? bucket[0] : Montgomery.mul(run, bucket[0]);
        if (all == null) {
            return Montgomery.ONE;
        }
        return acc == null ? all : Montgomery.mul(Montgomery.square(acc), all);
    }

    /** Left-to-right sliding window over the odd powers x, x^3, ..., x^31. */
    static int[] windowPow(int[] x, BigInteger e) {
        int top = e.bitLength() - 1;
        if (top < 0) {
            return Montgomery.ONE;
        }
        int[][] odd = new int[1 << (SINGLE_WINDOW - 1)][];
        odd[0] = x;
        int[] x2 = Montgomery.square(x);
        for (int i = 1; i < odd.length; i++) {
            odd[i] = Montgomery.mul(odd[i - 1], x2);
        }
        int[] acc = null;
        int i = top;
        while (i >= 0) {
            if (!e.testBit(i)) {
                acc = Montgomery.square(acc);
                i--;
                continue;
            }
            int j = Math.max(i - SINGLE_WINDOW + 1, 0);
            while (!e.testBit(j)) {
                j++;
            }
            int value = 0;
            for (int k = i; k >= j; k--) {
                value = (value << 1) | (e.testBit(k) ? 1 : 0);
            }
            if (acc == null) {
                acc = odd[value >>> 1];
            } else {
                for (int k = i; k >= j; k--) {
                    acc = Montgomery.square(acc);
                }
                acc = Montgomery.mul(acc, odd[value >>> 1]);
            }
            i = j - 1;
        }
        return acc;
    }
}
