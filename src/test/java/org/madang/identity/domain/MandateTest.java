package org.madang.identity.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.security.Roles;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MandateTest {
    private static final Instant T0 = Instant.parse("2026-11-27T01:00:00Z");

    private final Account person = new Account("rep@example.kr", "박지훈", "h", LocalDate.of(1978, 11, 23),
            Region.GYEONGGI, "ko", T0);
    private final Business business = new Business(BusinessRegistrationNumber.parse("220-81-12341"), "(주)마당상사",
            null, T0);

    @Test
    void approvalMakesTheCitizenARepresentative() {
        Mandate m = new Mandate(business, person, T0);
        assertThat(person.hasRole(Roles.BUSINESS_REPRESENTATIVE)).isFalse();
        m.approve("7", T0);
        assertThat(m.isActive()).isTrue();
        assertThat(person.hasRole(Roles.BUSINESS_REPRESENTATIVE)).isTrue();
        assertThatThrownBy(() -> m.approve("7", T0)).isInstanceOf(Conflict.class);
    }

    @Test
    void rejectionNeedsAReasonAndIsFinal() {
        Mandate m = new Mandate(business, person, T0);
        assertThatThrownBy(() -> m.reject("7", "", T0)).isInstanceOf(InvalidInput.class);
        m.reject("7", "서류 불일치", T0);
        assertThat(m.getStatus()).isEqualTo(Mandate.Status.REJECTED);
        assertThatThrownBy(() -> m.revoke("7", "x", T0)).isInstanceOf(Conflict.class);
    }
}
