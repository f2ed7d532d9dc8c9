package org.madang.performance.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A satisfaction question is answered once, by its respondent, on the 1-5 scales, without personal data kept. */
class SurveyTest {
    static final long ME = 10, SOMEONE = 11;
    final Instant now = Instant.parse("2026-05-20T03:00:00Z");

    static Survey asked() {
        try {
            var c = Survey.class.getDeclaredConstructor();
            c.setAccessible(true);
            Survey s = c.newInstance();
            for (var f : new String[][]{{"respondentId", "10"}, {"departmentId", "100"}}) {
                var field = Survey.class.getDeclaredField(f[0]);
                field.setAccessible(true);
                field.setLong(s, Long.parseLong(f[1]));
            }
            return s;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void answeredOnceByItsRespondentWithTheCommentStripped() {
        Survey s = asked();
        assertThatThrownBy(() -> s.answer(SOMEONE, 5, 5, 5, null, now)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> s.answer(ME, 0, 5, 5, null, now)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> s.answer(ME, 5, 6, 5, null, now)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> s.answer(ME, 5, 5, 5, "가".repeat(2001), now)).isInstanceOf(InvalidInput.class);
        assertThat(s.isAnswered()).isFalse();
        assertThat(s.contribution().isZero()).isTrue();

        s.answer(ME, 4, 2, 1, "  느렸어요. 010-9876-5432로 연락 주세요  ", now);
        assertThat(s.isAnswered()).isTrue();
        assertThat(s.getComment()).isEqualTo("느렸어요. ***로 연락 주세요");
        MonthlyCounts c = s.contribution();
        assertThat(new long[]{c.surveyed, c.overallSum, c.easeSum, c.speedSum}).containsExactly(1, 4, 2, 1);
        assertThatThrownBy(() -> s.answer(ME, 5, 5, 5, null, now)).isInstanceOf(Conflict.class);
        assertThat(s.getOverall()).isEqualTo((short) 4);
    }

    @Test
    void satisfactionAveragesWithOneDecimal() {
        MonthlyCounts c = new MonthlyCounts();
        c.surveyed = 3;
        c.overallSum = 13;
        c.easeSum = 9;
        c.speedSum = 5;
        Indicators i = Indicators.of(c, 0, 0);
        assertThat(i.overall()).isEqualByComparingTo("4.3");
        assertThat(i.ease()).isEqualByComparingTo("3.0");
        assertThat(i.speed()).isEqualByComparingTo("1.7");
        assertThat(Indicators.of(new MonthlyCounts(), 0, 0).overall()).isNull();
    }
}
