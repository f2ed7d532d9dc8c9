package org.madang.services.domain;

import org.junit.jupiter.api.Test;

import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistrationKindTest {
    @Test
    void aBusinessNumberCarriesTheOfficeTheTypeTheSerialAndTheTaxServicesCheckDigit() {
        String n = RegistrationKind.BUSINESS_NUMBER.number("101-01", 1, Year.of(2026));
        assertThat(n).isEqualTo("101-01-00014");
        assertThat(RegistrationKind.isValidBusinessNumber(n)).isTrue();
        assertThat(RegistrationKind.isValidBusinessNumber("101-01-00015")).isFalse();
        // the form's own example, checked by the same rule
        assertThat(RegistrationKind.isValidBusinessNumber("220-81-12341")).isTrue();
        for (long serial = 1; serial < 300; serial++) {
            assertThat(RegistrationKind.isValidBusinessNumber(
                    RegistrationKind.BUSINESS_NUMBER.number("101-81", serial, Year.of(2026)))).isTrue();
        }
        assertThat(RegistrationKind.BUSINESS_NUMBER.carriesYear()).isFalse();
    }

    @Test
    void aReportNumberCarriesTheYearTheOfficeAndTheSerial() {
        assertThat(RegistrationKind.MAIL_ORDER_REPORT_NUMBER.number("서울종로", 123, Year.of(2026)))
                .isEqualTo("2026-서울종로-00123")
                // what the re-issue form accepts as a report number
                .matches("\\d{4}-[가-힣A-Za-z]{2,10}-\\d{4,5}");
        assertThat(RegistrationKind.FOOD_BUSINESS_REPORT_NUMBER.carriesYear()).isTrue();
    }

    @Test
    void aPrefixOfTheWrongFormOrASerialBelowOneIsRefused() {
        assertThatThrownBy(() -> RegistrationKind.BUSINESS_NUMBER.number("서울", 1, Year.of(2026)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegistrationKind.MAIL_ORDER_REPORT_NUMBER.number("서울종로", 0, Year.of(2026)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
