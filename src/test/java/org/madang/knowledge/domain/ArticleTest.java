package org.madang.knowledge.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleTest {
    static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");
    static final KnowledgeOfficer AUTHOR = new KnowledgeOfficer(10, "강도윤", 5, "JONGNO", false);
    static final KnowledgeOfficer CHIEF = new KnowledgeOfficer(11, "정하늘", 5, "JONGNO", true);
    static final KnowledgeOfficer COLLEAGUE = new KnowledgeOfficer(12, "김하나", 5, "JONGNO", false);
    static final KnowledgeOfficer OTHER = new KnowledgeOfficer(20, "최유진", 9, "NTS", false);
    static final KnowledgeOfficer OTHER_CHIEF = new KnowledgeOfficer(21, "박과장", 9, "NTS", true);

    static ArticleDraft draft(String title, String body) {
        return new ArticleDraft(ArticleKind.RULING, title, "Ruling " + title, body, "English text of " + title,
                Set.of(3L), Set.of("JONGNO"), List.of(Citation.parse("민원 처리에 관한 법률 | 제17조 | 제1항")),
                LocalDate.of(2027, 6, 30), Visibility.GOVERNMENT, null);
    }

    static Article article(String title, long id) throws Exception {
        Article a = new Article(draft(title, "처리기간은 7일입니다."), AUTHOR, T0);
        Field f = Article.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(a, id);
        return a;
    }

    @Test
    void aDraftIsItsDepartmentsOnly() throws Exception {
        Article a = article("전입신고 처리기간", 1);
        assertThat(a.getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(a.getCurrentVersion()).isEqualTo(1);
        assertThat(a.awaitsPublication()).isTrue();
        assertThat(a.readableBy(COLLEAGUE)).isTrue();
        assertThat(a.readableBy(OTHER)).isFalse();
        assertThatThrownBy(() -> a.requireReadableBy(OTHER)).isInstanceOf(Forbidden.class);
        assertThat(a.readableByPublic()).isFalse();
    }

    @Test
    void onlyTheDepartmentsSupervisorPublishes() throws Exception {
        Article a = article("전입신고 처리기간", 1);
        assertThatThrownBy(() -> a.publish(Visibility.GOVERNMENT, AUTHOR, T0)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> a.publish(Visibility.GOVERNMENT, OTHER_CHIEF, T0)).isInstanceOf(Forbidden.class);
        a.publish(Visibility.GOVERNMENT, CHIEF, T0);
        assertThat(a.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(a.getPublishedVersion()).isEqualTo(1);
        assertThat(a.readableBy(OTHER)).isTrue();
        assertThat(a.readableByPublic()).isFalse();
        assertThatThrownBy(() -> a.publish(Visibility.GOVERNMENT, CHIEF, T0)).isInstanceOf(Conflict.class);
    }

    @Test
    void departmentOnlyStaysInsideEvenPublished() throws Exception {
        Article a = article("내부 처리 지침", 1);
        a.publish(Visibility.DEPARTMENT, CHIEF, T0);
        assertThat(a.readableBy(COLLEAGUE)).isTrue();
        assertThat(a.readableBy(OTHER)).isFalse();
    }

    @Test
    void aNewVersionWaitsWhileThePublishedOneShows() throws Exception {
        Article a = article("전입신고 처리기간", 1);
        a.publish(Visibility.PUBLIC, CHIEF, T0);
        assertThatThrownBy(() -> a.revise(draft("전입신고 처리기간", "처리기간은 5일입니다."), " ", COLLEAGUE, T0))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> a.revise(draft("x", "y"), "남의 것", OTHER, T0)).isInstanceOf(Forbidden.class);
        a.revise(draft("전입신고 처리기간(개정)", "처리기간은 5일입니다."), "시행령 개정", COLLEAGUE, T0.plusSeconds(60));
        assertThat(a.getCurrentVersion()).isEqualTo(2);
        assertThat(a.getTitleKo()).isEqualTo("전입신고 처리기간");
        assertThat(a.getBodyKo()).contains("7일");
        assertThat(a.awaitsPublication()).isTrue();
        assertThat(a.getVersions()).extracting(ArticleVersion::getReason).containsExactly("", "시행령 개정");
        a.publish(Visibility.PUBLIC, CHIEF, T0.plusSeconds(120));
        assertThat(a.getTitleKo()).isEqualTo("전입신고 처리기간(개정)");
        assertThat(a.getBodyKo()).contains("5일");
        assertThat(a.getPublishedVersion()).isEqualTo(2);
        assertThat(a.readableByPublic()).isTrue();
    }

    @Test
    void personalDataBlocksPublication() throws Exception {
        Article a = new Article(draft("사례", "신청인 850314-1234567, 연락처 010-1234-5678, kim@example.kr"), AUTHOR, T0);
        assertThatThrownBy(() -> a.publish(Visibility.GOVERNMENT, CHIEF, T0))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> {
                    BusinessException b = (BusinessException) e;
                    assertThat(b.messageKey()).isEqualTo("knowledge.publish.personalData");
                    assertThat(b.arguments()).containsExactly(1, 1, 1);
                });
        assertThat(a.getStatus()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void publicNeedsEnglish() {
        Article a = new Article(new ArticleDraft(ArticleKind.MANUAL, "안내", "", "본문", "", Set.of(), Set.of(), List.of(),
                LocalDate.of(2027, 1, 1), Visibility.PUBLIC, null), AUTHOR, T0);
        assertThatThrownBy(() -> a.publish(Visibility.PUBLIC, CHIEF, T0)).isInstanceOf(InvalidInput.class);
        a.publish(Visibility.GOVERNMENT, CHIEF, T0);
        assertThat(a.getVisibility()).isEqualTo(Visibility.GOVERNMENT);
    }

    @Test
    void supersededStaysReadableAndCannotChange() throws Exception {
        Article old = article("구 질의회신", 1);
        old.publish(Visibility.GOVERNMENT, CHIEF, T0);
        Article newer = article("신 질의회신", 2);
        assertThatThrownBy(() -> old.supersededBy(old, T0)).isInstanceOf(InvalidInput.class);
        old.supersededBy(newer, T0);
        assertThat(old.getStatus()).isEqualTo(ArticleStatus.SUPERSEDED);
        assertThat(old.getSupersededById()).isEqualTo(2L);
        assertThat(old.readableBy(OTHER)).isTrue();
        assertThat(old.needsReview(LocalDate.of(2030, 1, 1))).isFalse();
        assertThatThrownBy(() -> old.revise(draft("x", "y"), "고침", AUTHOR, T0)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> old.supersededBy(newer, T0)).isInstanceOf(Conflict.class);
    }

    @Test
    void anotherDepartmentsArticleIsNotReplaced() throws Exception {
        Article old = article("구 질의회신", 1);
        old.publish(Visibility.GOVERNMENT, CHIEF, T0);
        Article theirs = new Article(draft("남의 자료", "본문"), OTHER, T0);
        Field f = Article.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(theirs, 3L);
        assertThatThrownBy(() -> old.supersededBy(theirs, T0)).isInstanceOf(Forbidden.class);
    }

    @Test
    void reviewIsDueAfterTheReviewDate() throws Exception {
        Article a = article("검토 대상", 1);
        assertThat(a.needsReview(LocalDate.of(2027, 7, 1))).isFalse(); // a draft is not in force
        a.publish(Visibility.GOVERNMENT, CHIEF, T0);
        assertThat(a.needsReview(LocalDate.of(2027, 6, 30))).isFalse();
        assertThat(a.needsReview(LocalDate.of(2027, 7, 1))).isTrue();
        assertThat(a.reviewReminderDue(LocalDate.of(2027, 7, 1))).isTrue();
        a.reviewReminded();
        assertThat(a.reviewReminderDue(LocalDate.of(2027, 7, 2))).isFalse();
        a.revise(new ArticleDraft(ArticleKind.RULING, "검토 대상", "", "본문", "", Set.of(), Set.of(), List.of(),
                LocalDate.of(2027, 12, 31), Visibility.GOVERNMENT, null), "검토 후 유지", COLLEAGUE, T0);
        assertThat(a.needsReview(LocalDate.of(2027, 7, 2))).isFalse();
        assertThat(a.reviewReminderDue(LocalDate.of(2028, 1, 1))).isTrue();
    }

    @Test
    void withdrawalNeedsTheSupervisorAndAReason() throws Exception {
        Article a = article("철회 대상", 1);
        assertThatThrownBy(() -> a.withdraw("이유", CHIEF, T0)).isInstanceOf(Conflict.class);
        a.publish(Visibility.GOVERNMENT, CHIEF, T0);
        assertThatThrownBy(() -> a.withdraw("이유", AUTHOR, T0)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> a.withdraw(" ", CHIEF, T0)).isInstanceOf(InvalidInput.class);
        a.withdraw("법 개정으로 효력 없음", CHIEF, T0);
        assertThat(a.getStatus()).isEqualTo(ArticleStatus.WITHDRAWN);
        assertThat(a.readableBy(OTHER)).isFalse();
        assertThat(a.readableBy(COLLEAGUE)).isTrue();
    }

    @Test
    void draftsAreChecked() {
        assertThatThrownBy(() -> new ArticleDraft(null, "t", "", "b", "", null, null, null, LocalDate.MAX, null, null))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ArticleDraft(ArticleKind.MANUAL, " ", "", "b", "", null, null, null, LocalDate.MAX, null, null))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("titleKo");
        assertThatThrownBy(() -> new ArticleDraft(ArticleKind.MANUAL, "t", "", "b".repeat(20_001), "", null, null, null,
                LocalDate.MAX, null, null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ArticleDraft(ArticleKind.MANUAL, "t", "", "b", "", null, null, null, null, null, null))
                .isInstanceOf(InvalidInput.class);
        ArticleDraft d = new ArticleDraft(ArticleKind.MANUAL, " t ", null, "b", null, null, null, null, LocalDate.MAX, null, null);
        assertThat(d.titleKo()).isEqualTo("t");
        assertThat(d.titleEn()).isEmpty();
        assertThat(d.visibility()).isEqualTo(Visibility.DEPARTMENT);
    }

    @Test
    void citationsAreReadOnePerLine() {
        Citation c = Citation.parse("공공기관의 정보공개에 관한 법률 | 제9조 | 제1항");
        assertThat(c.text()).isEqualTo("「공공기관의 정보공개에 관한 법률」 제9조 제1항");
        assertThat(Citation.parse("민원 처리에 관한 법률|제17조").text()).isEqualTo("「민원 처리에 관한 법률」 제17조");
        assertThat(c.line()).isEqualTo("공공기관의 정보공개에 관한 법률 | 제9조 | 제1항");
        assertThatThrownBy(() -> Citation.parse("민원 처리에 관한 법률")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Citation.parse(" | 제1조")).isInstanceOf(InvalidInput.class);
    }
}
