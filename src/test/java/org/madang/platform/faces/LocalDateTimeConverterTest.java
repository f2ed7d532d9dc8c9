package org.madang.platform.faces;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalDateTimeConverterTest {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void aDatetimeLocalValueIsAMomentInThePortalsZone() {
        assertThat(LocalDateTimeConverter.parse("2026-12-01T09:00", SEOUL)).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(LocalDateTimeConverter.parse(" 2026-12-01T09:00:30 ", SEOUL))
                .isEqualTo(Instant.parse("2026-12-01T00:00:30Z"));
    }

    @Test
    void anythingElseIsRefusedNotGuessed() {
        assertThatThrownBy(() -> LocalDateTimeConverter.parse("2026-13-01T09:00", SEOUL)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> LocalDateTimeConverter.parse("tomorrow", SEOUL)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> LocalDateTimeConverter.parse("2026-12-01T09:00:00.000000001", SEOUL))
                .isInstanceOf(DateTimeException.class);
    }
}
