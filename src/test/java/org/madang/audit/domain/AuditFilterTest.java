package org.madang.audit.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.InvalidInput;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditFilterTest {
    @Test
    void blankTextMeansNoConditionAndTextIsTrimmed() {
        AuditFilter f = new AuditFilter(" ", " account.register ", "", null, null, null);
        assertThat(f.actor()).isNull();
        assertThat(f.action()).isEqualTo("account.register");
        assertThat(f.target()).isNull();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        Instant t = Instant.parse("2026-11-27T00:00:00Z");
        assertThatThrownBy(() -> new AuditFilter(null, null, null, null, t, t.minusSeconds(1)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("audit.filter.periodReversed");
    }
}
