package org.madang.performance.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/**
 * One indicator's result in a year's evaluation: the actual (counted by the portal for a bound
 * indicator, reported with evidence otherwise), the target it was measured against, and its score.
 */
@Embeddable
public class IndicatorResult {
    @Column(name = "target", nullable = false, precision = 16, scale = 2)
    private BigDecimal target;
    @Column(name = "actual", precision = 16, scale = 2)
    private BigDecimal actual;
    @Column(name = "evidence", length = 1000)
    private String evidence;
    @Column(name = "score", nullable = false, precision = 5, scale = 1)
    private BigDecimal score;

    protected IndicatorResult() {
    }

    IndicatorResult(BigDecimal target, BigDecimal actual, String evidence, BigDecimal score) {
        this.target = target;
        this.actual = actual;
        this.evidence = evidence;
        this.score = score;
    }

    public BigDecimal target() { return target; }
    public BigDecimal actual() { return actual; }
    public String evidence() { return evidence; }
    public BigDecimal score() { return score; }
}
