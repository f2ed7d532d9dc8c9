package org.madang.performance.portfolio.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.identity.application.Views.AgencyView;
import org.madang.performance.portfolio.application.TaskViews.OfficialLine;
import org.madang.performance.portfolio.application.TaskViews.Portfolio;
import org.madang.performance.portfolio.application.TaskViews.TaskPage;
import org.madang.performance.portfolio.application.TaskViews.TaskRow;
import org.madang.performance.portfolio.domain.Grade;
import org.madang.performance.portfolio.domain.PortfolioTask;
import org.madang.performance.portfolio.domain.TaskEvaluation;
import org.madang.performance.portfolio.domain.TaskPlan;
import org.madang.performance.portfolio.domain.TaskType;
import org.madang.performance.portfolio.infrastructure.TaskRepository;
import org.madang.platform.error.NotFound;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public portfolio (/performance/tasks/, GET /api/performance/tasks): tasks with an approved
 * plan, their versions, indicators, actuals and grades. Proposals not yet approved are not public.
 */
@Stateless
@PermitAll
public class TaskPortfolio {
    @Inject
    TaskRepository tasks;
    @Inject
    PortfolioReadModel read;

    /** A type's code from a request parameter (blank: all types); an unknown one is not found. */
    public TaskType type(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return TaskType.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFound("performance.task.unknownType").onField("type");
        }
    }

    public Portfolio portfolio(TaskType type) {
        Map<String, AgencyView> agencies = read.agencies();
        List<TaskEvaluation> evaluations = tasks.evaluations();
        Map<Long, Grade> grades = read.grades(evaluations);
        List<TaskRow> rows = tasks.all().stream()
                .filter(t -> t.inForce().isPresent() && (type == null || t.getType() == type))
                .map(t -> row(t, agencies, grades)).toList();
        List<OfficialLine> officials = evaluations.stream()
                .filter(e -> type == null || e.getTask().getType() == type)
                .sorted(Comparator.comparing(TaskEvaluation::getOfficial).thenComparing(TaskEvaluation::getYear))
                .map(e -> new OfficialLine(e.getOfficial(), e.getTask().getId(),
                        PortfolioReadModel.title(e.getTask().inForce().orElse(e.getTask().latest())), e.getYear(),
                        e.getScore(), grades.get(e.getId()), e.getRecommendation())).toList();
        return new Portfolio(type, rows, officials);
    }

    /**
     * Every listed task with its page (the API's answer): names, evaluations and grades read once for
     * all, the tasks' plans and indicators in batches, not once per task.
     */
    public List<TaskWithPage> pages(TaskType type) {
        Map<String, AgencyView> agencies = read.agencies();
        Map<Long, Grade> grades = read.grades(tasks.evaluations());
        return tasks.all().stream()
                .filter(t -> t.inForce().isPresent() && (type == null || t.getType() == type))
                .map(t -> new TaskWithPage(row(t, agencies, grades), read.page(t, false, agencies, grades))).toList();
    }

    public record TaskWithPage(TaskRow row, TaskPage page) {
    }

    /** A task's public page: every approved version (the one in force and the superseded ones). */
    public TaskPage page(long id) {
        PortfolioTask t = tasks.find(id).filter(x -> x.inForce().isPresent())
                .orElseThrow(() -> new NotFound("performance.task.notFound"));
        return read.page(t, false);
    }

    private static TaskRow row(PortfolioTask t, Map<String, AgencyView> agencies, Map<Long, Grade> grades) {
        TaskPlan p = t.inForce().orElseThrow();
        Optional<TaskEvaluation> last = t.getEvaluations().stream().max(Comparator.comparing(TaskEvaluation::getYear));
        return new TaskRow(t.getId(), t.getType(), PortfolioReadModel.title(p),
                PortfolioReadModel.agency(agencies, t.getLeadAgency()), p.getOfficial(), p.getFirstYear(),
                p.getLastYear(), t.awaitingApproval(), last.map(TaskEvaluation::getYear).orElse(null),
                last.map(TaskEvaluation::getScore).orElse(null), last.map(e -> grades.get(e.getId())).orElse(null),
                last.map(TaskEvaluation::getRecommendation).orElse(null));
    }
}
