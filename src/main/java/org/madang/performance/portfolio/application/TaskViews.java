package org.madang.performance.portfolio.application;

import org.madang.performance.portfolio.domain.Grade;
import org.madang.performance.portfolio.domain.PlanStatus;
import org.madang.performance.portfolio.domain.Recommendation;
import org.madang.performance.portfolio.domain.TaskType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the portfolio's pages and API show; names in both languages, picked by the page. */
public final class TaskViews {
    private TaskViews() {
    }

    public record Name(String ko, String en) implements Serializable {
        public String in(String lang) {
            return "en".equals(lang) && en != null ? en : ko;
        }
    }

    /** A row of the public list: the version in force, and the latest evaluation with its grade. */
    public record TaskRow(long id, TaskType type, Name title, Name agency, String official, int firstYear, int lastYear,
                          boolean revisionPending, Integer evaluatedYear, BigDecimal score, Grade grade,
                          Recommendation recommendation) implements Serializable {
    }

    /** The responsible officials' record: one line per evaluation, under the official named in that version. */
    public record OfficialLine(String official, long taskId, Name title, int year, BigDecimal score, Grade grade,
                               Recommendation recommendation) implements Serializable {
    }

    public record Portfolio(TaskType type, List<TaskRow> tasks, List<OfficialLine> officials) implements Serializable {
    }

    /** One year of an indicator: its target, the actual (evaluated, or counted live so far) and score. */
    public record YearCell(int year, BigDecimal target, BigDecimal actual, boolean live, BigDecimal score,
                           String evidence) implements Serializable {
    }

    public record IndicatorView(int position, String name, String unit, BigDecimal baseline, int weight, String method,
                                String measureKey, Name scope, List<YearCell> years) implements Serializable {
        public boolean bound() {
            return measureKey != null;
        }
    }

    public record MilestoneView(LocalDate due, String label) implements Serializable {
    }

    public record BudgetView(int year, BigDecimal amount) implements Serializable {
    }

    public record PlanView(int number, PlanStatus status, Name title, String goals, String official, int firstYear,
                           int lastYear, String reason, String difference, List<SimilarTask> similar,
                           Instant proposedAt, Instant approvedAt, List<Name> partners, List<BudgetView> budgets,
                           List<MilestoneView> milestones, List<IndicatorView> indicators, String rejectionReason)
            implements Serializable {
    }

    public record EvaluationView(int year, int planNumber, String official, BigDecimal score, Grade grade,
                                 Recommendation recommendation, String note) implements Serializable {
    }

    public record TaskPage(long id, TaskType type, Name agency, String agencyCode, PlanView inForce,
                           List<PlanView> versions, List<EvaluationView> evaluations, boolean awaitingApproval)
            implements Serializable {
    }

    /** A task the overlap check found, with what the proposer should compare. */
    public record SimilarTask(long id, Name title, Name agency, String goals) implements Serializable {
    }

    /** A task in the office lists: its latest version and where that stands. */
    public record OfficeRow(long id, TaskType type, Name title, Name agency, int number, PlanStatus status,
                            Instant proposedAt) implements Serializable {
    }

    /** What the proposal form offers: agencies and services to bind indicators to. */
    public record FormChoices(List<Choice> agencies, List<Choice> services) implements Serializable {
    }

    public record Choice(String value, Name label) implements Serializable {
    }
}
