package org.madang.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentRegistrationNumberTest {
    @Test
    void acceptsANumberWhoseBirthDateMatches() {
        var n = ResidentRegistrationNumber.parse("850314-1234567", LocalDate.of(1985, 3, 14));
        assertThat(n.digits()).isEqualTo("8503141234567");
        assertThat(n).hasToString("850314-*******");
    }

    @Test
    void theSeventhDigitGivesTheCentury() {
        assertThat(ResidentRegistrationNumber.parse("0101303234567", LocalDate.of(2001, 1, 30))).isNotNull();
        assertThatThrownBy(() -> ResidentRegistrationNumber.parse("0101301234567", LocalDate.of(2001, 1, 30)))
                .isInstanceOf(InvalidResidentNumber.class);
    }

    @Test
    void refusesMalformedNumbersAndImpossibleDates() {
        assertThatThrownBy(() -> ResidentRegistrationNumber.parse("850314-123456", null))
                .isInstanceOf(InvalidResidentNumber.class);
        assertThatThrownBy(() -> ResidentRegistrationNumber.parse("851314-1234567", null))
                .isInstanceOf(InvalidResidentNumber.class);
        assertThatThrownBy(() -> ResidentRegistrationNumber.parse("850314-1234567", LocalDate.of(1985, 3, 15)))
                .isInstanceOf(InvalidResidentNumber.class);
    }
}
