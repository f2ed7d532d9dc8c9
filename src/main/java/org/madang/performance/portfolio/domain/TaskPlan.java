package org.madang.performance.portfolio.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One version of a task's plan. While proposed, the proposer may still change it; once approved it
 * is frozen (every command refuses) and stays on the task page as history when a later version is
 * approved.
 */
@Entity
@Table(name = "task_plan")
public class TaskPlan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    private PortfolioTask task;
    @Column(nullable = false)
    private int number;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status = PlanStatus.PROPOSED;
    @Column(nullable = false, length = 300)
    private String title;
    @Column(name = "title_en", length = 300)
    private String titleEn;
    @Column(nullable = false, length = 4000)
    private String goals;
    @Column(nullable = false, length = 100)
    private String official;
    @Column(name = "first_year", nullable = false)
    private int firstYear;
    @Column(name = "last_year", nullable = false)
    private int lastYear;
    /** Why this version replaces the one before (null for the first). */
    @Column(length = 2000)
    private String reason;
    /** The proposer's answer to the overlap check: how this task differs from the similar ones shown. */
    @Column(length = 2000)
    private String difference;
    /** The tasks the overlap check showed the proposer, comma-separated ids, best first. */
    @Column(name = "similar_ids", length = 500)
    private String similarIds;
    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;
    @Column(name = "approved_at")
    private Instant approvedAt;
    /** The committee's reason for refusing this version (null unless rejected). */
    @Column(name = "rejection_reason", length = 2000)
    private String rejectionReason;
    @Column(name = "rejected_at")
    private Instant rejectedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @CollectionTable(name = "task_plan_partner", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "agency_code", nullable = false, length = 40)
    @OrderBy
    private Set<String> partners = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @CollectionTable(name = "task_plan_budget", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyColumn(name = "year")
    @Column(name = "amount", nullable = false, precision = 16, scale = 0)
    @org.hibernate.annotations.SortNatural
    private SortedMap<Integer, BigDecimal> budgets = new TreeMap<>();
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "task_plan_milestone", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<Milestone> milestones = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 50)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderColumn(name = "position")
    private List<TaskIndicator> indicators = new ArrayList<>();

    protected TaskPlan() {
    }

    TaskPlan(PortfolioTask task, int number, PlanContent content, String reason, String difference,
             List<Long> similar, Instant now) {
        this.task = task;
        this.number = number;
        this.reason = reason;
        this.proposedAt = now;
        write(content, difference, similar);
    }

    /** Changes a proposal before approval; an approved version refuses. */
    void change(PlanContent content, String difference, List<Long> similar) {
        requireOpen();
        write(content, difference, similar);
    }

    void approve(Instant now) {
        requireOpen();
        status = PlanStatus.APPROVED;
        approvedAt = now;
    }

    void reject(String why, Instant now) {
        requireOpen();
        if (why == null || why.isBlank() || why.strip().length() > 2000) {
            throw new InvalidInput("performance.task.required.rejectionReason").onField("rejectionReason");
        }
        status = PlanStatus.REJECTED;
        rejectionReason = why.strip();
        rejectedAt = now;
    }

    void supersede() {
        if (status != PlanStatus.APPROVED) {
            throw new IllegalStateException("only the version in force is superseded");
        }
        status = PlanStatus.SUPERSEDED;
    }

    private void requireOpen() {
        if (status.frozen()) {
            throw new Conflict("performance.task.frozen", number);
        }
    }

    private void write(PlanContent c, String difference, List<Long> similar) {
        title = c.title();
        titleEn = c.titleEn();
        goals = c.goals();
        official = c.official();
        firstYear = c.firstYear();
        lastYear = c.lastYear();
        partners.clear();
        partners.addAll(new java.util.TreeSet<>(c.partners()));
        budgets.clear();
        budgets.putAll(c.budgets());
        milestones.clear();
        milestones.addAll(c.milestones());
        indicators.clear();
        c.indicators().forEach(i -> indicators.add(new TaskIndicator(i)));
        this.difference = difference == null || difference.isBlank() ? null : difference.strip();
        this.similarIds = similar.isEmpty() ? null
                : String.join(",", similar.stream().map(String::valueOf).toList());
    }

    public PlanContent content() {
        return new PlanContent(title, titleEn, goals, official, firstYear, lastYear, partners, budgets, milestones,
                indicators.stream().map(TaskIndicator::spec).toList());
    }

    public List<Long> similar() {
        return similarIds == null ? List.of()
                : java.util.Arrays.stream(similarIds.split(",")).map(Long::valueOf).toList();
    }

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    public Long getId() { return id; }
    public int getNumber() { return number; }
    public PlanStatus getStatus() { return status; }
    public String getTitle() { return title; }
    public String getTitleEn() { return titleEn; }
    public String getGoals() { return goals; }
    public String getOfficial() { return official; }
    public int getFirstYear() { return firstYear; }
    public int getLastYear() { return lastYear; }
    public String getReason() { return reason; }
    public String getDifference() { return difference; }
    public Instant getProposedAt() { return proposedAt; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getRejectionReason() { return rejectionReason; }
    public Instant getRejectedAt() { return rejectedAt; }
    public Set<String> getPartners() { return java.util.Collections.unmodifiableSet(partners); }
    public SortedMap<Integer, BigDecimal> getBudgets() { return java.util.Collections.unmodifiableSortedMap(budgets); }
    public List<Milestone> getMilestones() { return List.copyOf(milestones); }
    public List<TaskIndicator> getIndicators() { return List.copyOf(indicators); }
}
