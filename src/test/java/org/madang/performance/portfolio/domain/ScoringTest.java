package org.madang.performance.portfolio.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringTest {
    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void theShareOfTheWayFromBaselineToTarget() {
        assertThat(Scoring.indicator(d("10"), d("30"), d("25"))).isEqualByComparingTo("75.0");
        assertThat(Scoring.indicator(d("10"), d("30"), d("30"))).isEqualByComparingTo("100.0");
        assertThat(Scoring.indicator(d("10"), d("30"), d("40"))).isEqualByComparingTo("100.0");
        assertThat(Scoring.indicator(d("10"), d("30"), d("5"))).isEqualByComparingTo("0.0");
        assertThat(Scoring.indicator(d("10"), d("13"), d("11"))).isEqualByComparingTo("33.3");
    }

    @Test
    void aTargetBelowTheBaselineCountsDownwards() {
        // processing days: 14 -> 10; 11 days is three quarters of the way
        assertThat(Scoring.indicator(d("14"), d("10"), d("11"))).isEqualByComparingTo("75.0");
        assertThat(Scoring.indicator(d("14"), d("10"), d("16"))).isEqualByComparingTo("0.0");
    }

    @Test
    void aTargetEqualToTheBaselineIsMetOrNot() {
        assertThat(Scoring.indicator(d("5"), d("5"), d("5"))).isEqualByComparingTo("100.0");
        assertThat(Scoring.indicator(d("5"), d("5"), d("4.9"))).isEqualByComparingTo("0.0");
    }

    @Test
    void noActualScoresZero() {
        assertThat(Scoring.indicator(d("10"), d("30"), null)).isEqualByComparingTo("0.0");
    }

    @Test
    void aTaskScoresTheWeightedMean() {
        assertThat(Scoring.task(List.of(new Scoring.Weighted(60, d("100")), new Scoring.Weighted(40, d("50")))))
                .isEqualByComparingTo("80.0");
        assertThat(Scoring.task(List.of(new Scoring.Weighted(70, d("33.3")), new Scoring.Weighted(30, d("0")))))
                .isEqualByComparingTo("23.3");
    }
}
