package org.madang.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {
    static final Instant T = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void anAddressMayFailTenTimesFreely() {
        assertThat(SignInThrottle.blockedUntil(0, null)).isEmpty();
        assertThat(SignInThrottle.blockedUntil(SignInThrottle.FREE_FAILURES - 1, T)).isEmpty();
        assertThat(SignInThrottle.blockedUntil(SignInThrottle.FREE_FAILURES, T)).contains(T.plusSeconds(1));
    }

    @Test
    void thenTheDelayDoublesWithEveryFailureUpToFifteenMinutes() {
        int free = SignInThrottle.FREE_FAILURES;
        assertThat(SignInThrottle.delay(free)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInThrottle.delay(free + 1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottle.delay(free + 2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(SignInThrottle.delay(free + 9)).isEqualTo(Duration.ofSeconds(512));
        assertThat(SignInThrottle.delay(free + 10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.delay(free + 1000)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.blockedUntil(free + 2, T)).contains(T.plusSeconds(4));
    }

    @Test
    void oneAddressCountsAtMostThreeFailuresTowardAnAccountsLockoutOfFive() {
        assertThat(SignInThrottle.countsTowardLockout(1)).isTrue();
        assertThat(SignInThrottle.countsTowardLockout(3)).isTrue();
        assertThat(SignInThrottle.countsTowardLockout(4)).isFalse();
        assertThat(SignInThrottle.ACCOUNT_SHARE).isLessThan(Account.MAX_FAILED_SIGN_INS);
        assertThat(SignInThrottle.windowStart(T)).isEqualTo(T.minus(Duration.ofMinutes(15)));
    }
}
