package org.madang.privacy.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.privacy.PersonalDataRead;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessQuestionTest {
    private static final Instant T = Instant.parse("2026-11-27T01:00:00Z");
    private static final Duration TEN_DAYS = Duration.ofDays(10);

    static AccessLogEntry entryAbout(long subject) {
        return AccessLogHead.empty().append(new PersonalDataRead(subject, "7", "한지민", "ADMIN", null,
                List.of("name"), "purpose.admin.account", null, T));
    }

    @Test
    void aQuestionIsDueInTenDaysAndOverdueAfterThat() {
        AccessQuestion q = new AccessQuestion(entryAbout(42), 42, "MOIS", "  왜 보셨나요?  ", T, TEN_DAYS);

        assertThat(q.getQuestion()).isEqualTo("왜 보셨나요?");
        assertThat(q.getDueAt()).isEqualTo(T.plus(TEN_DAYS));
        assertThat(q.getStatus()).isEqualTo(AccessQuestion.Status.OPEN);
        assertThat(q.isOverdue(T.plus(TEN_DAYS))).isFalse();
        assertThat(q.isOverdue(T.plus(TEN_DAYS).plusSeconds(1))).isTrue();
    }

    @Test
    void anAnswerClosesItOnceAndALateAnswerStaysVisible() {
        AccessQuestion q = new AccessQuestion(entryAbout(42), 42, "MOIS", "왜?", T, TEN_DAYS);
        Instant late = T.plus(Duration.ofDays(11));

        q.answer("9", "오지현", "계정 잠금 해제 요청을 처리하면서 열람했습니다.", late);

        assertThat(q.getStatus()).isEqualTo(AccessQuestion.Status.ANSWERED);
        assertThat(q.isOverdue(late.plusSeconds(60))).isFalse();
        assertThat(q.wasAnsweredLate()).isTrue();
        assertThat(q.getAnsweredByName()).isEqualTo("오지현");
        assertThatThrownBy(() -> q.answer("9", "오지현", "again", late)).isInstanceOf(Conflict.class);
    }

    @Test
    void onlyTheSubjectAsksAndNeitherQuestionNorAnswerMayBeEmptyOrHuge() {
        AccessLogEntry e = entryAbout(42);
        assertThatThrownBy(() -> new AccessQuestion(e, 43, "MOIS", "왜?", T, TEN_DAYS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessQuestion(e, 42, "MOIS", "   ", T, TEN_DAYS))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new AccessQuestion(e, 42, "MOIS", "x".repeat(AccessQuestion.QUESTION_MAX + 1), T,
                TEN_DAYS)).isInstanceOf(InvalidInput.class);
        AccessQuestion q = new AccessQuestion(e, 42, "MOIS", "왜?", T, TEN_DAYS);
        assertThatThrownBy(() -> q.answer("9", "오지현", " ", T)).isInstanceOf(InvalidInput.class);
        assertThat(q.getStatus()).isEqualTo(AccessQuestion.Status.OPEN);
    }
}
