package org.madang.performance;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.performance.portfolio.application.TaskEvaluations;
import org.madang.performance.portfolio.application.TaskPortfolio;
import org.madang.performance.portfolio.application.TaskProposals;
import org.madang.performance.portfolio.application.TaskViews.PlanView;
import org.madang.performance.portfolio.application.TaskViews.SimilarTask;
import org.madang.performance.portfolio.application.TaskViews.TaskPage;
import org.madang.performance.portfolio.domain.IndicatorSpec;
import org.madang.performance.portfolio.domain.Measure;
import org.madang.performance.portfolio.domain.Milestone;
import org.madang.performance.portfolio.domain.PlanContent;
import org.madang.performance.portfolio.domain.PlanStatus;
import org.madang.performance.portfolio.domain.Recommendation;
import org.madang.performance.portfolio.domain.TaskType;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.MadangPrincipal;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madang.testsupport.incontainer.Db.count;
import static org.madang.testsupport.incontainer.Db.row;

/**
 * The task portfolio inside the running server: the overlap check finds another agency's similar
 * task in the search index and the proposer must answer it; once approved the indicators are frozen
 * (in the entity and so in the database), a new version with a reason is not, and the public page
 * shows every version; the committee's evaluation scores reported and live-bound indicators.
 */
@ExtendWith(ArquillianExtension.class)
class TaskPortfolioArquillianIT {
    static final String DEMO = "Madang!2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    TaskProposals proposals;
    @Inject
    TaskPortfolio portfolio;
    @Inject
    TaskEvaluations evaluations;
    @Inject
    Callers callers;
    @Inject
    HttpServletRequest request;

    void as(String email) throws Exception {
        callers.signOut();
        callers.signIn(email, DEMO);
        Object[] r = row("select id, name, department_id from account where email = ?", email);
        CurrentUser.remember(request.getSession(true), new MadangPrincipal(((Number) r[0]).longValue(),
                (String) r[1], r[2] == null ? null : ((Number) r[2]).longValue()));
    }

    static TreeMap<Integer, BigDecimal> years(double a, double b) {
        return new TreeMap<>(Map.of(2026, BigDecimal.valueOf(a), 2027, BigDecimal.valueOf(b)));
    }

    static PlanContent plan(String title, String official, double target2026) {
        return new PlanContent(title, null, "주민센터를 방문하지 않고 복지 급여를 온라인으로 신청하고 결과를 받는다. 구비서류는 공동이용으로 줄인다.",
                official, 2026, 2027, Set.of("MOHW"), years(100, 150),
                List.of(new Milestone(LocalDate.of(2026, 9, 30), "시범 운영")),
                List.of(new IndicatorSpec("무방문 신청 비율", "%", BigDecimal.TEN, 60, "신청 대장 집계", null, null, null,
                                years(target2026, 40)),
                        new IndicatorSpec("사업자등록 기한 내 처리율", "%", BigDecimal.valueOf(80), 40, "포털 집계",
                                Measure.ON_TIME_RATE, "BUSINESS_REGISTRATION", null, years(90, 95))));
    }

    @Test
    void theOverlapCheckFreezingVersionsAndTheEvaluation() throws Exception {
        String title = "복지서비스 무방문 신청 확대 " + System.nanoTime() % 100000;
        as("supervisor@madang.go.kr"); // 종로세무서 (NTS)
        List<SimilarTask> similar = proposals.similar(title, plan(title, "정하늘", 20).goals(), null);
        assertThat(similar).extracting(s -> s.title().ko()).contains("복지서비스 무방문 신청");
        assertThat(similar).extracting(s -> s.agency().ko()).doesNotContain("국세청");

        // similar tasks were found: the proposer must say how theirs differs
        assertThatThrownBy(() -> proposals.propose(TaskType.DEPARTMENTAL, plan(title, "정하늘", 20), " "))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("difference");
        long id = proposals.propose(TaskType.DEPARTMENTAL, plan(title, "정하늘", 20), "세무서 창구의 복지 안내만 맡습니다.");
        proposals.changeProposal(id, plan(title, "정하늘", 25), "세무서 창구의 복지 안내만 맡습니다.");
        assertThatThrownBy(() -> portfolio.page(id)).as("not public before approval").isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> proposals.approve(id)).isInstanceOf(EJBAccessException.class);

