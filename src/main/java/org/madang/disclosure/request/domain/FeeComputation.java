package org.madang.disclosure.request.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A fee worked out line by line: the fee after any reduction and after the amount below the
 * table's counting unit is dropped, postage at cost (never reduced), and the answer to the
 * requester's reduction claim (null when none was made) with the reason the requester is given.
 */
public record FeeComputation(List<FeeLine> lines, long fee, long postage, WaiverAnswer waiver, String waiverReason)
        implements Serializable {
    /** Nothing chargeable and no reduction claim to answer. */
    public static final FeeComputation NOTHING = new FeeComputation(List.of(), 0, 0, null, null);

    public FeeComputation {
        lines = List.copyOf(lines);
        if (fee < 0 || postage < 0) {
            throw new IllegalArgumentException("a fee is never negative");
        }
    }

    public long total() {
        return fee + postage;
    }

    public BigDecimal totalAmount() {
        return BigDecimal.valueOf(total());
    }

    public boolean free() {
        return total() == 0;
    }
}
