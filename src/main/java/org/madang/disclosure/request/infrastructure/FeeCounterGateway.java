package org.madang.disclosure.request.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.disclosure.request.domain.FeeOrder;
import org.madang.disclosure.request.domain.FeePayment;
import org.madang.disclosure.request.domain.FeePayments;
import org.madang.disclosure.request.domain.RequestNumber;
import org.madang.disclosure.request.domain.RequestOfficer;
import org.madang.platform.error.NotFound;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The built-in adapter for disclosure fees: "pay by virtual account or at the counter", the way
 * civil-service fees are paid. The virtual account is the bank's collection prefix for disclosure
 * fees and the reference's digits, so a transfer names its request; an officer records the payment
 * from the bank statement or the counter receipt. Nothing here marks a payment as made.
 */
@ApplicationScoped
public class FeeCounterGateway implements FeePayments {
    @PersistenceContext(unitName = "madang")
    EntityManager em;
    /** The same bank as civil-service fees ("Korean|English"). */
    @Inject
    @ConfigProperty(name = "MADANG_PAYMENT_BANK", defaultValue = "마당은행|Madang Bank")
    String bank;
    /** Its own collection prefix, so a disclosure fee's account never equals an application's. */
    @Inject
    @ConfigProperty(name = "MADANG_DISCLOSURE_FEE_ACCOUNT_PREFIX", defaultValue = "563")
    String accountPrefix;
    @Inject
    ZoneId zone;

    @Override
    public FeeOrder open(RequestNumber request, BigDecimal amount, Instant now) {
        FeePayment p = byRequest(request.toString()).orElseGet(() -> {
            FeePayment created = new FeePayment(request, amount, now);
            em.persist(created);
            return created;
        });
        return view(p);
    }

    @Override
    public Optional<FeeOrder> find(String reference) {
        return byReference(reference).map(this::view);
    }

    @Override
    public FeeOrder record(String reference, BigDecimal amount, LocalDate paidOn, String receipt,
                           RequestOfficer officer, Instant now) {
        FeePayment p = byReference(reference).orElseThrow(() -> new NotFound("disclosure.fee.payment.notFound"));
        em.lock(p, LockModeType.PESSIMISTIC_WRITE); // two officers recording at once: the second sees it done
        em.refresh(p);
        p.record(amount, paidOn, receipt, officer, now, LocalDate.ofInstant(now, zone),
                LocalDate.ofInstant(p.getIssuedAt(), zone));
        return view(p);
    }

    private Optional<FeePayment> byReference(String reference) {
        return FeePayment.normalise(reference).flatMap(r -> em.createQuery(
                        "select p from FeePayment p where p.reference = :r", FeePayment.class)
                .setParameter("r", r).getResultStream().findFirst());
    }

    private Optional<FeePayment> byRequest(String number) {
        return em.createQuery("select p from FeePayment p where p.requestNumber = :n", FeePayment.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    private FeeOrder view(FeePayment p) {
        String digits = p.getReference().replace("-", "");
        String account = accountPrefix + "-" + digits.substring(0, 6) + "-" + digits.substring(6);
        return new FeeOrder(p.getReference(), p.getRequestNumber(), p.getAmount(), bank, account, p.getIssuedAt(),
                p.getPaidAmount(), p.getPaidOn(), p.getReceipt(), p.getRecordedByName(), p.getRecordedAt());
    }
}
