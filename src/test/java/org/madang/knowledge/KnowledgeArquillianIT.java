package org.madang.knowledge;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.knowledge.application.ArticleEditing;
import org.madang.knowledge.application.ArticlePublishing;
import org.madang.knowledge.application.ArticleReading;
import org.madang.knowledge.application.CaseKnowledge;
import org.madang.knowledge.application.KnowledgeViews.ArticleDetails;
import org.madang.knowledge.application.KnowledgeViews.ArticleRow;
import org.madang.knowledge.application.KnowledgeViews.CasePanel;
import org.madang.knowledge.application.KnowledgeViews.Suggestion;
import org.madang.knowledge.application.PublicKnowledge;
import org.madang.knowledge.application.ReviewReminderTimer;
import org.madang.knowledge.application.StatuteAmendments;
import org.madang.knowledge.domain.ArticleDraft;
import org.madang.knowledge.domain.ArticleKind;
import org.madang.knowledge.domain.ArticleStatus;
import org.madang.knowledge.domain.Citation;
import org.madang.knowledge.domain.Visibility;
import org.madang.knowledge.infrastructure.KnowledgeIndexBatches;
import org.madang.performance.application.KnowledgeIndicators;
import org.madang.performance.application.PerformanceIndicators;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.MadangPrincipal;
import org.madang.services.ApplicationFixtures;
import org.madang.services.application.ApplicationViews.StepView;
import org.madang.services.application.Applying;
import org.madang.services.application.CaseHandling;
import org.madang.services.application.Catalogue;
import org.madang.services.application.ServiceView;
import org.madang.services.domain.ApplicationStep.Kind;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.madang.testsupport.incontainer.Db.accountId;
import static org.madang.testsupport.incontainer.Db.count;
import static org.madang.testsupport.incontainer.Db.row;

/**
 * The knowledge base inside the running server, as real callers: versions and supersedes with the
 * audit lines they leave, department-only articles refused to another department's officer, the
 * personal-data check before publication, "needs review" flags, and the panel beside a case with
 * "used for this case" on the department's timeline (not the applicant's).
 */
@ExtendWith(ArquillianExtension.class)
class KnowledgeArquillianIT {
    static final String DEMO = "Madang!2026";
    static final String CITIZEN = "citizen@madang.go.kr";
    static final String OFFICER = "officer@madang.go.kr";       // 종로세무서 (NTS, JONGNO_TAX)
    static final String SUPERVISOR = "supervisor@madang.go.kr"; // supervises 종로세무서
    static final String OFFICER2 = "officer2@madang.go.kr";     // 종로구 민원여권과
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    ArticleEditing editing;
    @Inject
    ArticlePublishing publishing;
    @Inject
    ArticleReading reading;
    @Inject
    CaseKnowledge caseKnowledge;
    @Inject
    PublicKnowledge publicKnowledge;
    @Inject
    StatuteAmendments amendments;
    @Inject
    PerformanceIndicators performance;
    @Inject
    KnowledgeIndicators knowledgeIndicators;
    @Inject
    Applying applying;
    @Inject
    CaseHandling cases;
    @Inject
    Catalogue catalogue;
    @Inject
    KnowledgeIndexBatches index;
    @Inject
    SuggestionQuality quality;
    @Inject
    ReviewReminderTimer reminders;
    @Inject
    Callers callers;
    @Inject
    HttpServletRequest request;
    @Resource
    UserTransaction tx;

    void as(String email) throws Exception {
        callers.signOut();
        callers.signIn(email, DEMO);
        Object[] row = row("select id, name, department_id from account where email = ?", email);
        CurrentUser.remember(request.getSession(true), new MadangPrincipal(((Number) row[0]).longValue(),
                (String) row[1], row[2] == null ? null : ((Number) row[2]).longValue()));
    }

    long service(String code) {
        return catalogue.findByCode(code).map(ServiceView::id).orElseThrow(() -> new AssertionError(code));
    }

