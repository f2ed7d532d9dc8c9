package org.madang.identity.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.Conflict;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdentityTest {
    static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");
    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    static final ResidentRegistrationNumber N = ResidentRegistrationNumber.parse("850314-1234567", LocalDate.of(1985, 3, 14));

    @Test
    void theKeyedHashIsStableKeyDependentAndHidesTheNumber() {
        String h = N.keyedHash(KEY);
        assertThat(h).matches("[0-9a-f]{64}").isEqualTo(N.keyedHash(KEY.clone()))
                .isNotEqualTo(N.keyedHash(OTHER_KEY)).doesNotContain("8503141234567").doesNotContain("850314");
        var other = ResidentRegistrationNumber.parse("850314-1234568", LocalDate.of(1985, 3, 14));
        assertThat(other.keyedHash(KEY)).isNotEqualTo(h);
        // the same digits typed with a dash or without are one identity
        assertThat(ResidentRegistrationNumber.parse("8503141234567", null).keyedHash(KEY)).isEqualTo(h);
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> N.keyedHash("too-short".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClaimIsNamedBirthDateAndRegionAndNeverEqualsAnIdentityHash() {
        String c = IdentityHashes.claim(KEY, " 김민준 ", LocalDate.of(1985, 3, 14), Region.SEOUL);
        assertThat(c).isEqualTo(IdentityHashes.claim(KEY, "김민준", LocalDate.of(1985, 3, 14), Region.SEOUL))
                .isNotEqualTo(IdentityHashes.claim(KEY, "김민준", LocalDate.of(1985, 3, 14), Region.BUSAN))
                .isNotEqualTo(IdentityHashes.claim(KEY, "김민준", LocalDate.of(1985, 3, 15), Region.SEOUL))
                .isNotEqualTo(N.keyedHash(KEY));
    }

    @Test
    void anIdentityVerifiesOneAccountAtATimeAndKeepsItsKeyWhenItMoves() {
        ResidentIdentity r = new ResidentIdentity(N.keyedHash(KEY), 1L, T0);
        var key = r.getResidentKey();
        assertThat(r.isBoundTo(1L)).isTrue();
        r.bindTo(1L, T0); // again to the same account: nothing changes
        assertThatThrownBy(() -> r.bindTo(2L, T0)).isInstanceOf(Conflict.class)
                .extracting(e -> ((Conflict) e).messageKey()).isEqualTo("identity.verify.boundToAnother");
        r.release();
        assertThat(r.isBoundTo(1L)).isFalse();
        r.bindTo(2L, T0.plusSeconds(60));
        assertThat(r.isBoundTo(2L)).isTrue();
        assertThat(r.getResidentKey()).isEqualTo(key);
        assertThat(r.getBoundAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aConfirmedIdentityCannotBeConfirmedWithAnotherNumber() {
        ResidentIdentity r = new ResidentIdentity(N.keyedHash(KEY), 1L, T0);
        r.confirm(N.keyedHash(KEY));
        assertThat(r.isConfirmed()).isTrue();
        assertThatThrownBy(() -> r.confirm(N.keyedHash(OTHER_KEY))).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> new ResidentIdentity("8503141234567", 1L, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fiveAttemptsADayPerAccountAndPerClaim() {
        assertThat(VerificationLimit.allows(0, 0)).isTrue();
        assertThat(VerificationLimit.allows(4, 4)).isTrue();
        assertThat(VerificationLimit.allows(5, 0)).isFalse();
        assertThat(VerificationLimit.allows(0, 5)).isFalse();
        assertThat(VerificationLimit.windowStart(T0)).isEqualTo(T0.minusSeconds(24 * 3600));
    }
}
