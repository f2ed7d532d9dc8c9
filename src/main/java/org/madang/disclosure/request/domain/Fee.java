package org.madang.disclosure.request.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.BatchSize;
import org.madang.platform.error.Conflict;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The fee assessed with a disclosure decision (정보공개 수수료): its lines as computed, the fee and
 * postage, the answer to a reduction claim, the payment reference when something is owed, and
 * the day the payment was recorded. Outstanding from the decision until the payment is recorded;
 * a fee of zero (nothing chargeable, or reduced below the counting unit) is never outstanding.
 */
@Embeddable
public class Fee {
    @Column(name = "fee_assessed", nullable = false)
    private boolean assessed;
    @Column(name = "fee_amount", precision = 12, scale = 0)
    private BigDecimal amount;
    @Column(name = "fee_postage", precision = 12, scale = 0)
    private BigDecimal postage;
    @Enumerated(EnumType.STRING)
    @Column(name = "fee_waiver_answer", length = 10)
    private WaiverAnswer waiver;
    /** Shown to the requester (the refusal's reasons, or a note on the reduction). */
    @Column(name = "fee_answer_reason", length = RequestDetails.TEXT_MAX)
    private String waiverReason;
    @Column(name = "fee_reference", length = 20)
    private String reference;
    @Column(name = "fee_paid_on")
    private LocalDate paidOn;
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "disclosure_request_fee_line", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<FeeLine> lines = new ArrayList<>();

    Fee() {
    }

    void assess(FeeComputation c) {
        if (assessed) {
            throw new Conflict("disclosure.fee.already");
        }
        assessed = true;
        amount = BigDecimal.valueOf(c.fee());
        postage = BigDecimal.valueOf(c.postage());
        waiver = c.waiver();
        waiverReason = c.waiverReason();
        lines.clear();
        lines.addAll(c.lines());
    }

    void ordered(String paymentReference) {
        if (!isOutstanding() || reference != null) {
            throw new Conflict("disclosure.fee.notOutstanding");
        }
        reference = paymentReference;
    }

    void paid(LocalDate on) {
        if (!isOutstanding()) {
            throw new Conflict("disclosure.fee.notOutstanding");
        }
        paidOn = on;
    }

    public boolean isAssessed() { return assessed; }

    public BigDecimal getTotal() {
        return !assessed ? BigDecimal.ZERO : amount.add(postage);
    }

    /** Something is owed and its payment has not been recorded. */
    public boolean isOutstanding() {
        return assessed && getTotal().signum() > 0 && paidOn == null;
    }

    public boolean isPaid() { return paidOn != null; }
    public BigDecimal getAmount() { return amount; }
    public BigDecimal getPostage() { return postage; }
    public WaiverAnswer getWaiver() { return waiver; }
    public String getWaiverReason() { return waiverReason; }
    public String getReference() { return reference; }
    public LocalDate getPaidOn() { return paidOn; }
    public List<FeeLine> getLines() { return Collections.unmodifiableList(lines); }
}
