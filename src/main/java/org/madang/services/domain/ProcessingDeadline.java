package org.madang.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The processing clock of one application: when it was received, when it is due, whether the clock
 * stands still (a supplement is awaited), the one extension the Act allows and the officer's reason
 * for a delay. The counting itself is {@link ProcessingClock}'s; this keeps the state.
 */
@Embeddable
public class ProcessingDeadline implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The period as it was when the application was received (the catalogue may change later). */
    @Embedded
    private ProcessingPeriod period;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "paused_at")
    private Instant pausedAt;
    @Column(name = "paused_minutes", nullable = false)
    private long pausedMinutes;
    @Column(name = "extended_by")
    private Integer extendedBy;
    @Column(name = "extension_reason", length = 2000)
    private String extensionReason;
    @Column(name = "delay_reason", length = 2000)
    private String delayReason;
    @Column(name = "delayed_at")
    private Instant delayedAt;

    protected ProcessingDeadline() {
    }

    static ProcessingDeadline start(ProcessingPeriod period, Instant receivedAt, ProcessingClock clock) {
        ProcessingDeadline d = new ProcessingDeadline();
        d.period = period;
        d.receivedAt = receivedAt;
        d.dueAt = clock.dueDate(receivedAt, period);
        return d;
    }

    void pause(Instant now) {
        if (pausedAt == null) {
            pausedAt = now;
        }
    }

    /** Starts the clock again; the due date moves by the working time it stood still. */
    Duration resume(Instant now, ProcessingClock clock) {
        if (pausedAt == null) {
            return Duration.ZERO;
        }
        Duration stopped = clock.workingTimeBetween(pausedAt, now);
        dueAt = clock.addWorkingTime(dueAt, stopped);
        pausedMinutes += stopped.toMinutes();
        pausedAt = null;
        return stopped;
    }

    /**
     * The largest extension the Act allows, in the period's published unit: as many days (or hours)
     * as the period itself; "immediately" is three working hours.
     */
    public int maximumExtension() {
        return period.unit() == ProcessingPeriod.Unit.IMMEDIATE ? ProcessingPeriod.IMMEDIATE_HOURS : period.amount();
    }

    /** Extends once by {@code amount} days (day periods) or hours (hour and immediate periods). */
    void extend(int amount, String reason, ProcessingClock clock) {
        if (extendedBy != null) {
            throw new ApplicationStatusConflict("services.case.extension.once");
        }
        if (amount < 1 || amount > maximumExtension()) {
            throw new ApplicationInputInvalid("services.case.extension.tooLong", "extensionAmount",
                    maximumExtension());
        }
        Duration added = period.unit() == ProcessingPeriod.Unit.DAYS
                ? ProcessingClock.WORKING_DAY.multipliedBy(amount) : Duration.ofHours(amount);
        dueAt = clock.addWorkingTime(dueAt, added);
        extendedBy = amount;
        extensionReason = reason;
    }

    /** Records why the application is late; only once the due date has passed. */
    void markDelayed(String reason, Instant now) {
        if (!isOverdue(now)) {
            throw new ApplicationStatusConflict("services.case.delay.notOverdue");
        }
        delayReason = reason;
        delayedAt = now;
    }

    /** Past its due date (a stopped clock is judged at the moment it stopped). */
    public boolean isOverdue(Instant now) {
        if (dueAt == null) {
            return false;
        }
        return (pausedAt != null ? pausedAt : now).isAfter(dueAt);
    }

    public boolean isPaused() {
        return pausedAt != null;
    }

    public boolean isDelayed() {
        return delayedAt != null;
    }

    public ProcessingPeriod getPeriod() {
        return period;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getPausedAt() {
        return pausedAt;
    }

    public long getPausedMinutes() {
        return pausedMinutes;
    }

    public Integer getExtendedBy() {
        return extendedBy;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public String getDelayReason() {
        return delayReason;
    }

    public Instant getDelayedAt() {
        return delayedAt;
    }
}
