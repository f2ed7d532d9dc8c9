package org.madang.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins per source address, and what they may do to an account. An address may fail
 * {@value #FREE_FAILURES} times within {@link #WINDOW} (a household or an office behind one address
 * mistypes now and then); after that each further attempt must wait a
 * delay that doubles with every failure (1 s, 2 s, 4 s … at most {@link #MAX_DELAY}), and attempts
 * made during the delay are refused without looking at the password. One address counts at most
 * {@value #ACCOUNT_SHARE} failures toward an account's lockout (five): what it tries beyond that
 * is the address limit's business, so nobody can lock a person out from a single address; it
 * takes failures from several addresses (a distributed attack), which is what the lockout is for.
 */
public final class SignInThrottle {
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int FREE_FAILURES = 10;
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    public static final int ACCOUNT_SHARE = 3;

    private SignInThrottle() {
    }

    public static Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }

    /**
     * Until when the address must wait, given its failures within the window and the time of the
     * last one; empty if it need not wait.
     */
    public static Optional<Instant> blockedUntil(long failures, Instant lastFailure) {
        if (failures < FREE_FAILURES || lastFailure == null) {
            return Optional.empty();
        }
        return Optional.of(lastFailure.plus(delay(failures)));
    }

    /** The wait after {@code failures} failures (from the {@value #FREE_FAILURES}th on). */
    public static Duration delay(long failures) {
        long steps = failures - FREE_FAILURES;
        if (steps < 0) {
            return Duration.ZERO;
        }
        // 2^10 s already exceeds the 15 minutes of the cap
        return steps >= 10 ? MAX_DELAY : min(Duration.ofSeconds(1L << steps), MAX_DELAY);
    }

    /**
     * Whether a failure counts toward the account's lockout, given how many failures (this one
     * included) this address made on this account within the window.
     */
    public static boolean countsTowardLockout(long failuresOfAccountFromAddress) {
        return failuresOfAccountFromAddress <= ACCOUNT_SHARE;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
