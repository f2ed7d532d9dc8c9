package org.madang.voting.domain.belenios;

import java.math.BigInteger;

/**
 * Fixed-base exponentiation for a base that is used thousands of times (g, the election key):
 * the table holds base^(d·256^i) for every byte position i of a 256-bit exponent and every byte
 * value d. An exponentiation is then one modular multiplication per non-zero byte of the exponent
 * (at most 32), instead of the ~256 squarings and ~50 multiplications of BigInteger.modPow.
 * Memory: 32 x 255 entries of 2048 bits, about 2.5 MB per base. Entries are kept in Montgomery
 * form, so that products stay there until the caller needs the number ({@link #powMont}).
 */
public final class FixedBaseTable {
    private static final int ROWS = 32;
    private static final int WIDTH = 256;

    private final BigInteger base;
    private final int[][][] table;

    public FixedBaseTable(BigInteger base) {
        this.base = base;
        this.table = new int[ROWS][WIDTH][];
        int[] rowBase = Montgomery.of(base.mod(Group.P));
        for (int i = 0; i < ROWS; i++) {
            int[][] row = table[i];
            row[1] = rowBase;
            for (int d = 2; d < WIDTH; d++) {
                row[d] = Montgomery.mul(row[d - 1], rowBase);
            }
            rowBase = Montgomery.mul(row[WIDTH - 1], rowBase);
        }
    }

    public BigInteger base() {
        return base;
    }

    /** base^e mod p. Exponents are taken mod q, as everywhere in the group. */
    public BigInteger pow(BigInteger e) {
        return Montgomery.toBigInteger(powMont(e));
    }

    /** base^e in Montgomery form. */
    int[] powMont(BigInteger e) {
        if (e.signum() < 0 || e.bitLength() > ROWS * 8) {
            e = e.mod(Group.Q);
        }
        byte[] bytes = e.toByteArray();
        int[] acc = null;
        int last = bytes.length - 1;
        for (int i = 0; i < ROWS && i <= last; i++) {
            int d = bytes[last - i] & 0xff;
            if (d != 0) {
                acc = acc == null ? table[i][d] : Montgomery.mul(acc, table[i][d]);
            }
        }
        return acc == null ? Montgomery.ONE : acc;
    }
}
