package org.madang.performance.portfolio.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An e-government task (project) of the portfolio: its type and lead agency, and its plan in
 * versions. The first version is proposed with the answer to the overlap check; the committee
 * approves it, which freezes it; a change is a new version with a reason, approved in turn. The
 * title and goals of the latest version are kept here too, for the overlap check's index.
 */
@Entity
@Table(name = "portfolio_task")
@Indexed(index = "portfolio_task")
public class PortfolioTask {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = "tid", projectable = Projectable.YES)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TaskType type;
    @Column(name = "lead_agency", nullable = false, length = 40)
    @KeywordField(name = "agency")
    private String leadAgency;
    /** The account that proposed it (null for tasks loaded from the roadmap). */
    @Column(name = "proposed_by")
    private Long proposedBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false, length = 300)
    @FullTextField(name = "title_ko", analyzer = "korean")
    @FullTextField(name = "title_bigram", analyzer = "cjk")
    private String title;
    @Column(nullable = false, length = 4000)
    @FullTextField(name = "goals_ko", analyzer = "korean")
    @FullTextField(name = "goals_bigram", analyzer = "cjk")
    private String goals;
    @Version
    private long version;
    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL)
    @OrderBy("number")
    @BatchSize(size = 50)
    private List<TaskPlan> plans = new ArrayList<>();
    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL)
    @OrderBy("year")
    @BatchSize(size = 50)
    private List<TaskEvaluation> evaluations = new ArrayList<>();

    protected PortfolioTask() {
    }

    /**
     * A new task with its first version proposed. {@code similar}: the other agencies' tasks the
     * overlap check found; when there are any, the proposer must say how this one differs.
     */
    public PortfolioTask(TaskType type, String leadAgency, Long proposedBy, PlanContent content, List<Long> similar,
                         String difference, Instant now) {
        if (type == null) {
            throw new InvalidInput("performance.task.required.type").onField("type");
        }
        this.type = type;
        this.leadAgency = leadAgency;
        this.proposedBy = proposedBy;
        this.createdAt = now;
        requireAnswer(similar, difference);
        requireOwnPartners(content);
        plans.add(new TaskPlan(this, 1, content, null, difference, similar, now));
        follow(content);
    }

    /** Changes the version awaiting approval; refused once it is approved (frozen). */
    public void changeProposal(PlanContent content, List<Long> similar, String difference) {
        TaskPlan latest = latest();
        if (latest.getStatus() == PlanStatus.PROPOSED) {
            requireAnswer(similar, difference);
            requireOwnPartners(content);
        }
        latest.change(content, difference, similar);
        follow(content);
    }

    /** A new version of an approved plan, with the reason for the change; it waits for approval. */
    public void revise(PlanContent content, String reason, Instant now) {
        if (inForce().isEmpty() || latest().getStatus() == PlanStatus.PROPOSED) {
            throw new Conflict("performance.task.reviseWhilePending");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InvalidInput("performance.task.required.reason").onField("reason");
        }
        requireOwnPartners(content);
        plans.add(new TaskPlan(this, latest().getNumber() + 1, content, reason.strip(), null, List.of(), now));
        follow(content);
    }

    /** The committee approves the version awaiting approval: it is frozen and in force; the one before is history. */
    public void approve(Instant now) {
        TaskPlan latest = latest();
        if (latest.getStatus() != PlanStatus.PROPOSED) {
            throw new Conflict("performance.task.nothingToApprove");
        }
        inForce().ifPresent(TaskPlan::supersede);
        latest.approve(now);
    }

    /**
     * The committee refuses the version awaiting approval, with its reason: it is frozen and never in
     * force; the version in force (if any) stays, and a new version may be proposed against it.
     */
    public void reject(String reason, Instant now) {
        TaskPlan latest = latest();
        if (latest.getStatus() != PlanStatus.PROPOSED) {
            throw new Conflict("performance.task.nothingToApprove");
        }
        latest.reject(reason, now);
    }

    /**
     * The committee's evaluation of a year the plan in force covers: the actual of each indicator
     * (in the plan's order; null when nothing was counted or reported) with its evidence. Recording
     * the same year again replaces it.
     */
    public TaskEvaluation evaluate(int year, List<BigDecimal> actuals, List<String> evidence,
                                  Recommendation recommendation, String note, Instant now) {
        TaskPlan plan = inForce().orElseThrow(() -> new Conflict("performance.task.notApproved"));
        if (!plan.covers(year)) {
            throw new InvalidInput("performance.task.evaluation.year", year).onField("year");
        }
        if (recommendation == null) {
            throw new InvalidInput("performance.task.required.recommendation").onField("recommendation");
        }
        List<TaskIndicator> indicators = plan.getIndicators();
        if (actuals.size() != indicators.size() || evidence.size() != indicators.size()) {
            throw new IllegalArgumentException("one actual and one evidence per indicator");
        }
        List<IndicatorResult> results = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            TaskIndicator ind = indicators.get(i);
            String proof = evidence.get(i) == null || evidence.get(i).isBlank() ? null : evidence.get(i).strip();
            if (!ind.spec().bound() && actuals.get(i) != null && proof == null) {
                throw new InvalidInput("performance.task.evaluation.evidence", ind.getName()).onField("evidence");
            }
            results.add(new IndicatorResult(ind.target(year), actuals.get(i), proof,
                    Scoring.indicator(ind.getBaseline(), ind.target(year), actuals.get(i))));
        }
        TaskEvaluation e = evaluation(year).orElseGet(() -> {
            TaskEvaluation created = new TaskEvaluation(this, year);
            evaluations.add(created);
            return created;
        });
        e.record(plan, results, recommendation, note == null || note.isBlank() ? null : note.strip(), now);
        return e;
    }

    private void requireAnswer(List<Long> similar, String difference) {
        if (!similar.isEmpty() && (difference == null || difference.isBlank())) {
            throw new InvalidInput("performance.task.required.difference").onField("difference");
        }
        if (difference != null && difference.length() > 2000) {
            throw new InvalidInput("performance.task.tooLong", 2000).onField("difference");
        }
    }

    private void requireOwnPartners(PlanContent content) {
        if (content.partners().contains(leadAgency)) {
            throw new InvalidInput("performance.task.partnerIsLead").onField("partners");
        }
    }

    private void follow(PlanContent content) {
        this.title = content.title();
        this.goals = content.goals();
    }

    public TaskPlan latest() {
        return plans.get(plans.size() - 1);
    }

    /** The approved version, if any. */
    public Optional<TaskPlan> inForce() {
        return plans.stream().filter(p -> p.getStatus() == PlanStatus.APPROVED).findFirst();
    }

    public Optional<TaskEvaluation> evaluation(int year) {
        return evaluations.stream().filter(e -> e.getYear() == year).findFirst();
    }

    public boolean awaitingApproval() {
        return latest().getStatus() == PlanStatus.PROPOSED;
    }

    public Long getId() { return id; }
    public TaskType getType() { return type; }
    public String getLeadAgency() { return leadAgency; }
    public Long getProposedBy() { return proposedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getTitle() { return title; }
    public String getGoals() { return goals; }
    public List<TaskPlan> getPlans() { return List.copyOf(plans); }
    public List<TaskEvaluation> getEvaluations() { return List.copyOf(evaluations); }
}
