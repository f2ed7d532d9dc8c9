package org.madang.platform.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The free-text checker strips what it counts, and nothing else. */
class PersonalDataTextTest {

    @Test
    void stripsResidentNumbersPhonesAndEmailsButNotAmountsOrDates() {
        String comment = "빨랐어요. 제 번호 850314-1234567, 연락은 010-1234-5678 또는 02-2100-3000, "
                + "minjun.kim@example.com 으로 주세요. 수수료 12,345원, 2026-05-04 접수.";
        String stripped = PersonalDataText.strip(comment);
        assertThat(stripped).isEqualTo("빨랐어요. 제 번호 ***, 연락은 *** 또는 ***, *** 으로 주세요. "
                + "수수료 12,345원, 2026-05-04 접수.");
        assertThat(PersonalDataText.count(stripped).any()).isFalse();
        assertThat(PersonalDataText.count(comment)).isEqualTo(new PersonalDataText.Counts(1, 2, 1));
        // not a birth date, so not a resident number: left as written
        assertThat(PersonalDataText.strip("번호 851332-1234567")).isEqualTo("번호 851332-1234567");
        assertThat(PersonalDataText.strip(null)).isNull();
    }
}
