package org.madang.disclosure.request.domain;

import org.madang.platform.error.Conflict;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands. RECEIVED (in a department's queue, also after a transfer) → UNDER_REVIEW
 * (claimed) ⇄ AWAITING_CLARIFICATION → DECIDED. Being overdue is not a status but a date on the
 * request: an overdue request is still undecided and may still be decided, late.
 */
public enum RequestStatus {
    RECEIVED, UNDER_REVIEW, AWAITING_CLARIFICATION, DECIDED;

    public static final Set<RequestStatus> OPEN = EnumSet.of(RECEIVED, UNDER_REVIEW, AWAITING_CLARIFICATION);

    public void requireOneOf(RequestStatus... allowed) {
        for (RequestStatus s : allowed) {
            if (s == this) {
                return;
            }
        }
        throw new Conflict("disclosure.request.status.conflict", name());
    }

    /** Waiting in a department's queue for an officer to take it. */
    public boolean claimable() {
        return this == RECEIVED;
    }

    /** Taken by an officer and not waiting for the requester: it may be decided. */
    public boolean decidable() {
        return this == UNDER_REVIEW;
    }

    /** Taken and undecided (in review, or waiting for the requester's clarification). */
    public boolean inReview() {
        return this == UNDER_REVIEW || this == AWAITING_CLARIFICATION;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public String labelKey() {
        return "disclosure.request.status." + name();
    }
}
