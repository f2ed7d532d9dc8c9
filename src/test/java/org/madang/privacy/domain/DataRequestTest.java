package org.madang.privacy.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataRequestTest {
    private static final Instant T = Instant.parse("2026-11-27T01:00:00Z");
    private static final Duration TEN_DAYS = Duration.ofDays(10);

    @Test
    void aCorrectionIsDecidedOnceWithANoteAndNeverByItsAuthor() {
        DataRequest r = DataRequest.correction(42, "region", "부산이 아니라 서울입니다.", T, TEN_DAYS);
        assertThat(r.getStatus()).isEqualTo(DataRequest.Status.OPEN);
        assertThat(r.isOverdue(T.plus(Duration.ofDays(11)))).isTrue();

        assertThatThrownBy(() -> r.accept("42", "김민준", "고쳤습니다", T)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> r.reject("7", "한지민", " ", T)).isInstanceOf(InvalidInput.class);
        r.accept("7", "한지민", "거주 시·도를 서울로 정정했습니다.", T.plusSeconds(60));

        assertThat(r.getStatus()).isEqualTo(DataRequest.Status.ACCEPTED);
        assertThat(r.isOverdue(T.plus(Duration.ofDays(11)))).isFalse();
        assertThatThrownBy(() -> r.reject("7", "한지민", "no", T)).isInstanceOf(Conflict.class);
    }

    @Test
    void aCorrectionNamesAKnownFieldAndSaysWhatIsWrong() {
        assertThatThrownBy(() -> DataRequest.correction(42, "password", "x", T, TEN_DAYS))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> DataRequest.correction(42, "name", "", T, TEN_DAYS)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aDeletionIsRecordedAsCompletedAndCannotBeDecided() {
        DataRequest d = DataRequest.deletion(42, T);
        assertThat(d.getStatus()).isEqualTo(DataRequest.Status.COMPLETED);
        assertThat(d.getDecidedAt()).isEqualTo(T);
        assertThatThrownBy(() -> d.reject("7", "x", "no", T)).isInstanceOf(Conflict.class);
    }
}
