package org.madang.services.domain;

import org.madang.platform.error.Conflict;

/** A fee-bearing application cannot be approved before its payment is recorded. */
public class PaymentOutstanding extends Conflict {
    private static final long serialVersionUID = 1L;

    public PaymentOutstanding(String reference) {
        super("services.case.payment.outstanding", reference == null ? "" : reference);
    }
}