        // the committee sees the similar task and the answer, and approves
        as("admin@madang.go.kr");
        TaskPage review = proposals.review(id);
        PlanView pending = review.versions().get(0);
        assertThat(pending.status()).isEqualTo(PlanStatus.PROPOSED);
        assertThat(pending.difference()).isEqualTo("세무서 창구의 복지 안내만 맡습니다.");
        assertThat(pending.similar()).extracting(s -> s.title().ko()).contains("복지서비스 무방문 신청");
        assertThat(proposals.pending()).extracting(r -> r.id()).contains(id);
        proposals.approve(id);

        // frozen: the entity refuses, and nothing changed in the database
        as("supervisor@madang.go.kr");
        assertThatThrownBy(() -> proposals.changeProposal(id, plan(title, "정하늘", 99), "다름"))
                .isInstanceOf(Conflict.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("performance.task.frozen");
        assertThat(count("select count(*) from task_indicator_target t join task_indicator i on i.id = t.indicator_id "
                + "join task_plan p on p.id = i.plan_id where p.task_id = ? and t.year = 2026 and t.target = 25", id))
                .isOne();
        assertThat(count("select count(*) from task_indicator_target t join task_indicator i on i.id = t.indicator_id "
                + "join task_plan p on p.id = i.plan_id where p.task_id = ? and t.target = 99", id)).isZero();

        // a new version with its reason can; once approved it is in force and version 1 stays on the page
        assertThatThrownBy(() -> proposals.revise(id, plan(title, "김하나", 30), "")).isInstanceOf(InvalidInput.class);
        proposals.revise(id, plan(title, "김하나", 30), "1차 점검 결과로 목표 상향");
        assertThat(portfolio.page(id).awaitingApproval()).isTrue();
        assertThat(portfolio.page(id).versions()).hasSize(1);
        as("admin@madang.go.kr");
        proposals.approve(id);
        TaskPage page = portfolio.page(id);
        assertThat(page.versions()).extracting(PlanView::number, PlanView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, PlanStatus.SUPERSEDED),
                        org.assertj.core.groups.Tuple.tuple(2, PlanStatus.APPROVED));
        assertThat(page.versions().get(0).official()).isEqualTo("정하늘");
        assertThat(page.versions().get(0).indicators().get(0).years().get(0).target()).isEqualByComparingTo("25");
        assertThat(page.inForce().official()).isEqualTo("김하나");
        assertThat(page.inForce().reason()).isEqualTo("1차 점검 결과로 목표 상향");
        // the bound indicator shows what the portal counted this year, live
        assertThat(page.inForce().indicators().get(1).years().get(0).live()).isTrue();

        // the committee's evaluation: the reported actual needs evidence, the bound one is counted
        TaskEvaluations.Sheet sheet = evaluations.sheet(id, 2026);
        assertThat(sheet.lines()).extracting(TaskEvaluations.Line::bound).containsExactly(false, true);
        assertThatThrownBy(() -> evaluations.record(id, 2026, Arrays.asList(new BigDecimal("30"), null),
                Arrays.asList(" ", null), Recommendation.KEEP, null)).isInstanceOf(InvalidInput.class);
        evaluations.record(id, 2026, Arrays.asList(new BigDecimal("30"), new BigDecimal("100")),
                Arrays.asList("2026년 신청 대장", null), Recommendation.INCREASE, "목표 달성");
        Object[] e = row("select score, official, plan_number from task_evaluation where task_id = ? and year = 2026", id);
        BigDecimal bound = evaluations.sheet(id, 2026).lines().get(1).actual();
        BigDecimal boundScore = bound == null ? BigDecimal.ZERO
                : bound.subtract(BigDecimal.valueOf(80)).multiply(BigDecimal.TEN).max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
        // reported: (30-10)/(30-10) = 100 at weight 60; bound: the share of 80 -> 90 the portal counted, at 40
        assertThat((BigDecimal) e[0]).isCloseTo(BigDecimal.valueOf(60).add(boundScore.multiply(BigDecimal.valueOf(0.4))),
                org.assertj.core.data.Offset.offset(new BigDecimal("0.1")));
        assertThat(e[1]).isEqualTo("김하나");
        assertThat(((Number) e[2]).intValue()).isEqualTo(2);
        assertThat(portfolio.page(id).evaluations()).singleElement().satisfies(v -> assertThat(v.grade()).isNotNull());

