package org.madang.identity.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.security.Roles;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {
    private static final Instant T0 = Instant.parse("2026-11-27T01:00:00Z");

    private static Account citizen() {
        return new Account("Min.Jun@Example.kr ", "김민준", "hash", LocalDate.of(1985, 3, 14), Region.SEOUL, "ko", T0);
    }

    @Test
    void aNewAccountIsABasicCitizenWithANormalisedEmail() {
        Account a = citizen();
        assertThat(a.getEmail()).isEqualTo("min.jun@example.kr");
        assertThat(a.getVerification()).isEqualTo(VerificationLevel.BASIC);
        assertThat(a.getRoles()).containsExactly(Roles.CITIZEN);
    }

    @Test
    void theFifthWrongPasswordLocksForFifteenMinutes() {
        Account a = citizen();
        for (int i = 1; i <= 4; i++) {
            assertThat(a.recordFailedSignIn(T0.plusSeconds(i))).isFalse();
            assertThat(a.canSignIn(T0.plusSeconds(i))).isTrue();
        }
        assertThat(a.recordFailedSignIn(T0.plusSeconds(5))).isTrue();
        assertThat(a.isLocked(T0.plusSeconds(6))).isTrue();
        assertThat(a.isLocked(T0.plusSeconds(5).plus(Duration.ofMinutes(15)).minusMillis(1))).isTrue();
        assertThat(a.isLocked(T0.plusSeconds(5).plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void countingStartsAfreshOnceALockHasExpired() {
        Account a = citizen();
        for (int i = 0; i < 5; i++) {
            a.recordFailedSignIn(T0);
        }
        Instant later = T0.plus(Duration.ofMinutes(16));
        assertThat(a.recordFailedSignIn(later)).isFalse();
        assertThat(a.getFailedSignIns()).isEqualTo(1);
    }

    @Test
    void aPasswordChangeMovesTheSessionEpochOn() {
        Account a = new Account("epoch@example.kr", "세션", "hash-1", LocalDate.of(1990, 1, 1), Region.SEOUL, "ko", T0);
        assertThat(a.getSessionEpoch()).isZero();
        a.changePassword("hash-2", T0.plusSeconds(1));
        assertThat(a.getSessionEpoch()).isEqualTo(1);
        a.changePassword("hash-3", T0.plusSeconds(2));
        assertThat(a.getSessionEpoch()).isEqualTo(2);
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        Account a = citizen();
        a.recordFailedSignIn(T0);
        a.recordFailedSignIn(T0);
        a.recordSuccessfulSignIn();
        assertThat(a.getFailedSignIns()).isZero();
    }

    @Test
    void anAdministratorChangesTheLevelOnlyWithAReason() {
        Account a = citizen();
        assertThatThrownBy(() -> a.changeLevelByAdmin(VerificationLevel.VERIFIED_RESIDENT, " ", "1", T0))
                .isInstanceOf(InvalidInput.class);
        VerificationChange c = a.changeLevelByAdmin(VerificationLevel.VERIFIED_RESIDENT, "checked at the counter", "1", T0);
        assertThat(c.getFromLevel()).isEqualTo(VerificationLevel.BASIC);
        assertThat(c.getReason()).isEqualTo("checked at the counter");
        assertThat(a.getVerification()).isEqualTo(VerificationLevel.VERIFIED_RESIDENT);
        assertThatThrownBy(() -> a.verifyAsResident(T0)).isInstanceOf(Conflict.class);
    }

    @Test
    void anOfficerBelongsToOneDepartmentAndASupervisorSupervisesIt() {
        Agency nts = new Agency("NTS", "국세청", "National Tax Service", Agency.Kind.NATIONAL_AGENCY, T0);
        Department d = new Department(nts, "JONGNO_TAX", "종로세무서", "Jongno Tax Office", T0);
        Account a = citizen();
        a.supervise(d);
        assertThat(a.getRoles()).contains(Roles.OFFICER, Roles.SUPERVISOR);
        assertThat(a.getDepartment()).isSameAs(d);
        a.revokeRole(Roles.SUPERVISOR);
        assertThat(a.getSupervisedDepartment()).isNull();
        assertThatThrownBy(() -> a.revokeRole(Roles.CITIZEN)).isInstanceOf(Conflict.class);
    }

    @Test
    void refusesImpossibleInput() {
        assertThatThrownBy(() -> new Account("not-an-email", "x", "h", LocalDate.of(1990, 1, 1), Region.SEOUL, "ko", T0))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Account("a@b.kr", "x", "h", LocalDate.of(2030, 1, 1), Region.SEOUL, "ko", T0))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Account("a@b.kr", "  ", "h", LocalDate.of(1990, 1, 1), Region.SEOUL, "ko", T0))
                .isInstanceOf(InvalidInput.class);
    }
}
