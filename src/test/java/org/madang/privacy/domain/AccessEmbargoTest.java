package org.madang.privacy.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessEmbargoTest {
    private static final Instant T = Instant.parse("2026-11-27T01:00:00Z");

    @Test
    void anEmbargoHoldsForItsPeriodOrUntilLifted() {
        AccessLogEntry e = AccessQuestionTest.entryAbout(42);
        AccessEmbargo b = new AccessEmbargo(e, "감사-2026-17", "내부 감사 진행 중", "11", T, Duration.ofDays(30));

        assertThat(b.getSubjectAccountId()).isEqualTo(42);
        assertThat(b.isActive(T.plus(Duration.ofDays(29)))).isTrue();
        assertThat(b.isActive(T.plus(Duration.ofDays(30)))).as("runs out by itself").isFalse();

        b.lift("11", T.plus(Duration.ofDays(3)));
        assertThat(b.isActive(T.plus(Duration.ofDays(3)))).isFalse();
        assertThatThrownBy(() -> b.lift("11", T.plus(Duration.ofDays(4)))).isInstanceOf(Conflict.class);
    }

    @Test
    void anEmbargoNamesItsCaseAndReasonAndLastsAPositivePeriod() {
        AccessLogEntry e = AccessQuestionTest.entryAbout(42);
        assertThatThrownBy(() -> new AccessEmbargo(e, " ", "r", "11", T, Duration.ofDays(1)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new AccessEmbargo(e, "c", "r", "11", T, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsForTheCitizensOwnApplicationsAreToldApartFromAllOthers() {
        assertThat(ReadPurposes.servesOwnApplication("purpose.application.pension")).isTrue();
        assertThat(ReadPurposes.servesOwnApplication("purpose.case.review")).isTrue();
        assertThat(ReadPurposes.servesOwnApplication("services.case.purpose")).as("an officer opening the case").isTrue();
        assertThat(ReadPurposes.servesOwnApplication("services.certificate.purpose.case")).isTrue();
        assertThat(ReadPurposes.servesOwnApplication("purpose.admin.account")).isFalse();
        assertThat(ReadPurposes.servesOwnApplication(null)).isFalse();
    }
}