    ArticleDraft draft(String title, String body, LocalDate reviewOn, Visibility v, Long supersedes) {
        return new ArticleDraft(ArticleKind.RULING, title, title + " (en)", body, "English: " + body,
                Set.of(service("BUSINESS_REGISTRATION")), Set.of("NTS"),
                List.of(Citation.parse("민원 처리에 관한 법률 | 제22조")), reviewOn, v, supersedes);
    }

    ArticleDraft citing(String title, String citation) {
        return new ArticleDraft(ArticleKind.LEGAL_REFERENCE, title, title + " (en)", "본문 " + title, "Body " + title,
                Set.of(service("BUSINESS_REGISTRATION")), Set.of("NTS"), List.of(Citation.parse(citation)),
                today().plusDays(90), Visibility.GOVERNMENT, null);
    }

    LocalDate today() {
        return LocalDate.now(SEOUL);
    }

    /** Written by officer@, published by the supervisor for {@code v}; its id. */
    long published(String title, String body, Visibility v, Long supersedes) throws Exception {
        as(OFFICER);
        long id = editing.create(draft(title, body, today().plusDays(90), v, supersedes));
        as(SUPERVISOR);
        publishing.publish(id, v);
        return id;
    }

    static long audited(String action, long id) throws Exception {
        return count("select count(*) from audit_record where action = ? and target = ? and outcome = 'SUCCESS'",
                action, "knowledge:" + id);
    }

    @Test
    void versionsWaitForTheSupervisorAndANewRulingSupersedesTheOld() throws Exception {
        String tag = String.valueOf(System.nanoTime());
        long old = published("시험 질의회신 " + tag, "처리기간은 2일입니다.", Visibility.GOVERNMENT, null);
        assertThat(audited("knowledge.publish", old)).isOne();

        as(OFFICER);
        editing.revise(old, draft("시험 질의회신 " + tag, "처리기간은 3일입니다.", today().plusDays(90),
                Visibility.GOVERNMENT, null), "시행령 개정 반영");
        as(OFFICER2); // another department reads the approved version while the new one waits
        ArticleDetails seen = reading.article(old);
        assertThat(seen.htmlKo()).contains("2일").doesNotContain("3일");
        assertThat(seen.versions()).isEmpty(); // the history is the owning department's
        assertThat(seen.mayEdit()).isFalse();
        as(OFFICER);
        ArticleDetails mine = reading.article(old);
        assertThat(mine.awaitsPublication()).isTrue();
        assertThat(mine.versions()).extracting(v -> v.reason()).containsExactly("", "시행령 개정 반영");
        assertThat(mine.mayPublish()).isFalse(); // an officer writes; the supervisor publishes
        assertThatThrownBy(() -> publishing.publish(old, Visibility.GOVERNMENT)).isInstanceOf(Exception.class);
        as(SUPERVISOR);
        assertThat(reading.article(old).mayPublish()).isTrue();
        publishing.publish(old, Visibility.GOVERNMENT);
        as(OFFICER2);
        assertThat(reading.article(old).htmlKo()).contains("3일");

        // a new ruling replaces it: the old one stays readable, marked, and points to the new
        long newer = published("시험 질의회신(개정) " + tag, "처리기간은 3일이며 현장 확인 시 5일입니다.", Visibility.GOVERNMENT, old);
        as(OFFICER2);
        ArticleDetails replaced = reading.article(old);
        assertThat(replaced.status()).isEqualTo(ArticleStatus.SUPERSEDED);
        assertThat(replaced.supersededBy().id()).isEqualTo(newer);
        assertThat(reading.article(newer).supersedes().id()).isEqualTo(old);
        assertThat(audited("knowledge.supersede", old)).isOne();
        as(OFFICER);
        assertThatThrownBy(() -> editing.revise(old, draft("x " + tag, "y", today(), Visibility.GOVERNMENT, null), "고침"))
                .isInstanceOf(BusinessException.class);

        // withdrawal: audited, and other departments no longer read it
        as(SUPERVISOR);
        publishing.withdraw(newer, "법령 개정으로 효력 없음");
        assertThat(audited("knowledge.withdraw", newer)).isOne();
        as(OFFICER2);
        assertThatThrownBy(() -> reading.article(newer)).isInstanceOf(Forbidden.class);
    }

