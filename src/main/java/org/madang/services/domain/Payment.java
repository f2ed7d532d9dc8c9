package org.madang.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A fee to be paid for one application, and its payment once an officer has recorded it (the
 * built-in gateway's record). The amount is fixed when the order opens; a payment must match it.
 */
@Entity
@Table(name = "application_payment")
public class Payment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    @Column(nullable = false, unique = true, length = 20)
    private String reference;
    @Column(name = "application_number", nullable = false, unique = true, length = 17)
    private String applicationNumber;
    @Column(nullable = false, precision = 12, scale = 0)
    private BigDecimal amount;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;
    @Column(name = "paid_amount", precision = 12, scale = 0)
    private BigDecimal paidAmount;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(length = 60)
    private String receipt;
    @Column(name = "recorded_by")
    private Long recordedBy;
    @Column(name = "recorded_by_name", length = 100)
    private String recordedByName;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Payment() {
    }

    public Payment(ApplicationNumber application, BigDecimal amount, Instant now) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("a payment order is for a positive amount");
        }
        this.reference = PaymentReference.forApplication(application).toString();
        this.applicationNumber = application.toString();
        this.amount = amount;
        this.issuedAt = now;
    }

    /**
     * Records the payment as seen on the bank statement or the counter receipt. {@code today} is
     * the date in Korea: a payment cannot have happened later, nor before the order existed.
     */
    public void record(BigDecimal paid, LocalDate on, String receiptNumber, CaseActor officer, Instant now,
                       LocalDate today, LocalDate issuedOn) {
        if (recordedAt != null) {
            throw new ApplicationStatusConflict("services.case.payment.alreadyRecorded", reference);
        }
        if (paid == null || paid.compareTo(amount) != 0) {
            throw new ApplicationInputInvalid("services.case.payment.wrongAmount", "paymentAmount", amount.toPlainString());
        }
        if (on == null || on.isAfter(today) || on.isBefore(issuedOn)) {
            throw new ApplicationInputInvalid("services.case.payment.wrongDate", "paymentDate");
        }
        if (receiptNumber == null || receiptNumber.isBlank() || receiptNumber.strip().length() > 60) {
            throw new ApplicationInputInvalid("services.case.payment.receiptRequired", "paymentReceipt");
        }
        this.paidAmount = paid;
        this.paidOn = on;
        this.receipt = receiptNumber.strip();
        this.recordedBy = officer.accountId();
        this.recordedByName = officer.name();
        this.recordedAt = now;
    }

    public String getReference() { return reference; }
    public String getApplicationNumber() { return applicationNumber; }
    public BigDecimal getAmount() { return amount; }
    public Instant getIssuedAt() { return issuedAt; }
    public BigDecimal getPaidAmount() { return paidAmount; }
    public LocalDate getPaidOn() { return paidOn; }
    public String getReceipt() { return receipt; }
    public String getRecordedByName() { return recordedByName; }
    public Instant getRecordedAt() { return recordedAt; }
}
