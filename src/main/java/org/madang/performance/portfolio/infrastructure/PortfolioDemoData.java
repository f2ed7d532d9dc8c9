package org.madang.performance.portfolio.infrastructure;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.madang.performance.portfolio.domain.IndicatorSpec;
import org.madang.performance.portfolio.domain.Milestone;
import org.madang.performance.portfolio.domain.PlanContent;
import org.madang.performance.portfolio.domain.PortfolioTask;
import org.madang.performance.portfolio.domain.Recommendation;
import org.madang.performance.portfolio.domain.TaskEvaluation;
import org.madang.platform.persistence.DemoDataRequested;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * About twenty demo tasks (idempotent by title), their history played through the domain with past
 * times: proposed, approved, evaluated for 2024 and 2025 where they report, one plan changed in a
 * second version with its reason, one new version awaiting approval, and one proposal that overlaps
 * an approved task with the proposer's answer.
 */
@Stateless
public class PortfolioDemoData {
    private static final Logger LOG = Logger.getLogger(PortfolioDemoData.class.getName());
    static final String REVISED = "민원 단일창구 구축";
    static final String PENDING_REVISION = "개인정보 열람 통제 강화";
    static final String OVERLAPPED = "복지서비스 무방문 신청";

    @Inject
    TaskRepository tasks;

    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 970) DemoDataRequested event) {
        int created = 0;
        for (DemoTask d : DemoTasks.ALL) {
            if (tasks.findByTitle(d.title()).isEmpty()) {
                play(d);
                created++;
            }
        }
        LOG.info("portfolio demo data: " + created + " tasks created");
    }

    private void play(DemoTask d) {
        Instant proposed = Instant.parse((d.firstYear() - 1) + "-11-15T01:00:00Z");
        List<Long> similar = new ArrayList<>();
        if (d.difference() != null) {
            tasks.findByTitle(OVERLAPPED).ifPresent(t -> similar.add(t.getId()));
        }
        PortfolioTask t = tasks.add(new PortfolioTask(d.type(), d.agency(), null, content(d, d.official(), 0), similar,
                d.difference(), proposed));
        if (d.difference() != null) {
            return;
        }
        t.approve(proposed.plusSeconds(35L * 24 * 3600));
        if (d.progress() == null) {
            return;
        }
        evaluate(t, d, d.firstYear(), d.progress()[0]);
        tasks.flush();
        if (d.title().equals(REVISED)) {
            t.revise(content(d, "한지수", 5), "2025년 조직 개편으로 책임자가 바뀌고, 1차년도 실적을 반영해 2026년 목표를 높임",
                    Instant.parse("2025-02-10T01:00:00Z"));
            t.approve(Instant.parse("2025-03-04T01:00:00Z"));
        }
        evaluate(t, d, d.firstYear() + 1, d.progress()[1]);
        tasks.flush();
        if (d.title().equals(PENDING_REVISION)) {
            t.revise(content(d, d.official(), -10), "2026년 목표를 접근기록 자동 점검 도입 일정에 맞추어 조정",
                    Instant.parse("2026-02-02T01:00:00Z"));
        }
    }

    /** The demo plan; {@code lastTargetShift} moves every indicator's last-year target (a revision). */
    private static PlanContent content(DemoTask d, String official, double lastTargetShift) {
        SortedMap<Integer, BigDecimal> budgets = new TreeMap<>();
        List<Milestone> milestones = new ArrayList<>();
        for (int y = d.firstYear(); y <= d.lastYear(); y++) {
            budgets.put(y, BigDecimal.valueOf(d.budget() + (y - d.firstYear()) * d.budget() / 10));
            milestones.add(new Milestone(LocalDate.of(y, 6, 30), y == d.firstYear() ? "설계와 시범 운영 (design and pilot)"
                    : y == d.lastYear() ? "전면 시행과 성과 점검 (full service and review)" : "대상 확대 (wider roll-out)"));
        }
        List<IndicatorSpec> indicators = d.indicators().stream().map(i -> {
            SortedMap<Integer, BigDecimal> targets = new TreeMap<>(i.targets());
            targets.computeIfPresent(d.lastYear(), (y, v) -> v.add(BigDecimal.valueOf(lastTargetShift)));
            return new IndicatorSpec(i.name(), i.unit(), i.baseline(), i.weight(), i.method(), i.measure(),
                    i.serviceCode(), i.agencyCode(), targets);
        }).toList();
        return new PlanContent(d.title(), d.titleEn(), d.goals(), official, d.firstYear(), d.lastYear(),
                new LinkedHashSet<>(d.partners()), budgets, milestones, indicators);
    }

    /** Reported actuals {@code progress} % of the way from baseline to the year's target, with evidence. */
    private static void evaluate(PortfolioTask t, DemoTask d, int year, int progress) {
        List<BigDecimal> actuals = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        var plan = t.inForce().orElseThrow();
        for (var ind : plan.getIndicators()) {
            BigDecimal target = ind.target(year);
            actuals.add(ind.getBaseline().add(target.subtract(ind.getBaseline()).multiply(BigDecimal.valueOf(progress))
                    .divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP)));
            evidence.add(year + "년 성과 보고서와 " + ind.getMethod());
        }
        TaskEvaluation e = t.evaluate(year, actuals, evidence, Recommendation.KEEP, null,
                Instant.parse((year + 1) + "-01-20T01:00:00Z"));
        Recommendation r = recommendation(e.getScore());
        t.evaluate(year, actuals, evidence, r, r == Recommendation.KEEP ? null : "점수에 따른 위원회 권고",
                Instant.parse((year + 1) + "-01-20T01:00:00Z"));
    }

    private static Recommendation recommendation(BigDecimal score) {
        double s = score.doubleValue();
        return s >= 95 ? Recommendation.INCREASE : s >= 70 ? Recommendation.KEEP : s >= 40 ? Recommendation.CUT
                : Recommendation.STOP;
    }
}
