package org.madang.performance.portfolio.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.madang.performance.portfolio.application.TaskViews.Name;
import org.madang.performance.portfolio.domain.IndicatorResult;
import org.madang.performance.portfolio.domain.PortfolioTask;
import org.madang.performance.portfolio.domain.Recommendation;
import org.madang.performance.portfolio.domain.TaskEvaluation;
import org.madang.performance.portfolio.domain.TaskIndicator;
import org.madang.performance.portfolio.domain.TaskPlan;
import org.madang.performance.portfolio.infrastructure.TaskRepository;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.platform.security.Roles;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The committee's year-end evaluation of a task: bound indicators take the actual the portal counted
 * for the year (whatever the form sent), reported ones the actual and evidence the committee
 * records. The grade follows from the scores of the year's tasks of the same type.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class TaskEvaluations {
    @Inject
    TaskRepository tasks;
    @Inject
    LiveMeasures live;
    @Inject
    Clock clock;

    public record Line(int position, String name, String unit, BigDecimal baseline, BigDecimal target, boolean bound,
                       BigDecimal actual, String evidence) implements Serializable {
    }

    public record Sheet(long taskId, Name title, int year, int planNumber, String official, List<Line> lines,
                        Recommendation recommendation, String note) implements Serializable {
    }

    /** The form for a year: bound actuals counted now; a year already evaluated shows what was recorded. */
    public Sheet sheet(long id, int year) {
        PortfolioTask t = task(id);
        TaskPlan plan = plan(t, year);
        Optional<TaskEvaluation> done = t.evaluation(year).filter(e -> e.getPlanNumber() == plan.getNumber());
        List<TaskIndicator> indicators = plan.getIndicators();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            TaskIndicator ind = indicators.get(i);
            int at = i;
            IndicatorResult r = done.map(e -> e.getResults().get(at)).orElse(null);
            BigDecimal actual = ind.getMeasure() != null ? measured(ind, year) : r == null ? null : r.actual();
            lines.add(new Line(i + 1, ind.getName(), ind.getUnit(), ind.getBaseline(), ind.target(year),
                    ind.getMeasure() != null, actual, r == null ? null : r.evidence()));
        }
        return new Sheet(t.getId(), PortfolioReadModel.title(plan), year, plan.getNumber(), plan.getOfficial(), lines,
                done.map(TaskEvaluation::getRecommendation).orElse(null), done.map(TaskEvaluation::getNote).orElse(null));
    }

    /** Records (or records again) the year's evaluation; {@code actuals} and {@code evidence} in the plan's order. */
    @Audited("performance.task.evaluate")
    public void record(@AuditTarget("task") long id, int year, @NotNull List<BigDecimal> actuals,
                       @NotNull List<String> evidence, Recommendation recommendation, @Size(max = 2000) String note) {
        PortfolioTask t = tasks.lock(id).orElseThrow(() -> new NotFound("performance.task.notFound"));
        TaskPlan plan = plan(t, year);
        List<TaskIndicator> indicators = plan.getIndicators();
        if (actuals.size() != indicators.size() || evidence.size() != indicators.size()) {
            throw new InvalidInput("performance.task.evaluation.incomplete").onField("actual");
        }
        List<BigDecimal> counted = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            TaskIndicator ind = indicators.get(i);
            counted.add(ind.getMeasure() != null ? measured(ind, year) : actuals.get(i));
        }
        t.evaluate(year, counted, evidence, recommendation, note, clock.instant());
    }

    private BigDecimal measured(TaskIndicator ind, int year) {
        return live.value(ind.getMeasure(), ind.getServiceCode(), ind.getAgencyCode(), year);
    }

    private static TaskPlan plan(PortfolioTask t, int year) {
        TaskPlan plan = t.inForce().orElseThrow(() -> new Conflict("performance.task.notApproved"));
        if (!plan.covers(year)) {
            throw new NotFound("performance.task.evaluation.year", year);
        }
        return plan;
    }

    private PortfolioTask task(long id) {
        return tasks.find(id).orElseThrow(() -> new NotFound("performance.task.notFound"));
    }
}
