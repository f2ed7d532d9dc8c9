package org.madang.forum.limits.domain;

import org.madang.platform.error.Conflict;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * At most {@code max} actions of one account within a sliding {@code window} (the last minute, the
 * last 24 hours). The actions are counted from the database (the rows they left), so every server
 * of the portal sees the same count; two requests of the same account at the same instant may
 * both pass, which a limit against floods can afford.
 */
public record RateLimit(int max, Duration window, String refusalKey) {
    public RateLimit {
        if (max < 1) {
            throw new IllegalArgumentException("a rate limit allows at least one action: " + refusalKey);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a window: " + refusalKey);
        }
        Objects.requireNonNull(refusalKey);
    }

    /** Where the window of an action made {@code now} begins (actions after it count). */
    public Instant since(Instant now) {
        return now.minus(window);
    }

    /** Whether one more action is allowed, given the account's actions within the window. */
    public boolean allows(long recent) {
        return recent < max;
    }

    /** Refuses one more action, with the limit in its message, when the window is full. */
    public void check(long recent) {
        if (!allows(recent)) {
            throw new Conflict(refusalKey, max);
        }
    }
}
