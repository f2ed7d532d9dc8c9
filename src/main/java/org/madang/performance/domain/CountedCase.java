package org.madang.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The facts of one application as last counted in the monthly aggregate: kept so that the next
 * change can take exactly this contribution away before adding the new one.
 */
@Entity
@Table(name = "performance_case")
public class CountedCase {
    @Id
    @Column(name = "application_id")
    private long applicationId;
    @Column(name = "service_id", nullable = false)
    private long serviceId;
    @Column(name = "department_id", nullable = false)
    private long departmentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Stage stage;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "paused_at")
    private Instant pausedAt;
    @Column(name = "counts_in_days", nullable = false)
    private boolean countsInDays;
    @Column(name = "units_taken")
    private Integer unitsTaken;
    @Column(name = "on_time")
    private Boolean onTime;
    @Column(nullable = false)
    private boolean extended;
    @Column(name = "supplement_requested", nullable = false)
    private boolean supplementRequested;
    /** counted overdue in performance_open (a running case is flipped by the sweep when its due time passes) */
    @Column(nullable = false)
    private boolean overdue;

    protected CountedCase() {
    }

    /** The case as first counted at {@code now}. */
    public CountedCase(CaseFacts f, Instant now) {
        applicationId = f.applicationId();
        update(f, now);
    }

    /** Now counted as {@code f} at {@code now}; the application is the same one. */
    public void update(CaseFacts f, Instant now) {
        if (f.applicationId() != applicationId) {
            throw new IllegalArgumentException("another application's facts");
        }
        serviceId = f.serviceId();
        departmentId = f.departmentId();
        stage = f.stage();
        startedAt = f.startedAt();
        receivedAt = f.receivedAt();
        endedAt = f.endedAt();
        dueAt = f.dueAt();
        pausedAt = f.pausedAt();
        countsInDays = f.countsInDays();
        unitsTaken = f.unitsTaken();
        onTime = f.onTime();
        extended = f.extended();
        supplementRequested = f.supplementRequested();
        overdue = f.overdueAt(now);
    }

    /** What this case adds to the open-now counts, as last counted. */
    public OpenNow openNow() {
        return OpenNow.of(serviceId, departmentId, stage == Stage.OPEN, overdue);
    }

    public CaseFacts facts() {
        return new CaseFacts(applicationId, serviceId, departmentId, stage, startedAt, receivedAt, endedAt, dueAt,
                pausedAt, countsInDays, unitsTaken, onTime, extended, supplementRequested);
    }

    public long getApplicationId() {
        return applicationId;
    }
}
