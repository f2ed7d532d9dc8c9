package org.madang.platform.audit;

import java.time.Instant;

/**
 * An action that happened, for the audit trail. Fired by {@link AuditInterceptor} (and by the
 * few places that act outside an application service, such as sign-in).
 */
public record AuditableAction(String actor, String role, String action, String target, String outcome,
                              Instant occurredAt) {
    public static final String SUCCESS = "SUCCESS";

    public boolean succeeded() {
        return SUCCESS.equals(outcome);
    }
}
