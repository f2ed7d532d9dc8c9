package org.madang.services.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands. DRAFT → SUBMITTED → UNDER_REVIEW ⇄ AWAITING_SUPPLEMENT → APPROVED or
 * REJECTED; the citizen may withdraw before a decision; an officer may transfer it to another
 * department, where it waits (TRANSFERRED) to be claimed like a new one. A part of a bundle that
 * depends on another part waits (AWAITING_PREREQUISITE) outside every queue until it may be filed.
 */
public enum ApplicationStatus {
    DRAFT, AWAITING_PREREQUISITE, SUBMITTED, UNDER_REVIEW, AWAITING_SUPPLEMENT, TRANSFERRED, APPROVED, REJECTED, WITHDRAWN;

    /** Waiting in a department's queue for an officer. */
    public static final Set<ApplicationStatus> WAITING = EnumSet.of(SUBMITTED, TRANSFERRED);
    /** Received and not yet decided or withdrawn: the processing clock runs (or stands). */
    public static final Set<ApplicationStatus> OPEN = EnumSet.of(SUBMITTED, TRANSFERRED, UNDER_REVIEW,
            AWAITING_SUPPLEMENT);

    public void requireOneOf(ApplicationStatus... allowed) {
        for (ApplicationStatus s : allowed) {
            if (s == this) {
                return;
            }
        }
        throw ApplicationStatusConflict.notIn(this);
    }

    /** An officer of the department may take it from the queue ({@link Application#claim}). */
    public boolean isClaimable() {
        return WAITING.contains(this);
    }

    /** Its handler may approve it, ask for a supplement or transfer it. */
    public boolean isUnderReview() {
        return this == UNDER_REVIEW;
    }

    /** Its handler may reject it ({@link Application#reject}): under review or awaiting a supplement. */
    public boolean isRejectable() {
        return this == UNDER_REVIEW || this == AWAITING_SUPPLEMENT;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public boolean isDecided() {
        return this == APPROVED || this == REJECTED;
    }

    public String labelKey() {
        return "services.application.status." + name();
    }
}
