package org.madang.disclosure.request.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The port to whatever collects disclosure fees, shaped like the civil-service payment port: the
 * built-in adapter issues a reference and a virtual account (same bank and account scheme as
 * civil-service fees) and an officer records the payment when the bank statement or the counter
 * receipt shows it; nothing is ever marked paid by itself. Disclosure keeps its own port because
 * contexts never share domain types.
 */
public interface FeePayments {
    /** Opens the order for a request's fee (idempotent per request). */
    FeeOrder open(RequestNumber request, BigDecimal amount, Instant now);

    Optional<FeeOrder> find(String reference);

    /** Records a payment seen by an officer; refuses a wrong amount, a date outside the order's life, a second record. */
    FeeOrder record(String reference, BigDecimal amount, LocalDate paidOn, String receipt, RequestOfficer officer,
                    Instant now);
}
