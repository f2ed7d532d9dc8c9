package org.madang.disclosure.request.domain;

import java.io.Serializable;

/**
 * One rate of the fee table: nothing while the units stay within {@code freeUnits}; otherwise
 * {@code firstAmount} for the first {@code firstUnits} units charged and {@code stepAmount} for each
 * {@code unitSize} units, or part of them, beyond (a started half hour counts as a half hour).
 */
public record FeeRate(int freeUnits, int firstUnits, long firstAmount, int unitSize, long stepAmount)
        implements Serializable {
    public FeeRate {
        if (freeUnits < 0 || firstUnits < 0 || firstAmount < 0 || unitSize <= 0 || stepAmount < 0) {
            throw new IllegalArgumentException("a fee rate has no negative part and a positive unit size");
        }
    }

    /** The charge for {@code units} (0 or more; the caller bounds them). */
    public long charge(long units) {
        if (units <= freeUnits) {
            return 0;
        }
        long beyond = units - freeUnits - firstUnits;
        long steps = beyond <= 0 ? 0 : (beyond + unitSize - 1) / unitSize;
        return firstAmount + steps * stepAmount;
    }
}
