package org.madang.performance.portfolio.web;

import org.junit.jupiter.api.Test;
import org.madang.performance.portfolio.domain.Measure;
import org.madang.performance.portfolio.domain.PlanContent;
import org.madang.platform.error.InvalidInput;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanFormTest {

    @Test
    void pairsAndMilestonesAreReadAndWrittenBack() {
        assertThat(PlanForm.pairs("2026: 1200\n2027=1500", "budgets"))
                .containsEntry(2026, new BigDecimal("1200")).containsEntry(2027, new BigDecimal("1500"));
        assertThat(PlanForm.pairs("2026: 80, 2027: 85.5", "indicators")).hasSize(2);
        assertThatThrownBy(() -> PlanForm.pairs("2026 eighty", "indicators")).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("indicators");
        assertThatThrownBy(() -> PlanForm.pairs("2026: 1\n2026: 2", "budgets")).isInstanceOf(InvalidInput.class);
        assertThat(PlanForm.milestones("2026-06-30 시범 운영\n\n2027-12-31 전면 시행"))
                .extracting(m -> m.label()).containsExactly("시범 운영", "전면 시행");
        assertThatThrownBy(() -> PlanForm.milestones("6월 말 시범")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aFormBecomesAWholePlanAndBlankIndicatorRowsAreSkipped() {
        PlanForm.IndicatorRow bound = new PlanForm.IndicatorRow();
        bound.setName("기한 내 처리율");
        bound.setUnit("%");
        bound.setBaseline(new BigDecimal("85"));
        bound.setWeight(100);
        bound.setMethod("포털 집계");
        bound.setMeasure("ON_TIME_RATE");
        bound.setService("BUSINESS_REGISTRATION");
        bound.setTargets("2026: 90, 2027: 95");
        PlanContent c = PlanForm.content("과제", "", "목표", "정하늘", 2026, 2027, List.of("MOIS"), "2026: 10\n2027: 20",
                "2026-06-30 시작", List.of(bound, new PlanForm.IndicatorRow()));
        assertThat(c.indicators()).hasSize(1);
        assertThat(c.indicators().get(0).measure()).isEqualTo(Measure.ON_TIME_RATE);
        assertThat(c.titleEn()).isNull();

        PlanForm.IndicatorRow back = PlanForm.row(c.indicators().get(0));
        assertThat(PlanForm.pairs(back.getTargets(), "indicators")).isEqualTo(c.indicators().get(0).targets());
        assertThat(PlanForm.pairs(PlanForm.pairsText(c.budgets()), "budgets")).isEqualTo(c.budgets());
    }
}
