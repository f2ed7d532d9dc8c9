package org.madang.services.application;

import java.time.Instant;

/**
 * The facts of one application that the performance indicators count, as they are after a change:
 * fired synchronously inside the changing transaction (so the indicators move with the work or not
 * at all) and read in bulk for a rebuild ({@link ApplicationFacts}). No person is in it: no
 * applicant, no officer, no answer.
 *
 * @param departmentId  the department holding the case (the service's own while it is a draft)
 * @param startedAt     when the draft was started
 * @param receivedAt    receipt (null before submission)
 * @param endedAt       decision or withdrawal (null while it runs)
 * @param countsInDays  the legal unit: days (true) or working hours (false)
 * @param unitsTaken    processing time in that unit, rounded up, the clock's stops left out (decided only)
 * @param onTime        decided by the due date (extension included; a stopped clock judged where it stopped)
 */
public record ApplicationProgressed(long applicationId, long serviceId, long departmentId, Stage stage,
                                    Instant startedAt, Instant receivedAt, Instant endedAt, Instant dueAt,
                                    Instant pausedAt, boolean countsInDays, Integer unitsTaken, Boolean onTime,
                                    boolean extended, boolean supplementRequested) {

    /** Where the application stands, as the indicators see it. */
    public enum Stage {
        /** Not filed: a draft, or a bundle part held for its prerequisite. */
        DRAFT,
        /** Received and not yet decided. */
        OPEN,
        APPROVED, REJECTED, WITHDRAWN;

        public boolean decided() {
            return this == APPROVED || this == REJECTED;
        }
    }
}
