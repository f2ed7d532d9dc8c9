package org.madang.performance.portfolio.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Scores 0-100 with one decimal. An indicator scores the share of the way from its baseline to the
 * year's target that the actual covered (so "fewer days" targets below the baseline work the same
 * way), capped at 100 (over-achievement on one indicator does not hide another's shortfall) and
 * floored at 0; no actual scores 0. A target equal to its baseline is met or not. A task scores the
 * weighted mean of its indicators.
 */
public final class Scoring {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    public static BigDecimal indicator(BigDecimal baseline, BigDecimal target, BigDecimal actual) {
        if (actual == null) {
            return BigDecimal.ZERO.setScale(1);
        }
        int direction = target.compareTo(baseline);
        if (direction == 0) {
            return (actual.compareTo(target) >= 0 ? HUNDRED : BigDecimal.ZERO).setScale(1);
        }
        BigDecimal share = actual.subtract(baseline).multiply(HUNDRED)
                .divide(target.subtract(baseline), 1, RoundingMode.HALF_UP);
        return share.max(BigDecimal.ZERO).min(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }

    public record Weighted(int weight, BigDecimal score) {
    }

    public static BigDecimal task(List<Weighted> parts) {
        long weights = parts.stream().mapToLong(Weighted::weight).sum();
        if (weights <= 0) {
            throw new IllegalArgumentException("no weight to average over");
        }
        BigDecimal sum = parts.stream().map(p -> p.score().multiply(BigDecimal.valueOf(p.weight())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(weights), 1, RoundingMode.HALF_UP);
    }
}
