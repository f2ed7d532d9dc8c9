package org.madang.services.domain;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssuanceNumberTest {

    @Test
    void dammCheckDigitOfThePublishedExample() {
        // Damm's own worked example: 572 gets check digit 4
        assertThat(IssuanceNumber.checkDigit("572")).isEqualTo(4);
        assertThat(IssuanceNumber.isValid("5724")).isTrue();
        assertThat(IssuanceNumber.isValid("5723")).isFalse();
    }

    @RepeatedTest(20)
    void aRandomNumberIsSixteenDigitsGroupedByFourAndParsesBack() {
        IssuanceNumber n = IssuanceNumber.random();

        assertThat(n.digits()).hasSize(16).matches("[1-9][0-9]{15}");
        assertThat(n.toString()).matches("\\d{4}-\\d{4}-\\d{4}-\\d{4}");
        assertThat(IssuanceNumber.parse(n.toString())).isEqualTo(n);
        assertThat(IssuanceNumber.parse(n.digits())).isEqualTo(n);
    }

    @Test
    void acceptsTheNumberAsPeopleTypeIt() {
        IssuanceNumber n = IssuanceNumber.random();
        String d = n.digits();
        String spaced = " " + d.substring(0, 4) + " " + d.substring(4, 8) + "-" + d.substring(8, 12) + "\u00a0"
                + d.substring(12) + " ";

        assertThat(IssuanceNumber.parse(spaced)).isEqualTo(n);
    }

    @Test
    void catchesEverySingleDigitSlip() {
        for (int k = 0; k < 30; k++) {
            String d = IssuanceNumber.random().digits();
            for (int i = 0; i < d.length(); i++) {
                for (char c = '0'; c <= '9'; c++) {
                    if (c != d.charAt(i)) {
                        String slipped = d.substring(0, i) + c + d.substring(i + 1);
                        assertThat(IssuanceNumber.isValid(slipped)).as(slipped).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void catchesEverySwapOfNeighbouringDigits() {
        for (int k = 0; k < 200; k++) {
            String d = IssuanceNumber.random().digits();
            for (int i = 0; i + 1 < d.length(); i++) {
                if (d.charAt(i) != d.charAt(i + 1)) {
                    String swapped = d.substring(0, i) + d.charAt(i + 1) + d.charAt(i) + d.substring(i + 2);
                    assertThat(IssuanceNumber.isValid(swapped)).as(swapped).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1234", "12345678901234567", "1234-5678-9012-345X", "abcd-efgh-ijkl-mnop"})
    void refusesWhatCannotBeANumber(String text) {
        assertThatThrownBy(() -> IssuanceNumber.parse(text)).isInstanceOf(InvalidIssuanceNumber.class)
                .hasMessageContaining("services.certificate.number.invalid");
    }

    @Test
    void randomNumbersDoNotRepeat() {
        Set<IssuanceNumber> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(IssuanceNumber.random())).isTrue();
        }
    }
}
