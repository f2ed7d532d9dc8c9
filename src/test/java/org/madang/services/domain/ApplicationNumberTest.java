package org.madang.services.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationNumberTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    @Test
    void dammCheckDigitMatchesTheTextbookExample() {
        assertThat(ApplicationNumber.dammDigit("572")).isEqualTo(4);
        assertThat(ApplicationNumber.dammDigit("5724")).isZero();
    }

    @Test
    void printsDateSequenceAndCheckDigit() {
        ApplicationNumber n = ApplicationNumber.of(DAY, 42);
        assertThat(n.toString()).matches("20261127-000042-\\d");
        assertThat(ApplicationNumber.dammDigit("20261127000042" + n.checkDigit())).isZero();
    }

    @Test
    void parsesWhatItPrintsWithOrWithoutDashes() {
        ApplicationNumber n = ApplicationNumber.of(DAY, 999_999);
        assertThat(ApplicationNumber.parse(n.toString())).isEqualTo(n);
        assertThat(ApplicationNumber.parse("  " + n.toString().replace("-", "") + " ")).isEqualTo(n);
        assertThat(ApplicationNumber.parse(n.toString()).compareTo(ApplicationNumber.of(DAY, 1))).isPositive();
    }

    @Test
    void everySingleDigitTypoIsCaught() {
        String good = ApplicationNumber.of(DAY, 123_456).toString().replace("-", "");
        for (int i = 0; i < good.length(); i++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c == good.charAt(i)) {
                    continue;
                }
                String typo = good.substring(0, i) + c + good.substring(i + 1);
                assertThat(ApplicationNumber.tryParse(typo)).as(typo).isEmpty();
            }
        }
    }

    @Test
    void everySwapOfNeighbouringDigitsIsCaught() {
        String good = ApplicationNumber.of(DAY, 90_817).toString().replace("-", "");
        for (int i = 0; i + 1 < good.length(); i++) {
            if (good.charAt(i) == good.charAt(i + 1)) {
                continue;
            }
            String swapped = good.substring(0, i) + good.charAt(i + 1) + good.charAt(i) + good.substring(i + 2);
            assertThat(ApplicationNumber.tryParse(swapped)).as(swapped).isEmpty();
        }
    }

    @Test
    void refusesMalformedNumbersAndImpossibleDates() {
        assertThat(ApplicationNumber.tryParse(null)).isEmpty();
        assertThat(ApplicationNumber.tryParse("DRAFT-ABC")).isEmpty();
        assertThat(ApplicationNumber.tryParse("2026112-000001-1")).isEmpty();
        // 2026-02-30 with a correct check digit is still not a date
        String bad = "20260230000001";
        assertThat(ApplicationNumber.tryParse(bad + ApplicationNumber.dammDigit(bad))).isEmpty();
        String zero = "20261127000000";
        assertThat(ApplicationNumber.tryParse(zero + ApplicationNumber.dammDigit(zero))).as("sequence 0").isEmpty();
        assertThatThrownBy(() -> ApplicationNumber.parse("20261127-000001-X"))
                .isInstanceOf(ApplicationNumberInvalid.class)
                .satisfies(e -> assertThat(((ApplicationNumberInvalid) e).field()).isEqualTo("number"));
    }

    @Test
    void sequenceIsBounded() {
        assertThatThrownBy(() -> ApplicationNumber.of(DAY, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApplicationNumber.of(DAY, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void paymentReferenceDerivesFromTheReceiptNumberWithItsOwnCheckDigit() {
        ApplicationNumber n = ApplicationNumber.of(DAY, 42);
        PaymentReference p = PaymentReference.forApplication(n);
        assertThat(p.toString()).matches("2611-2700-0042-\\d");
        assertThat(PaymentReference.tryParse(p.toString())).contains(p);
        assertThat(PaymentReference.tryParse(p.digitsWithCheck())).contains(p);
        String typo = "2611-2700-0043-" + p.toString().charAt(p.toString().length() - 1);
        assertThat(PaymentReference.tryParse(typo)).isEmpty();
        assertThat(PaymentReference.tryParse("abc")).isEmpty();
    }
}
