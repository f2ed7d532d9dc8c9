package org.madang.disclosure.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.integrity.DammCheckDigit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A disclosure fee to be paid for one request and, once an officer has recorded it, its payment
 * (the built-in adapter's record). The amount is fixed when the order opens; a payment must match.
 * The reference (납부번호), e.g. {@code 2612-0700-0042-5}, is the receipt number's date (yyMMdd) and
 * sequence with a Damm check digit, so a mistyped digit is caught.
 */
@Entity
@Table(name = "disclosure_fee_payment")
public class FeePayment {
    private static final Pattern FORMAT = Pattern.compile("\\d{4}-?\\d{4}-?\\d{4}-?\\d");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    @Column(nullable = false, unique = true, length = 20)
    private String reference;
    @Column(name = "request_number", nullable = false, unique = true, length = 20)
    private String requestNumber;
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

    protected FeePayment() {
    }

    public FeePayment(RequestNumber request, BigDecimal amount, Instant now) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("a payment order is for a positive amount");
        }
        this.reference = referenceOf(request);
        this.requestNumber = request.toString();
        this.amount = amount;
        this.issuedAt = now;
    }

    public static String referenceOf(RequestNumber n) {
        String d = n.date().format(DateTimeFormatter.ofPattern("yyMMdd")) + String.format("%06d", n.sequence());
        return d.substring(0, 4) + "-" + d.substring(4, 8) + "-" + d.substring(8, 12) + "-" + DammCheckDigit.of(d);
    }

    /** A reference as typed, normalised; empty when malformed or its check digit is wrong. */
    public static Optional<String> normalise(String text) {
        if (text == null || !FORMAT.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        String all = text.strip().replace("-", "");
        String d = all.substring(0, 12);
        if (DammCheckDigit.of(d) != all.charAt(12) - '0') {
            return Optional.empty();
        }
        return Optional.of(d.substring(0, 4) + "-" + d.substring(4, 8) + "-" + d.substring(8, 12) + "-" + all.charAt(12));
    }

    /**
     * Records the payment as seen on the bank statement or the counter receipt; {@code today} and
     * {@code issuedOn} are dates in Korea: a payment cannot be later than today nor before the order.
     */
    public void record(BigDecimal paid, LocalDate on, String receiptNumber, RequestOfficer officer, Instant now,
                       LocalDate today, LocalDate issuedOn) {
        if (recordedAt != null) {
            throw new Conflict("disclosure.fee.payment.alreadyRecorded", reference);
        }
        if (paid == null || paid.compareTo(amount) != 0) {
            throw new InvalidInput("disclosure.fee.payment.wrongAmount", amount.toPlainString()).onField("paymentAmount");
        }
        if (on == null || on.isAfter(today) || on.isBefore(issuedOn)) {
            throw new InvalidInput("disclosure.fee.payment.wrongDate").onField("paymentDate");
        }
        if (receiptNumber == null || receiptNumber.isBlank() || receiptNumber.strip().length() > 60) {
            throw new InvalidInput("disclosure.fee.payment.receiptRequired").onField("paymentReceipt");
        }
        this.paidAmount = paid;
        this.paidOn = on;
        this.receipt = receiptNumber.strip();
        this.recordedBy = officer.accountId();
        this.recordedByName = officer.name();
        this.recordedAt = now;
    }

    public String getReference() { return reference; }
    public String getRequestNumber() { return requestNumber; }
    public BigDecimal getAmount() { return amount; }
    public Instant getIssuedAt() { return issuedAt; }
    public BigDecimal getPaidAmount() { return paidAmount; }
    public LocalDate getPaidOn() { return paidOn; }
    public String getReceipt() { return receipt; }
    public String getRecordedByName() { return recordedByName; }
    public Instant getRecordedAt() { return recordedAt; }
}
