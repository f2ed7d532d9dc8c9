package org.madang.services.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The port to whatever collects fees. The built-in adapter is "virtual account or pay at the
 * counter": it issues a reference and an account to pay into, and an officer records the payment
 * when the bank statement or the counter receipt shows it; nothing is ever marked paid by itself.
 * An adapter for a card or bank API would confirm payments on its own through the same port.
 */
public interface PaymentGateway {
    /** Opens the order for an application's fee when it is submitted (idempotent per application). */
    PaymentOrder open(ApplicationNumber application, BigDecimal amount, Instant now);

    Optional<PaymentOrder> find(String reference);

    /** Records a payment seen by an officer; refuses a wrong amount, a future date, a second record. */
    PaymentOrder record(String reference, BigDecimal amount, LocalDate paidOn, String receipt, CaseActor officer,
                        Instant now);
}
