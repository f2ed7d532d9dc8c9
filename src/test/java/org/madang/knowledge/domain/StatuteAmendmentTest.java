package org.madang.knowledge.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madang.knowledge.domain.ArticleTest.AUTHOR;
import static org.madang.knowledge.domain.ArticleTest.CHIEF;
import static org.madang.knowledge.domain.ArticleTest.OTHER;
import static org.madang.knowledge.domain.ArticleTest.T0;

class StatuteAmendmentTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Citation ART17 = Citation.parse("민원 처리에 관한 법률 | 제17조");

    static Article published(String title, long id, Instant at) throws Exception {
        Article a = ArticleTest.article(title, id); // cites 제17조 제1항
        a.publish(Visibility.GOVERNMENT, CHIEF, at);
        return a;
    }

    @Test
    void onlyAnArticleInForceOfTheOfficersDepartmentNotesAStatuteItCites() throws Exception {
        Article draft = ArticleTest.article("초안", 1);
        assertThatThrownBy(() -> new StatuteAmendment(draft, ART17, TODAY, AUTHOR, TODAY, T0)).isInstanceOf(Conflict.class);
        Article in = published("법령 해설", 2, T0);
        assertThatThrownBy(() -> new StatuteAmendment(in, ART17, TODAY, OTHER, TODAY, T0)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> new StatuteAmendment(in, Citation.parse("민원 처리에 관한 법률 | 제18조"), TODAY, AUTHOR,
                TODAY, T0)).isInstanceOf(InvalidInput.class).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("knowledge.amendment.notCited");
        assertThatThrownBy(() -> new StatuteAmendment(in, ART17, null, AUTHOR, TODAY, T0)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new StatuteAmendment(in, ART17, TODAY.plusYears(6), AUTHOR, TODAY, T0))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("knowledge.amendment.dateTooFar");

        // a paragraph does not matter: the whole article (조) was amended
        StatuteAmendment m = new StatuteAmendment(in, Citation.parse("민원 처리에 관한 법률 | 제17조 | 제3항"), TODAY,
                AUTHOR, TODAY, T0);
        assertThat(m.statuteText()).isEqualTo("「민원 처리에 관한 법률」 제17조");
        assertThat(m.concerns(in)).isTrue();
        assertThat(m.getNotedBy()).isEqualTo(AUTHOR.name());
    }

    @Test
    void itOutdatesOtherArticlesPublishedBeforeTheNoteOnly() throws Exception {
        Instant noted = T0.plus(Duration.ofDays(10));
        Article in = published("법령 해설", 1, T0);
        StatuteAmendment m = new StatuteAmendment(in, ART17, TODAY, AUTHOR, TODAY, noted);
        Article older = published("옛 회신", 2, T0.plus(Duration.ofDays(1)));
        Article newer = published("새 회신", 3, noted.plusSeconds(1));
        assertThat(m.outdatesPublicationOf(older)).isTrue();
        assertThat(m.outdatesPublicationOf(newer)).isFalse();
        assertThat(m.outdatesPublicationOf(in)).isFalse(); // noted in it: its author has read the amendment

        // a new version published after the note is read against the amendment
        older.revise(ArticleTest.draft("옛 회신", "개정 반영"), "개정 반영", AUTHOR, noted.plusSeconds(60));
        assertThat(m.outdatesPublicationOf(older)).isTrue(); // written, not yet approved
        older.publish(Visibility.GOVERNMENT, CHIEF, noted.plusSeconds(120));
        assertThat(m.outdatesPublicationOf(older)).isFalse();

        Article draftOnly = ArticleTest.article("초안", 4);
        assertThat(m.outdatesPublicationOf(draftOnly)).isFalse();
    }
}
