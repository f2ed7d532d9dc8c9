package org.madang.performance.portfolio.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views.AgencyView;
import org.madang.performance.portfolio.application.TaskViews.BudgetView;
import org.madang.performance.portfolio.application.TaskViews.EvaluationView;
import org.madang.performance.portfolio.application.TaskViews.IndicatorView;
import org.madang.performance.portfolio.application.TaskViews.MilestoneView;
import org.madang.performance.portfolio.application.TaskViews.Name;
import org.madang.performance.portfolio.application.TaskViews.PlanView;
import org.madang.performance.portfolio.application.TaskViews.SimilarTask;
import org.madang.performance.portfolio.application.TaskViews.TaskPage;
import org.madang.performance.portfolio.application.TaskViews.YearCell;
import org.madang.performance.portfolio.domain.Grade;
import org.madang.performance.portfolio.domain.GradeBanding;
import org.madang.performance.portfolio.domain.IndicatorResult;
import org.madang.performance.portfolio.domain.PlanStatus;
import org.madang.performance.portfolio.domain.PortfolioTask;
import org.madang.performance.portfolio.domain.TaskEvaluation;
import org.madang.performance.portfolio.domain.TaskIndicator;
import org.madang.performance.portfolio.domain.TaskPlan;
import org.madang.performance.portfolio.infrastructure.TaskRepository;
import org.madang.services.application.Catalogue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Tasks as the pages show them: names looked up, actuals counted live where bound, grades banded. */
@ApplicationScoped
public class PortfolioReadModel {
    @Inject
    TaskRepository tasks;
    @Inject
    OrganisationDirectory directory;
    @Inject
    Catalogue catalogue;
    @Inject
    LiveMeasures live;
    @Inject
    Clock clock;
    @Inject
    ZoneId zone;

    Map<String, AgencyView> agencies() {
        return directory.agencies().stream().collect(Collectors.toMap(AgencyView::code, Function.identity()));
    }

    static Name agency(Map<String, AgencyView> agencies, String code) {
        AgencyView a = agencies.get(code);
        return a == null ? new Name(code, code) : new Name(a.nameKo(), a.nameEn());
    }

    static Name title(TaskPlan p) {
        return new Name(p.getTitle(), p.getTitleEn());
    }

    /** Each evaluation's grade: its rank among the evaluations of the same year and task type. */
    Map<Long, Grade> grades(List<TaskEvaluation> all) {
        Map<String, Map<Long, BigDecimal>> groups = new LinkedHashMap<>();
        for (TaskEvaluation e : all) {
            groups.computeIfAbsent(e.getYear() + "/" + e.getTask().getType(), k -> new LinkedHashMap<>())
                    .put(e.getId(), e.getScore());
        }
        Map<Long, Grade> grades = new HashMap<>();
        groups.values().forEach(g -> grades.putAll(GradeBanding.assign(g)));
        return grades;
    }

    int currentYear() {
        return clock.instant().atZone(zone).getYear();
    }

    TaskPage page(PortfolioTask t, boolean withPending) {
        return page(t, withPending, agencies(), grades(tasks.evaluations()));
    }

    /** One task's page with the names and grades looked up once for a whole list of tasks. */
    TaskPage page(PortfolioTask t, boolean withPending, Map<String, AgencyView> agencies, Map<Long, Grade> grades) {
        List<PlanView> versions = new ArrayList<>();
        PlanView inForce = null;
        for (TaskPlan p : t.getPlans()) {
            if (!withPending && (p.getStatus() == PlanStatus.PROPOSED || p.getStatus() == PlanStatus.REJECTED)) {
                continue;
            }
            PlanView v = plan(t, p, agencies);
            versions.add(v);
            if (p.getStatus() == PlanStatus.APPROVED) {
                inForce = v;
            }
        }
        List<EvaluationView> evaluations = t.getEvaluations().stream().map(e -> new EvaluationView(e.getYear(),
                e.getPlanNumber(), e.getOfficial(), e.getScore(), grades.get(e.getId()), e.getRecommendation(),
                e.getNote())).toList();
        return new TaskPage(t.getId(), t.getType(), agency(agencies, t.getLeadAgency()), t.getLeadAgency(), inForce,
                versions, evaluations, t.awaitingApproval());
    }

    PlanView plan(PortfolioTask t, TaskPlan p, Map<String, AgencyView> agencies) {
        List<IndicatorView> indicators = new ArrayList<>();
        List<TaskIndicator> list = p.getIndicators();
        int thisYear = currentYear();
        for (int i = 0; i < list.size(); i++) {
            TaskIndicator ind = list.get(i);
            List<YearCell> years = new ArrayList<>();
            for (int y = p.getFirstYear(); y <= p.getLastYear(); y++) {
                Optional<TaskEvaluation> e = t.evaluation(y).filter(ev -> ev.getPlanNumber() == p.getNumber());
                if (e.isPresent()) {
                    IndicatorResult r = e.get().getResults().get(i);
                    years.add(new YearCell(y, r.target(), r.actual(), false, r.score(), r.evidence()));
                } else if (p.getStatus() == PlanStatus.APPROVED && ind.getMeasure() != null && y <= thisYear) {
                    years.add(new YearCell(y, ind.target(y), live.value(ind.getMeasure(), ind.getServiceCode(),
                            ind.getAgencyCode(), y), true, null, null));
                } else {
                    years.add(new YearCell(y, ind.target(y), null, false, null, null));
                }
            }
            indicators.add(new IndicatorView(i + 1, ind.getName(), ind.getUnit(), ind.getBaseline(), ind.getWeight(),
                    ind.getMethod(), ind.getMeasure() == null ? null : ind.getMeasure().labelKey(), scope(ind, agencies),
                    years));
        }
        List<SimilarTask> similar = similar(p.similar(), agencies);
        return new PlanView(p.getNumber(), p.getStatus(), title(p), p.getGoals(), p.getOfficial(), p.getFirstYear(),
                p.getLastYear(), p.getReason(), p.getDifference(), similar, p.getProposedAt(), p.getApprovedAt(),
                p.getPartners().stream().map(c -> agency(agencies, c)).toList(),
                p.getBudgets().entrySet().stream().map(b -> new BudgetView(b.getKey(), b.getValue())).toList(),
                p.getMilestones().stream().map(m -> new MilestoneView(m.due(), m.label())).toList(), indicators,
                p.getRejectionReason());
    }

    List<SimilarTask> similar(List<Long> ids, Map<String, AgencyView> agencies) {
        Map<Long, PortfolioTask> found = tasks.byIds(ids).stream()
                .collect(Collectors.toMap(PortfolioTask::getId, Function.identity()));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull)
                .map(s -> new SimilarTask(s.getId(), title(s.latest()), agency(agencies, s.getLeadAgency()),
                        s.getGoals())).toList();
    }

    private Name scope(TaskIndicator ind, Map<String, AgencyView> agencies) {
        if (ind.getServiceCode() != null) {
            return catalogue.findByCode(ind.getServiceCode()).map(s -> new Name(s.nameKo(), s.nameEn()))
                    .orElse(new Name(ind.getServiceCode(), ind.getServiceCode()));
        }
        return ind.getAgencyCode() == null ? null : agency(agencies, ind.getAgencyCode());
    }
}
