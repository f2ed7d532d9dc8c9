package org.madang.performance.portfolio.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The committee's evaluation of a task for one year, against the plan version in force: a result per
 * indicator (in the plan's order), the task's score, the budget recommendation, and the responsible
 * official of that version, kept as their record. The grade is not stored: it is the task's rank
 * among the year's evaluated tasks of its type ({@link GradeBanding}).
 */
@Entity
@Table(name = "task_evaluation")
public class TaskEvaluation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    private PortfolioTask task;
    @Column(nullable = false)
    private int year;
    @Column(name = "plan_number", nullable = false)
    private int planNumber;
    @Column(nullable = false, length = 100)
    private String official;
    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal score;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Recommendation recommendation;
    @Column(length = 2000)
    private String note;
    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @CollectionTable(name = "task_evaluation_result", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    private List<IndicatorResult> results = new ArrayList<>();

    protected TaskEvaluation() {
    }

    TaskEvaluation(PortfolioTask task, int year) {
        this.task = task;
        this.year = year;
    }

    void record(TaskPlan plan, List<IndicatorResult> results, Recommendation recommendation, String note, Instant now) {
        this.planNumber = plan.getNumber();
        this.official = plan.getOfficial();
        this.results.clear();
        this.results.addAll(results);
        List<Scoring.Weighted> parts = new ArrayList<>();
        List<TaskIndicator> indicators = plan.getIndicators();
        for (int i = 0; i < indicators.size(); i++) {
            parts.add(new Scoring.Weighted(indicators.get(i).getWeight(), results.get(i).score()));
        }
        this.score = Scoring.task(parts);
        this.recommendation = recommendation;
        this.note = note;
        this.evaluatedAt = now;
    }

    public Long getId() { return id; }
    public PortfolioTask getTask() { return task; }
    public int getYear() { return year; }
    public int getPlanNumber() { return planNumber; }
    public String getOfficial() { return official; }
    public BigDecimal getScore() { return score; }
    public Recommendation getRecommendation() { return recommendation; }
    public String getNote() { return note; }
    public Instant getEvaluatedAt() { return evaluatedAt; }
    public List<IndicatorResult> getResults() { return List.copyOf(results); }
}
