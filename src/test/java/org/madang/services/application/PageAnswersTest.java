package org.madang.services.application;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PageAnswersTest {
    @Test
    void aPageIsStoredAsTheDraftKeepsAnswers() {
        Map<String, String> text = new HashMap<>();
        text.put("name", "홍길동");
        text.put("note", null);
        PageAnswers page = new PageAnswers(text, Map.of("agree", true, "newsletter", false),
                Map.of("days", List.of("MON", "WED"), "none", List.of()), List.of(), List.of());

        assertThat(page.stored()).containsExactlyInAnyOrderEntriesOf(Map.of("name", "홍길동", "note", "",
                "agree", "true", "newsletter", "", "days", "MON,WED", "none", ""));
    }

    @Test
    void aStoredMultipleChoiceGivesItsOptionsBack() {
        assertThat(PageAnswers.options("MON,WED")).containsExactly("MON", "WED");
        assertThat(PageAnswers.options("")).isEmpty();
        assertThat(PageAnswers.options(null)).isEmpty();
    }

    @Test
    void onlyAChosenDocumentIsAPick() {
        assertThat(new PageAnswers.RecordPick("lease", "RESIDENT_REGISTRATION:", false).isChosen()).isTrue();
        assertThat(new PageAnswers.RecordPick("lease", " ", true).isChosen()).isFalse();
        assertThat(new PageAnswers.RecordPick("lease", null, true).isChosen()).isFalse();
    }
}