    @Test
    void departmentOnlyArticlesAreRefusedToOtherDepartmentsAndPersonalDataBlocksPublication() throws Exception {
        String tag = String.valueOf(System.nanoTime());
        long internal = published("내부 처리 지침 " + tag, "명의대여 의심 시 현장 확인", Visibility.DEPARTMENT, null);
        as(OFFICER);
        assertThat(reading.article(internal).title("ko")).contains(tag);
        as(OFFICER2);
        assertThatThrownBy(() -> reading.article(internal)).isInstanceOf(Forbidden.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("knowledge.article.otherDepartment");
        assertThatThrownBy(() -> reading.vote(internal, true)).isInstanceOf(Forbidden.class);
        assertThat(reading.list(null, false).rows()).extracting(ArticleRow::id).doesNotContain(internal);
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().untilAsserted(() -> {
            as(OFFICER);
            assertThat(reading.list("내부 처리 지침 " + tag, false).rows()).extracting(ArticleRow::id).contains(internal);
        });
        as(OFFICER2);
        assertThat(reading.list("내부 처리 지침 " + tag, false).rows()).extracting(ArticleRow::id).doesNotContain(internal);
        assertThatThrownBy(() -> publicKnowledge.article(internal)).isInstanceOf(BusinessException.class);

        as(OFFICER);
        long leaky = editing.create(draft("연락처 사례 " + tag, "신청인 010-1234-5678로 연락", today().plusDays(30),
                Visibility.GOVERNMENT, null));
        as(SUPERVISOR);
        assertThatThrownBy(() -> publishing.publish(leaky, Visibility.GOVERNMENT)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("knowledge.publish.personalData");
        assertThat(row("select status from knowledge_article where id = ?", leaky)[0]).isEqualTo("DRAFT");
        assertThat(count("select count(*) from audit_record where action = 'knowledge.publish' and target = ? "
                + "and outcome like 'REFUSED:%'", "knowledge:" + leaky)).isOne();
    }

    @Test
    void articlesPastTheirReviewDateAreFlagged() throws Exception {
        String tag = String.valueOf(System.nanoTime());
        as(OFFICER);
        long due = editing.create(draft("검토일 지난 자료 " + tag, "본문", today().minusDays(1), Visibility.GOVERNMENT, null));
        long draftOnly = editing.create(draft("검토일 지난 초안 " + tag, "본문", today().minusDays(1), Visibility.GOVERNMENT, null));
        long fresh = editing.create(draft("검토일 남은 자료 " + tag, "본문", today().plusDays(10), Visibility.GOVERNMENT, null));
        as(SUPERVISOR);
        publishing.publish(due, Visibility.GOVERNMENT);
        publishing.publish(fresh, Visibility.GOVERNMENT);
        as(OFFICER);
        var all = reading.list(null, false);
        assertThat(all.rows()).filteredOn(r -> r.id() == due).singleElement().extracting(ArticleRow::needsReview).isEqualTo(true);
        assertThat(all.rows()).filteredOn(r -> r.id() == fresh).singleElement().extracting(ArticleRow::needsReview).isEqualTo(false);
        assertThat(all.rows()).filteredOn(r -> r.id() == draftOnly).singleElement().extracting(ArticleRow::needsReview).isEqualTo(false);
        assertThat(all.needingReview()).isPositive();
        assertThat(reading.list(null, true).rows()).extracting(ArticleRow::id).contains(due).doesNotContain(fresh, draftOnly)
                .allSatisfy(id -> assertThat(id).isNotNull());
        assertThat(reading.list(null, true).rows()).allMatch(ArticleRow::needsReview);
        assertThat(reading.article(due).needsReview()).isTrue();

        // the daily reminder tells the owner once per review date
        reminders.sweep();
        String title = "검토일 지난 자료 " + tag;
        assertThat(count("select count(*) from inbox_message where account_id = ? and subject_key = 'knowledge.review.subject' "
                + "and ? = any(arguments)", accountId(OFFICER), title)).isOne();
        reminders.sweep();
        assertThat(count("select count(*) from inbox_message where subject_key = 'knowledge.review.subject' "
                + "and ? = any(arguments)", title)).isOne();
        assertThat(count("select count(*) from inbox_message where subject_key = 'knowledge.review.subject' "
                + "and ? = any(arguments)", "검토일 지난 초안 " + tag)).isZero();
    }

    @Test
    void theCasePanelSuggestsAndRecordsUseOnTheDepartmentsTimelineOnly() throws Exception {
        String tag = String.valueOf(System.nanoTime());
        long linked = published("자가 사업장 시험 회신 " + tag, "자가 사업장은 임대차계약서가 필요 없습니다.", Visibility.GOVERNMENT, null);
        as(CITIZEN);
        ServiceView s = catalogue.findByCode("BUSINESS_REGISTRATION").orElseThrow();
        String draft = applying.startDraft(s.id());
        applying.saveDraft(draft, ApplicationFixtures.answers(catalogue.form(s.id())));
        for (String file : ApplicationFixtures.requiredFiles(catalogue.form(s.id()))) {
            applying.addAttachment(draft, file, file + ".pdf", ApplicationFixtures.PDF);
        }
        String number = applying.submit(draft).number();

        as(OFFICER);
        CasePanel panel = caseKnowledge.forCase(number);
        assertThat(panel.linked()).extracting(Suggestion::id).contains(linked);
        assertThat(panel.attached()).isEmpty();
        assertThat(panel.suggested()).extracting(Suggestion::id).doesNotContain(linked).doesNotHaveDuplicates();
        caseKnowledge.attach(number, linked);
        caseKnowledge.attach(number, linked); // once per article and case
        assertThat(count("select count(*) from knowledge_case_use where article_id = ? and application_number = ?",
                linked, number)).isOne();
        List<StepView> steps = cases.openCase(number).application().steps();
        assertThat(steps).filteredOn(st -> st.kind() == Kind.KNOWLEDGE_USED).singleElement()
                .satisfies(st -> assertThat(st.note()).contains(tag).contains("#" + linked));
        assertThat(caseKnowledge.forCase(number).attached()).extracting(Suggestion::id).containsExactly(linked);
        assertThat(reading.article(linked).use().cases()).isOne();
        assertThat(reading.article(linked).use().closedCases()).isZero();
        cases.claim(number);
        cases.approve(number); // decided: the article counts a case closed with its help, once
        assertThat(reading.article(linked).use().closedCases()).isOne();
        assertThat(count("select count(*) from knowledge_case_use where application_number = ? and closed_as = 'APPROVED'",
                number)).isOne();
        long department = ((Number) row("select department_id from account where email = ?", OFFICER)[0]).longValue();
        assertThat(knowledgeIndicators.rows(performance.dashboard(performance.filter(null, null, null, null, null))))
                .filteredOn(r -> r.departmentId() == department).singleElement().satisfies(r -> {
                    assertThat(r.decidedWithArticle()).isPositive();
                    assertThat(r.decided()).isGreaterThanOrEqualTo(r.decidedWithArticle());
                    assertThat(r.shareOfDecided()).isNotNull();
                });
        assertThat(audited("knowledge.attach", linked)).isGreaterThanOrEqualTo(1);

        as(CITIZEN); // the applicant's own view leaves the internal step out
        assertThat(applying.myApplication(number).steps()).extracting(StepView::kind).doesNotContain(Kind.KNOWLEDGE_USED);

        as(OFFICER2); // another department's officer cannot use (or see) the case
        assertThatThrownBy(() -> caseKnowledge.forCase(number)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> caseKnowledge.attach(number, linked)).isInstanceOf(BusinessException.class);
    }

    @Test
    void suggestionsFindTheExpectedArticleInTheFirstThree() throws Exception {
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
            long[] c = index.counts();
            return c[1] >= c[0];
        });
        tx.begin();
        try {
            double hitRate = quality.hitRateAtThree();
            System.out.println("knowledge suggestion quality: expected article in the first three for "
                    + Math.round(hitRate * 100) + " percent of " + SuggestionQuality.CASES.size() + " cases");
            assertThat(SuggestionQuality.CASES).hasSizeGreaterThanOrEqualTo(20);
            assertThat(hitRate).isGreaterThanOrEqualTo(0.8);
        } finally {
            tx.rollback();
        }
    }

