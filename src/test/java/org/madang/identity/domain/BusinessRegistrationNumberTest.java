package org.madang.identity.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessRegistrationNumberTest {
    @ParameterizedTest
    @ValueSource(strings = {"220-81-12341", "2208112341", "214-86-01238", "123-45-67891", " 104-81-00000 "})
    void acceptsNumbersWithACorrectCheckDigit(String text) {
        assertThat(BusinessRegistrationNumber.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"220-81-12342", "123-45-67890", "12345678", "abcdefghij", "", "220-81-123410"})
    void refusesWrongCheckDigitsAndMalformedNumbers(String text) {
        assertThatThrownBy(() -> BusinessRegistrationNumber.parse(text)).isInstanceOf(InvalidBusinessNumber.class);
    }

    @Test
    void theNinthDigitCountsTwice() {
        // 9th digit 8: 8*5 = 40 adds 40 to the weighted sum and 4 for the tens
        assertThat(BusinessRegistrationNumber.checkDigit("000000008")).isEqualTo((10 - (40 + 4) % 10) % 10);
    }

    @Test
    void printsInTheUsualGrouping() {
        assertThat(BusinessRegistrationNumber.parse("2208112341")).hasToString("220-81-12341");
        assertThat(BusinessRegistrationNumber.parse("220-81-12341"))
                .isEqualTo(BusinessRegistrationNumber.parse("2208112341"));
    }

    @Test
    void reportsTheFieldOfTheForm() {
        assertThatThrownBy(() -> BusinessRegistrationNumber.parse("1"))
                .extracting(e -> ((InvalidBusinessNumber) e).field()).isEqualTo("registrationNumber");
    }
}
