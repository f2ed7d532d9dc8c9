package org.madang.services.application;

import org.junit.jupiter.api.Test;
import org.madang.services.domain.LifeEvent;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EverydayWordsTest {
    private final EverydayWords words = new EverydayWords(List.of(
            "# a comment",
            "이사, moving, change of address => event:MOVING, 전입신고, move-in",
            "move in, 전입 => 전입신고",
            ""));

    @Test
    void aWordMeansItsCatalogueWordsAndLifeEventsWhateverCaseSpacesOrHyphens() {
        assertThat(words.meaning("이사")).hasValueSatisfying(m -> {
            assertThat(m.events()).containsExactly(LifeEvent.MOVING);
            assertThat(m.words()).containsExactlyInAnyOrder("전입신고", "move-in");
        });
        assertThat(words.meaning("MOVING")).isPresent();
        assertThat(words.meaning("Change of  Address")).isPresent();
        assertThat(words.meaning("move-in")).isPresent();
        assertThat(words.meaning("passport")).isEmpty();
        assertThat(words.meaning(null)).isEmpty();
    }

    @Test
    void aMistypedLifeEventOrALineWithoutArrowFailsAtOnce() {
        assertThatThrownBy(() -> new EverydayWords(List.of("x => event:MOVNG"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EverydayWords(List.of("x, y"))).hasMessageContaining("line 1");
    }

    @Test
    void theShippedListLoadsAndKnowsTheWordsOfTheIssue() {
        EverydayWords standard = EverydayWords.standard();
        for (String w : List.of("이사", "전입신고", "여권", "moving", "passport", "가족관계증명서")) {
            assertThat(standard.meaning(w)).as(w).isPresent();
        }
    }
}
