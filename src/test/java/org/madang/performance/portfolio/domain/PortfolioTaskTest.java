package org.madang.performance.portfolio.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Indicators are set in advance and frozen once approved; a change is a new version with a reason. */
class PortfolioTaskTest {
    static final Instant T0 = Instant.parse("2025-11-15T01:00:00Z");

    static TreeMap<Integer, BigDecimal> years(double a, double b) {
        return new TreeMap<>(Map.of(2026, BigDecimal.valueOf(a), 2027, BigDecimal.valueOf(b)));
    }

    static IndicatorSpec reported(String name, int weight, double baseline, double t1, double t2) {
        return new IndicatorSpec(name, "%", BigDecimal.valueOf(baseline), weight, "count of the register", null, null,
                null, years(t1, t2));
    }

    static PlanContent plan(String official, IndicatorSpec... indicators) {
        return new PlanContent("무방문 신청", null, "방문 없이 신청한다", official, 2026, 2027, Set.of("MOHW"),
                years(100, 120), List.of(new Milestone(LocalDate.of(2026, 6, 30), "시범")), Arrays.asList(indicators));
    }

    static PortfolioTask approvedTask() {
        PortfolioTask t = new PortfolioTask(TaskType.DEPARTMENTAL, "MOIS", 7L,
                plan("김정훈", reported("a", 60, 10, 30, 50), reported("b", 40, 20, 40, 60)), List.of(), null, T0);
        t.approve(T0.plusSeconds(3600));
        return t;
    }

