package org.madang.disclosure.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a fee's computation as the officer and the requester read it: what (a bundle key
 * whose {0} is the quantity), how many, how much (negative for a reduction or the amount not counted).
 */
@Embeddable
public class FeeLine implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String REDUCTION = "disclosure.fee.line.reduction";
    public static final String TRUNCATION = "disclosure.fee.line.truncation";
    public static final String POSTAGE = "disclosure.fee.line.postage";

    @Column(name = "label_key", nullable = false, length = 80)
    private String labelKey;
    @Column(nullable = false)
    private long quantity;
    @Column(nullable = false, precision = 12, scale = 0)
    private BigDecimal amount;

    protected FeeLine() {
    }

    public FeeLine(String labelKey, long quantity, long amount) {
        this.labelKey = Objects.requireNonNull(labelKey);
        this.quantity = quantity;
        this.amount = BigDecimal.valueOf(amount);
    }

    public String labelKey() { return labelKey; }
    public long quantity() { return quantity; }
    public BigDecimal amount() { return amount; }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeeLine l && l.labelKey.equals(labelKey) && l.quantity == quantity
                && l.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(labelKey, quantity, amount.longValue());
    }

    @Override
    public String toString() {
        return labelKey + " x" + quantity + " = " + amount;
    }
}