    @Test
    void aStatuteNotedAsAmendedPutsTheOtherArticlesCitingItUpForReviewUntilANewVersion() throws Exception {
        String tag = String.valueOf(System.nanoTime());
        String statute = "시험법 " + tag + " | 제3조";
        as(OFFICER);
        long reference = editing.create(citing("법령 해설 " + tag, statute + " | 제1항"));
        long ruling = editing.create(citing("질의회신 " + tag, statute + " | 제2항"));
        long other = editing.create(citing("다른 조문 " + tag, "시험법 " + tag + " | 제4조"));
        as(SUPERVISOR);
        for (long id : List.of(reference, ruling, other)) {
            publishing.publish(id, Visibility.GOVERNMENT);
        }
        as(OFFICER2); // another department may not note amendments in this department's article
        assertThatThrownBy(() -> amendments.note(reference, statute, today())).isInstanceOf(Forbidden.class);
        as(OFFICER);
        assertThatThrownBy(() -> amendments.note(reference, "시험법 " + tag + " | 제9조", today()))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("knowledge.amendment.notCited");
        assertThatThrownBy(() -> amendments.note(reference, statute, null)).isInstanceOf(InvalidInput.class);
        assertThat(reading.article(ruling).needsReview()).isFalse();

        assertThat(amendments.note(reference, statute, today().minusDays(3))).isOne(); // the ruling, any paragraph
        assertThatThrownBy(() -> amendments.note(reference, statute, today().minusDays(3))).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("knowledge.amendment.already");
        assertThat(audited("knowledge.amendment", reference)).isOne();
        ArticleDetails flagged = reading.article(ruling);
        assertThat(flagged.needsReview()).isTrue();
        assertThat(flagged.amendments()).singleElement().satisfies(m -> {
            assertThat(m.outdatesThis()).isTrue();
            assertThat(m.notedIn().id()).isEqualTo(reference);
            assertThat(m.statute()).contains("제3조");
        });
        assertThat(reading.article(reference).needsReview()).isFalse(); // where it was noted
        assertThat(reading.article(other).needsReview()).isFalse();      // another article of the act
        assertThat(reading.list(null, true).rows()).extracting(ArticleRow::id).contains(ruling).doesNotContain(reference, other);
        assertThat(count("select count(*) from inbox_message where account_id = ? and subject_key = 'knowledge.amended.subject' "
                + "and ? = any(arguments)", accountId(OFFICER), "질의회신 " + tag)).isOne();

        // a new version published after the note clears the flag
        editing.revise(ruling, citing("질의회신 " + tag, statute + " | 제2항"), "개정 조문 반영");
        as(SUPERVISOR);
        publishing.publish(ruling, Visibility.GOVERNMENT);
        as(OFFICER);
        assertThat(reading.article(ruling).needsReview()).isFalse();
        assertThat(reading.article(ruling).amendments()).singleElement().extracting(a -> a.outdatesThis()).isEqualTo(false);
    }

    @Test
    void citizensAnswerWhetherAPublicArticleHelpedOnceEach() throws Exception {
        String tag = String.valueOf(System.nanoTime());
        long open = published("공개 답변 " + tag, "처리기간은 2일입니다.", Visibility.PUBLIC, null);
        long internal = published("내부 답변 " + tag, "내부 기준", Visibility.DEPARTMENT, null);
        callers.signOut();
        assertThat(publicKnowledge.myVote(open)).isEmpty();
        assertThatThrownBy(() -> publicKnowledge.vote(open, true)).isInstanceOf(Exception.class);
        as(CITIZEN);
        publicKnowledge.vote(open, false);
        publicKnowledge.vote(open, true); // a second answer replaces the first
        assertThat(publicKnowledge.myVote(open)).contains(true);
        assertThatThrownBy(() -> publicKnowledge.vote(internal, true)).isInstanceOf(BusinessException.class);
        as(OFFICER);
        assertThat(reading.article(open).use()).satisfies(u -> {
            assertThat(u.helpful()).isOne();
            assertThat(u.notHelpful()).isZero();
        });
    }
}
