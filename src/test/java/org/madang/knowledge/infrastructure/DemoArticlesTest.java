package org.madang.knowledge.infrastructure;

import org.junit.jupiter.api.Test;
import org.madang.knowledge.domain.ArticleDraft;
import org.madang.knowledge.domain.Citation;
import org.madang.knowledge.domain.Visibility;
import org.madang.platform.text.Markdown;
import org.madang.platform.privacy.PersonalDataText;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo articles load as the domain would take them from an officer, and publish without a personal-data refusal. */
class DemoArticlesTest {
    static List<DemoArticle> all() {
        return Stream.of(DemoArticlesCivil.all(), DemoArticlesBusiness.all(), DemoArticlesWelfareTrade.all())
                .flatMap(List::stream).toList();
    }

    @Test
    void aboutSixtyArticlesEachValidAndFreeOfPersonalData() {
        List<DemoArticle> all = all();
        assertThat(all).hasSizeBetween(55, 70);
        Set<String> keys = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (DemoArticle d : all) {
            assertThat(keys.add(d.key)).as("key " + d.key).isTrue();
            assertThat(titles.add(d.titleKo)).as("title " + d.titleKo).isTrue();
            if (d.supersedes != null) {
                assertThat(keys).as(d.key + " replaces an article listed before it").contains(d.supersedes);
            }
            List<Citation> cited = d.citations.stream().map(Citation::parse).toList();
            new ArticleDraft(d.kind, d.titleKo, d.titleEn, d.bodyKo, d.bodyEn, Set.of(), Set.of(d.agency), cited,
                    LocalDate.now(), d.visibility, null);
            String text = String.join("\n", d.titleKo, d.titleEn, d.bodyKo, d.bodyEn, String.join("\n", d.citations));
            assertThat(PersonalDataText.count(text).any()).as(d.key).isFalse();
            if (d.visibility == Visibility.PUBLIC) {
                assertThat(d.titleEn).as(d.key + " is public: English too").isNotBlank();
                assertThat(d.bodyEn).isNotBlank();
            }
            assertThat(Markdown.toHtml(d.bodyKo)).doesNotContain("&lt;");
        }
    }

    @Test
    void theMixTheDemoPromises() {
        List<DemoArticle> all = all();
        Set<String> faqServices = new HashSet<>();
        all.stream().filter(d -> d.visibility == Visibility.PUBLIC && d.phase != DemoArticle.Phase.DRAFT)
                .forEach(d -> faqServices.addAll(d.services));
        assertThat(faqServices).hasSizeGreaterThanOrEqualTo(12);
        assertThat(all).filteredOn(d -> d.supersedes != null).hasSizeGreaterThanOrEqualTo(3);
        assertThat(all).filteredOn(d -> d.reviewInDays < 0).hasSizeGreaterThanOrEqualTo(5);
        assertThat(all).filteredOn(d -> d.visibility == Visibility.DEPARTMENT).hasSizeGreaterThanOrEqualTo(4);
        assertThat(all).filteredOn(d -> String.join(" ", d.citations).contains("민원 처리에 관한 법률")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(all).filteredOn(d -> String.join(" ", d.citations).contains("공공기관의 정보공개에 관한 법률")).hasSizeGreaterThanOrEqualTo(4);
    }
}
