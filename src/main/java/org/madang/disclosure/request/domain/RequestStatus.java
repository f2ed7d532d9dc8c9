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

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public String labelKey() {
        return "disclosure.request.status." + name();
    }
}
