package org.madang.performance.portfolio.domain;

/**
 * A live portal indicator a task indicator may be bound to, counted over a calendar year from the
 * monthly aggregate of a service (or of an agency's services). REPORTED indicators have none.
 */
public enum Measure {
    /** Decided within the legal period, % of decided. */
    ON_TIME_RATE,
    /** Drafts started that were filed, %. */
    COMPLETION_RATE,
    /** Average overall satisfaction, 1-5. */
    SATISFACTION,
    /** Applications received. */
    RECEIVED;

    public String labelKey() {
        return "performance.task.measure." + name();
    }
}