    @Test
    void aProposalMayChangeUntilApprovedThenItIsFrozen() {
        PortfolioTask t = new PortfolioTask(TaskType.DEPARTMENTAL, "MOIS", 7L,
                plan("김정훈", reported("a", 100, 10, 30, 50)), List.of(), null, T0);
        t.changeProposal(plan("김정훈", reported("a", 100, 10, 35, 55)), List.of(), null);
        assertThat(t.latest().getIndicators().get(0).target(2026)).isEqualByComparingTo("35");
        assertThat(t.latest().getNumber()).isEqualTo(1);

        t.approve(T0.plusSeconds(60));
        assertThat(t.latest().getStatus()).isEqualTo(PlanStatus.APPROVED);
        assertThatThrownBy(() -> t.changeProposal(plan("김정훈", reported("a", 100, 10, 99, 99)), List.of(), null))
                .isInstanceOf(Conflict.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("performance.task.frozen");
        assertThat(t.latest().getIndicators().get(0).target(2026)).isEqualByComparingTo("35");
        assertThatThrownBy(() -> t.approve(T0)).isInstanceOf(Conflict.class);
    }

    @Test
    void aChangeAfterApprovalIsANewVersionWithAReasonAndTheOldOneStays() {
        PortfolioTask t = approvedTask();
        assertThatThrownBy(() -> t.revise(plan("한지수", reported("a", 100, 10, 40, 60)), " ", T0))
                .isInstanceOf(InvalidInput.class);
        t.revise(plan("한지수", reported("a", 100, 10, 40, 60)), "조직 개편", T0.plusSeconds(7200));
        assertThat(t.getPlans()).hasSize(2);
        // until the committee approves, version 1 stays in force
        assertThat(t.inForce().orElseThrow().getNumber()).isEqualTo(1);
        assertThat(t.awaitingApproval()).isTrue();
        assertThatThrownBy(() -> t.revise(plan("한지수", reported("a", 100, 10, 40, 60)), "again", T0))
                .isInstanceOf(Conflict.class);

        t.approve(T0.plusSeconds(9000));
        assertThat(t.inForce().orElseThrow().getNumber()).isEqualTo(2);
        TaskPlan first = t.getPlans().get(0);
        assertThat(first.getStatus()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(first.getOfficial()).isEqualTo("김정훈");
        assertThat(first.getIndicators()).hasSize(2);
        assertThat(t.getPlans().get(1).getReason()).isEqualTo("조직 개편");
        assertThat(t.getTitle()).isEqualTo("무방문 신청");
    }

    @Test
    void theFrozenPlanExposesNoWayToChangeIt() {
        PortfolioTask t = approvedTask();
        TaskPlan p = t.latest();
        assertThatThrownBy(() -> p.getIndicators().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.getBudgets().put(2026, BigDecimal.ONE)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.getPartners().add("NTS")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.change(plan("x", reported("a", 100, 1, 2, 3)), null, List.of()))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void similarTasksRequireTheProposersAnswer() {
        assertThatThrownBy(() -> new PortfolioTask(TaskType.COMMITTEE_KEY, "MOHW", 1L,
                plan("박은영", reported("a", 100, 1, 2, 3)), List.of(5L), " ", T0))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("difference");
        PortfolioTask t = new PortfolioTask(TaskType.COMMITTEE_KEY, "NHIS", 1L,
                plan("박은영", reported("a", 100, 1, 2, 3)), List.of(5L, 9L), "자격 정보로 대상을 넓힌다", T0);
        assertThat(t.latest().similar()).containsExactly(5L, 9L);
        assertThat(t.latest().getDifference()).isEqualTo("자격 정보로 대상을 넓힌다");
    }

    @Test
    void aPlanIsWholeOrRefused() {
        assertThatThrownBy(() -> plan("a", reported("x", 60, 1, 2, 3))).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("performance.task.indicators.weights");
        assertThatThrownBy(() -> new PlanContent("t", null, "g", "o", 2026, 2027, Set.of(),
                new TreeMap<>(Map.of(2026, BigDecimal.ONE)), List.of(), List.of(reported("x", 100, 1, 2, 3))))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("performance.task.budgets");
        IndicatorSpec oneYear = new IndicatorSpec("x", "%", BigDecimal.ONE, 100, "m", null, null, null,
                new TreeMap<>(Map.of(2026, BigDecimal.TEN)));
        assertThatThrownBy(() -> plan("a", oneYear))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("performance.task.indicator.targets");
        assertThatThrownBy(() -> new IndicatorSpec("x", "%", BigDecimal.ONE, 100, "m", Measure.ON_TIME_RATE, null, null,
                years(1, 2))).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("performance.task.indicator.scope");
        assertThatThrownBy(() -> new PortfolioTask(TaskType.DEPARTMENTAL, "MOHW", 1L,
                plan("a", reported("x", 100, 1, 2, 3)), List.of(), null, T0))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("performance.task.partnerIsLead");
    }

    @Test
    void anEvaluationScoresAgainstThePlanInForceAndKeepsItsOfficial() {
        PortfolioTask t = approvedTask();
        List<String> evidence = new ArrayList<>(List.of("보고서 1", "보고서 2"));
        TaskEvaluation e = t.evaluate(2026, List.of(new BigDecimal("25"), new BigDecimal("40")), evidence,
                Recommendation.KEEP, null, T0);
        // a: (25-10)/(30-10) = 75; b: (40-20)/(40-20) = 100; 0.6*75 + 0.4*100 = 85
        assertThat(e.getScore()).isEqualByComparingTo("85.0");
        assertThat(e.getOfficial()).isEqualTo("김정훈");
        assertThat(e.getPlanNumber()).isEqualTo(1);
        assertThat(e.getResults().get(0).target()).isEqualByComparingTo("30");

        // recorded again: replaced, not added
        t.evaluate(2026, List.of(new BigDecimal("30"), new BigDecimal("40")), evidence, Recommendation.INCREASE, "잘함", T0);
        assertThat(t.getEvaluations()).hasSize(1);
        assertThat(t.evaluation(2026).orElseThrow().getScore()).isEqualByComparingTo("100.0");

        assertThatThrownBy(() -> t.evaluate(2025, List.of(BigDecimal.ONE, BigDecimal.ONE), evidence,
                Recommendation.KEEP, null, T0)).isInstanceOf(InvalidInput.class);
        List<String> noEvidence = Arrays.asList("보고서", null);
        assertThatThrownBy(() -> t.evaluate(2027, List.of(BigDecimal.ONE, BigDecimal.ONE), noEvidence,
                Recommendation.KEEP, null, T0)).extracting(x -> ((BusinessException) x).messageKey())
                .isEqualTo("performance.task.evaluation.evidence");
        assertThatThrownBy(() -> t.evaluate(2027, List.of(BigDecimal.ONE, BigDecimal.ONE), evidence, null, null, T0))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void nothingIsEvaluatedBeforeApproval() {
        PortfolioTask t = new PortfolioTask(TaskType.DEPARTMENTAL, "MOIS", 7L,
                plan("김정훈", reported("a", 100, 10, 30, 50)), List.of(), null, T0);
        assertThatThrownBy(() -> t.evaluate(2026, List.of(BigDecimal.ONE), List.of("x"), Recommendation.KEEP, null, T0))
                .isInstanceOf(Conflict.class);
    }
}
