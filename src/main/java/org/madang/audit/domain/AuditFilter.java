package org.madang.audit.domain;

import org.madang.platform.error.InvalidInput;

import java.io.Serializable;
import java.time.Instant;

/**
 * Which audit records to show. Every part is optional: the actor matches exactly (an account id or
 * "anonymous"), action and target match any part, case-insensitively; the period is
 * [{@code from}, {@code until}).
 */
public record AuditFilter(String actor, String action, String target, OutcomeKind outcome, Instant from,
                          Instant until) implements Serializable {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        target = blankToNull(target);
        if (from != null && until != null && !from.isBefore(until)) {
            throw new InvalidInput("audit.filter.periodReversed").onField("from");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
