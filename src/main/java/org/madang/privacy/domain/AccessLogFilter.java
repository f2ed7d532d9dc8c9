package org.madang.privacy.domain;

import org.madang.platform.error.InvalidInput;

import java.io.Serializable;
import java.time.Instant;

/**
 * Which access-log entries to show; every part optional. Subject and actor match exactly (account
 * ids; the actor may be "anonymous"); the period is [{@code from}, {@code until}).
 */
public record AccessLogFilter(Long subjectAccountId, String actor, Instant from, Instant until)
        implements Serializable {
    public static final AccessLogFilter ALL = new AccessLogFilter(null, null, null, null);

    public AccessLogFilter {
        actor = actor == null || actor.isBlank() ? null : actor.trim();
        if (from != null && until != null && !from.isBefore(until)) {
            throw new InvalidInput("privacy.filter.periodReversed").onField("from");
        }
    }

    public static AccessLogFilter subject(long accountId) {
        return new AccessLogFilter(accountId, null, null, null);
    }
}
