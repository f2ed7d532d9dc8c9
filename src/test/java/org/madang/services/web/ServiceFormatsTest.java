package org.madang.services.web;

import org.junit.jupiter.api.Test;
import org.madang.services.domain.ProcessingPeriod;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceFormatsTest {
    static final Locale KO = Locale.KOREAN;
    static final Locale EN = Locale.ENGLISH;

    @Test
    void feesInWonOrFree() {
        assertThat(ServiceFormats.fee(BigDecimal.ZERO, KO)).isEqualTo("무료");
        assertThat(ServiceFormats.fee(new BigDecimal("28000"), KO)).isEqualTo("28,000원");
        assertThat(ServiceFormats.fee(new BigDecimal("28000"), EN)).isEqualTo("KRW 28,000");
        assertThat(ServiceFormats.fee(null, EN)).isEqualTo("Free");
    }

    @Test
    void periodsSayHowTheActCountsThem() {
        assertThat(ServiceFormats.period(ProcessingPeriod.immediate(), EN)).isEqualTo("Immediately (within 3 working hours)");
        assertThat(ServiceFormats.period(ProcessingPeriod.days(2), EN)).isEqualTo("2 days (counted as 16 working hours)");
        assertThat(ServiceFormats.period(ProcessingPeriod.days(30), EN)).startsWith("30 working days");
        assertThat(ServiceFormats.period(ProcessingPeriod.days(30), KO)).startsWith("30일");
        assertThat(ServiceFormats.period(ProcessingPeriod.hours(5), KO)).isEqualTo("근무시간 5시간");
    }
}
