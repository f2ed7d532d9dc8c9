package org.madang.performance.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One application as the indicators count it (performance's own copy of what the services context
 * announces): where it stands, its times, and its processing time already in its legal unit.
 */
public record CaseFacts(long applicationId, long serviceId, long departmentId, Stage stage, Instant startedAt,
                        Instant receivedAt, Instant endedAt, Instant dueAt, Instant pausedAt, boolean countsInDays,
                        Integer unitsTaken, Boolean onTime, boolean extended, boolean supplementRequested) {

    public CaseFacts {
        Objects.requireNonNull(stage);
        Objects.requireNonNull(startedAt);
        if (stage.decided() && receivedAt != null && (unitsTaken == null || onTime == null || endedAt == null)) {
            throw new IllegalArgumentException("a decided case has its processing time, end and on-time flag");
        }
        if (unitsTaken != null && unitsTaken < 0) {
            throw new IllegalArgumentException("negative processing time");
        }
    }

    /** Received and not yet decided: in the backlog; overdue once past its due date (a stopped clock where it stopped). */
    public boolean overdueAt(Instant now) {
        return stage == Stage.OPEN && dueAt != null && (pausedAt != null ? pausedAt : now).isAfter(dueAt);
    }
}
