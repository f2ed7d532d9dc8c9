package org.madang.disclosure.request.domain;

import java.io.Serializable;

/**
 * What the officer enters to compute a fee: the quantity for the form the requester asked for
 * (pages and paper size for copies, megabytes for an electronic file, minutes for inspection),
 * postage at cost when it goes by post, and the answer to a fee-reduction claim with its reason.
 * A quantity left empty counts as nothing to charge.
 */
public record FeeInput(PaperSize paper, Long pages, Long megabytes, Long minutes, Long postage, WaiverAnswer waiver,
                       String waiverReason) implements Serializable {
    /** Nothing chargeable entered and no claim answered (a decision with no fee, such as a small file). */
    public static final FeeInput NONE = new FeeInput(null, null, null, null, null, null, null);
}
