package org.madang.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How often resident verification may be tried: five attempts in any 24 hours per account, and
 * five per claimed identity (the same name, birth date and region, whatever account asks), so
 * that neither one account nor many accounts can run through numbers.
 */
public final class VerificationLimit {
    public static final int PER_DAY = 5;
    public static final Duration WINDOW = Duration.ofHours(24);

    private VerificationLimit() {
    }

    /** Where the counting window of an attempt made {@code now} begins. */
    public static Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }

    /** Whether another attempt is allowed, given the attempts already made within the window. */
    public static boolean allows(long byAccount, long byClaim) {
        return byAccount < PER_DAY && byClaim < PER_DAY;
    }
}