        // only the committee evaluates; anyone reads
        as("supervisor@madang.go.kr");
        assertThatThrownBy(() -> evaluations.sheet(id, 2026)).isInstanceOf(EJBAccessException.class);
        as("citizen@madang.go.kr");
        assertThatThrownBy(() -> proposals.mine()).isInstanceOf(EJBAccessException.class);
        assertThat(portfolio.portfolio(null).tasks()).extracting(r -> r.id()).contains(id);
    }

    @Test
    void theCommitteeRejectsAProposalWithItsReasonAndTheProposerIsTold() throws Exception {
        String title = "민원 창구 통합 안내 " + System.nanoTime() % 100000;
        as("supervisor@madang.go.kr");
        long id = proposals.propose(TaskType.DEPARTMENTAL, plan(title, "정하늘", 20), "세무서 창구 안내만 맡습니다.");
        assertThatThrownBy(() -> proposals.reject(id, "중복")).isInstanceOf(EJBAccessException.class);
        as("admin@madang.go.kr");
        assertThatThrownBy(() -> proposals.reject(id, " ")).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("rejectionReason");
        proposals.reject(id, "행정안전부 과제와 겹칩니다.");
        PlanView rejected = proposals.review(id).versions().get(0);
        assertThat(rejected.status()).isEqualTo(PlanStatus.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("행정안전부 과제와 겹칩니다.");
        assertThat(proposals.pending()).extracting(r -> r.id()).doesNotContain(id);
        assertThatThrownBy(() -> proposals.approve(id)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> proposals.reject(id, "다시")).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> portfolio.page(id)).as("never in force: not public").isInstanceOf(NotFound.class);
        assertThat(count("select count(*) from audit_record where action = 'performance.task.reject' and target = ? "
                + "and outcome = 'SUCCESS'", "task:" + id)).isOne();
        assertThat(count("select count(*) from inbox_message m join account a on a.id = m.account_id where a.email = ? "
                + "and m.subject_key = 'performance.task.rejected.subject' and ? = any(m.arguments)",
                "supervisor@madang.go.kr", title)).isOne();
        as("supervisor@madang.go.kr");
        assertThatThrownBy(() -> proposals.changeProposal(id, plan(title, "정하늘", 30), "다름"))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void theDemoPortfolioIsGradedWithinEachTypeAndYear() throws Exception {
        var p = portfolio.portfolio(TaskType.COMMITTEE_KEY);
        assertThat(p.tasks()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(p.officials()).isNotEmpty().allSatisfy(o -> assertThat(o.grade()).isNotNull());
        // the task whose plan changed shows both versions, each with its own official
        long revised = p.tasks().stream().filter(t -> t.title().ko().equals("민원 단일창구 구축")).findFirst().orElseThrow().id();
        assertThat(portfolio.page(revised).versions()).extracting(PlanView::official).containsExactly("김정훈", "한지수");
        assertThat(portfolio.page(revised).evaluations()).extracting(v -> v.official()).containsExactly("김정훈", "한지수");
        assertThatThrownBy(() -> portfolio.type("NOPE")).isInstanceOf(NotFound.class);
    }
}
