package org.madang.services.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long third parties can verify an issued document (90 days unless configured otherwise,
 * MADANG_VERIFICATION_DAYS). Counted in whole days from the moment of issue, so a document issued
 * at 14:05 stays verifiable until 14:05 on its last day, whatever the time zone of the verifier.
 */
public record VerificationPeriod(int days) {
    public static final int DEFAULT_DAYS = 90;
    /** Ten years: a longer period means a configuration typo, not a policy. */
    public static final int MAX_DAYS = 3660;

    public VerificationPeriod {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("verification period must be 1.." + MAX_DAYS + " days, was " + days);
        }
    }

    public static VerificationPeriod ofDays(int days) {
        return new VerificationPeriod(days);
    }

    /** The first instant at which a document issued at {@code issuedAt} no longer verifies. */
    public Instant endFor(Instant issuedAt) {
        return issuedAt.plus(Duration.ofDays(days));
    }
}
