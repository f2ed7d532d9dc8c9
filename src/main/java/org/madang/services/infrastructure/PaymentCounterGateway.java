package org.madang.services.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.platform.error.NotFound;
import org.madang.services.domain.ApplicationNumber;
import org.madang.services.domain.CaseActor;
import org.madang.services.domain.Payment;
import org.madang.services.domain.PaymentGateway;
import org.madang.services.domain.PaymentOrder;
import org.madang.services.domain.PaymentReference;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The built-in payment adapter: "pay by virtual account or at the counter". Each fee-bearing
 * application gets a payment reference and a virtual account number made of the agency's account
 * prefix and that reference (the way Korean collection accounts identify payers); the citizen
 * transfers to it or pays at the counter quoting the reference, and an officer records the
 * payment from the bank statement or the counter receipt. Nothing here marks a payment as made.
 */
@ApplicationScoped
public class PaymentCounterGateway implements PaymentGateway {
    @PersistenceContext(unitName = "madang")
    EntityManager em;
    /** "Korean name|English name" of the bank holding the collection accounts. */
    @Inject
    @ConfigProperty(name = "MADANG_PAYMENT_BANK", defaultValue = "마당은행|Madang Bank")
    String bank;
    @Inject
    @ConfigProperty(name = "MADANG_PAYMENT_ACCOUNT_PREFIX", defaultValue = "562")
    String accountPrefix;
    @Inject
    ZoneId zone;

    @Override
    public PaymentOrder open(ApplicationNumber application, BigDecimal amount, Instant now) {
        Payment p = byApplication(application.toString()).orElseGet(() -> {
            Payment created = new Payment(application, amount, now);
            em.persist(created);
            return created;
        });
        return view(p);
    }

    @Override
    public Optional<PaymentOrder> find(String reference) {
        return byReference(reference).map(this::view);
    }

    @Override
    public PaymentOrder record(String reference, BigDecimal amount, LocalDate paidOn, String receipt,
                               CaseActor officer, Instant now) {
        Payment p = byReference(reference).orElseThrow(() -> new NotFound("services.case.payment.notFound"));
        em.lock(p, LockModeType.PESSIMISTIC_WRITE); // two officers recording at once: the second sees it done
        em.refresh(p);
        ZoneId z = zone;
        p.record(amount, paidOn, receipt, officer, now, LocalDate.ofInstant(now, z),
                LocalDate.ofInstant(p.getIssuedAt(), z));
        return view(p);
    }

    private Optional<Payment> byReference(String reference) {
        return PaymentReference.tryParse(reference).flatMap(r -> em.createQuery(
                        "select p from Payment p where p.reference = :r", Payment.class)
                .setParameter("r", r.toString()).getResultStream().findFirst());
    }

    private Optional<Payment> byApplication(String number) {
        return em.createQuery("select p from Payment p where p.applicationNumber = :n", Payment.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    private PaymentOrder view(Payment p) {
        String digits = PaymentReference.tryParse(p.getReference()).orElseThrow().digitsWithCheck();
        String account = accountPrefix + "-" + digits.substring(0, 6) + "-" + digits.substring(6);
        return new PaymentOrder(p.getReference(), p.getApplicationNumber(), p.getAmount(), bank, account,
                p.getIssuedAt(), p.getPaidAmount(), p.getPaidOn(), p.getReceipt(), p.getRecordedByName(),
                p.getRecordedAt());
    }
}
