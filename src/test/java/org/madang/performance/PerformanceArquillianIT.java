package org.madang.performance;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.performance.application.DashboardViews.Dashboard;
import org.madang.performance.application.DashboardViews.ServiceRow;
import org.madang.performance.application.IndicatorAdministration;
import org.madang.performance.application.IndicatorFilter;
import org.madang.performance.application.PerformanceIndicators;
import org.madang.performance.domain.Indicators;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.MadangPrincipal;
import org.madang.services.ApplicationFixtures;
import org.madang.services.application.Applying;
import org.madang.services.application.CaseHandling;
import org.madang.services.application.Catalogue;
import org.madang.services.application.ServiceView;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;
import org.madang.testsupport.time.MovableClock;
import org.madang.performance.application.OpenCasesSweep;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.event.Event;
import org.madang.disclosure.request.application.DisclosureQueue;
import org.madang.disclosure.request.application.NewRequest;
import org.madang.disclosure.request.application.RequestFiling;
import org.madang.disclosure.request.domain.DecisionKind;
import org.madang.disclosure.request.domain.Delivery;
import org.madang.disclosure.request.domain.RequestForm;
import org.madang.performance.application.Surveys;
import org.madang.platform.error.Conflict;
import org.madang.services.application.ApplicationEnded;
import org.madang.services.application.ApplicationProgressed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madang.testsupport.incontainer.Db.count;
import static org.madang.testsupport.incontainer.Db.row;

/**
 * The indicators inside the running server: the monthly aggregate follows every change of an
 * application in its own transaction (no rebuild in between), a rebuild from scratch gives the same
 * figures, filters refuse what does not exist, and only administrators rebuild.
 */
@ExtendWith(ArquillianExtension.class)
class PerformanceArquillianIT {
    static final String DEMO = "Madang!2026";
    static final String SERVICE = "BUSINESS_REGISTRATION";

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    PerformanceIndicators indicators;
    @Inject
    IndicatorAdministration administration;
    @Inject
    Applying applying;
    @Inject
    CaseHandling cases;
    @Inject
    Catalogue catalogue;
    @Inject
    Callers callers;
    @Inject
    HttpServletRequest request;
    @Inject
    Surveys surveys;
    @Inject
    RequestFiling requestFiling;
    @Inject
    DisclosureQueue disclosureQueue;
    @Inject
    Event<ApplicationEnded> endings;
    @jakarta.annotation.Resource
    jakarta.transaction.UserTransaction tx;
    @Inject
    MovableClock clock;
    @Inject
    OpenCasesSweep sweep;

    void as(String email) throws Exception {
        callers.signOut();
        callers.signIn(email, DEMO);
        Object[] r = row("select id, name, department_id from account where email = ?", email);
        CurrentUser.remember(request.getSession(true), new MadangPrincipal(((Number) r[0]).longValue(),
                (String) r[1], r[2] == null ? null : ((Number) r[2]).longValue()));
    }

    /** This month's figures of the service in its own department, as the dashboard reads them. */
    Indicators figures() {
        Dashboard d = indicators.dashboard(indicators.filter(null, null, SERVICE, null, null));
        assertThat(d.services()).extracting(ServiceRow::serviceCode).containsOnly(SERVICE);
        ServiceView s = catalogue.findByCode(SERVICE).orElseThrow();
        return d.services().stream().filter(r -> r.departmentId() == s.departmentId()).findFirst()
                .map(ServiceRow::figures).orElse(Indicators.of(new org.madang.performance.domain.MonthlyCounts(), 0, 0));
    }

    String draft() {
        ServiceView s = catalogue.findByCode(SERVICE).orElseThrow();
        String draft = applying.startDraft(s.id());
        applying.saveDraft(draft, ApplicationFixtures.answers(catalogue.form(s.id())));
        for (String file : ApplicationFixtures.requiredFiles(catalogue.form(s.id()))) {
            applying.addAttachment(draft, file, file + ".pdf", ApplicationFixtures.PDF);
        }
        return draft;
    }

    @Test
    void theAggregateFollowsEveryChangeInItsOwnTransactionAndARebuildAgrees() throws Exception {
        Indicators before = figures();

        as("citizen@madang.go.kr");
        String abandoned = draft();
        applying.withdraw(abandoned);
        String n = applying.submit(draft()).number();
        Indicators filed = figures();
        assertThat(filed.started()).isEqualTo(before.started() + 2);
        assertThat(filed.submitted()).isEqualTo(before.submitted() + 1);
        assertThat(filed.dropOut()).isEqualTo(before.dropOut() + 1);
        assertThat(filed.received()).isEqualTo(before.received() + 1);
        assertThat(filed.backlog()).isEqualTo(before.backlog() + 1);
        assertThat(count("select count(*) from performance_case c join application a on a.id = c.application_id "
                + "where a.number = ? and c.stage = 'OPEN' and c.received_at = a.received_at", n)).isOne();

        as("officer@madang.go.kr");
        cases.claim(n);
        cases.requestSupplement(n, "임대차계약서 사본을 첨부해 주세요.");
        as("citizen@madang.go.kr");
        applying.answerSupplement(n, "첨부합니다.", java.util.List.of());
        as("officer@madang.go.kr");
        cases.approve(n);

        Indicators decided = figures();
        assertThat(decided.approved()).isEqualTo(before.approved() + 1);
        assertThat(decided.decided()).isEqualTo(before.decided() + 1);
        assertThat(decided.onTime()).as("decided at once").isEqualTo(before.onTime() + 1);
        assertThat(decided.backlog()).isEqualTo(before.backlog());
        assertThat(decided.median()).isNotNull();
        assertThat(decided.inDays()).isNotNull();
        assertThat(count("select count(*) from performance_case c join application a on a.id = c.application_id "
                + "where a.number = ? and c.stage = 'APPROVED' and c.supplement_requested and c.on_time "
                + "and c.units_taken is not null", n)).isOne();
        assertThat(count("select count(*) from performance_month")).isPositive();

        // a rebuild from every application gives the same figures as the recorder kept
        Indicators allBefore = indicators.dashboard(indicators.filter(null, null, null, "2020-01", null)).total();
        assertThatThrownBy(() -> administration.rebuild()).isInstanceOf(EJBAccessException.class);
        as("admin@madang.go.kr");
        var result = administration.rebuild();
        assertThat(result.applications()).isEqualTo(count("select count(*) from application"));
        assertThat(indicators.dashboard(indicators.filter(null, null, null, "2020-01", null)).total())
                .isEqualTo(allBefore);
        assertThat(figures()).isEqualTo(decided);
    }

    @Test
    void aCaseCountsOverdueTheMomentItsDueTimePassesBeforeAndAfterTheSweep() throws Exception {
        as("citizen@madang.go.kr");
        String n = applying.submit(draft()).number();
        java.time.Instant due = ((java.sql.Timestamp) row("select due_at from application where number = ?", n)[0])
                .toInstant();
        Indicators filed = figures();
        try {
            clock.moveTo(due.plusSeconds(60));
            Indicators late = figures();
            assertThat(late.backlog()).isEqualTo(filed.backlog());
            assertThat(late.overdue()).as("counted before any sweep").isGreaterThanOrEqualTo(filed.overdue() + 1);
            sweep.sweep();
            assertThat(count("select count(*) from performance_case c join application a on a.id = c.application_id "
                    + "where a.number = ? and c.overdue", n)).as("flagged by the sweep").isOne();
            assertThat(figures()).as("the same figure kept").isEqualTo(late);
            as("admin@madang.go.kr");
            administration.rebuild();
            assertThat(figures()).as("a rebuild agrees").isEqualTo(late);
            // a clock set back (as tests do): the flag no longer holds, and the figure says so at once
            clock.reset();
            assertThat(figures().overdue()).isEqualTo(filed.overdue());
        } finally {
            clock.reset();
            sweep.sweep();
        }
        assertThat(figures()).isEqualTo(filed);
        assertThat(count("select count(*) from performance_case c join application a on a.id = c.application_id "
                + "where a.number = ? and not c.overdue", n)).isOne();
        // decided: out of the backlog and out of overdue
        as("officer@madang.go.kr");
        cases.claim(n);
        cases.approve(n);
        assertThat(figures().backlog()).isEqualTo(filed.backlog() - 1);
        assertThat(count("select count(*) from performance_open where open < 0 or overdue < 0 or overdue > open"))
                .isZero();
    }

    @Test
    void filtersRefuseWhatDoesNotExist() {
        assertThatThrownBy(() -> indicators.dashboard(indicators.filter(null, null, "NO_SUCH_SERVICE", null, null)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> indicators.dashboard(indicators.filter("NOPE", null, null, null, null)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> indicators.dashboard(indicators.filter(null, "999999", null, null, null)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> indicators.filter(null, "x", null, null, null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> indicators.filter(null, null, null, "2026-13", null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> indicators.filter(null, null, null, "2026-05", "2026-04")).isInstanceOf(InvalidInput.class);
        IndicatorFilter f = indicators.filter("NTS", null, null, "2026-01", "2026-03");
        Dashboard d = indicators.dashboard(f);
        assertThat(d.services()).allSatisfy(r -> assertThat(r.agencyCode()).isEqualTo("NTS"));
        assertThat(d.disclosure()).allSatisfy(r -> assertThat(r.agencyCode()).isEqualTo("NTS"));
    }

    static long surveys(String reference) throws Exception {
        return count("select count(*) from performance_survey where subject_ref = ?", reference);
    }

    static long surveyNotices(String reference) throws Exception {
        return count("select count(*) from inbox_message where subject_key = 'performance.survey.notice.subject' "
                + "and ? = any(arguments)", reference);
    }

    @Test
    void satisfactionIsAskedOncePerEndingAnsweredOnceAndCounted() throws Exception {
        as("citizen@madang.go.kr");
        String rejected = applying.submit(draft()).number();
        String withdrawn = applying.submit(draft()).number();
        String draft = draft();
        applying.withdraw(withdrawn);
        applying.withdraw(draft);
        as("officer@madang.go.kr");
        cases.claim(rejected);
        String ground = catalogue.findByCode(SERVICE).orElseThrow().rejectionGrounds().get(0).key();
        cases.reject(rejected, ground, "요건을 갖추지 않았습니다.");

        // every ending is asked about, not only success; a draft that was never filed is not
        assertThat(surveys(rejected)).isOne();
        assertThat(surveys(withdrawn)).isOne();
        assertThat(surveys(draft)).isZero();
        assertThat(surveyNotices(rejected)).isOne();
        assertThat(count("select count(*) from performance_survey where subject_ref = ? and ending = 'REJECTED'",
                rejected)).isOne();

        // the same ending announced again (a later notice repeats it): still asked once
        Object[] r = row("select id, applicant_id, service_id, department_id, decided_at from application where number = ?",
                rejected);
        // in a transaction, as applications announce it (other contexts' observers write too)
        tx.begin();
        endings.fire(new ApplicationEnded(((Number) r[0]).longValue(), rejected, ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ApplicationProgressed.Stage.REJECTED,
                java.time.Instant.now()));
        tx.commit();
        assertThat(surveys(rejected)).isOne();
        assertThat(surveyNotices(rejected)).isOne();

        Indicators before = figures();
        as("resident@madang.go.kr");
        assertThatThrownBy(() -> surveys.mine(rejected)).as("another person's question").isInstanceOf(NotFound.class);
        as("citizen@madang.go.kr");
        assertThat(surveys.mine(rejected).answered()).isFalse();
        assertThatThrownBy(() -> surveys.answer(rejected, 0, 3, 3, null)).isInstanceOf(InvalidInput.class);
        surveys.answer(rejected, 2, 4, 1, "너무 느렸어요. 010-2468-1357로 연락 주세요.");
        assertThat(surveys.mine(rejected).answered()).isTrue();
        assertThatThrownBy(() -> surveys.answer(rejected, 5, 5, 5, null)).isInstanceOf(Conflict.class);
        Indicators after = figures();
        assertThat(after.surveyed()).isEqualTo(before.surveyed() + 1);
        assertThat(count("select count(*) from performance_survey where subject_ref = ? and comment = ?", rejected,
                "너무 느렸어요. ***로 연락 주세요.")).isOne();

        as("officer@madang.go.kr");
        assertThat(surveys.departmentComments()).anySatisfy(c -> {
            assertThat(c.text()).isEqualTo("너무 느렸어요. ***로 연락 주세요.");
            assertThat(c.overall()).isEqualTo(2);
        });
        as("officer2@madang.go.kr");
        assertThat(surveys.departmentComments()).noneSatisfy(c -> assertThat(c.text()).contains("너무 느렸어요"));

        // a rebuild counts the answers too
        as("admin@madang.go.kr");
        administration.rebuild();
        assertThat(figures().surveyed()).isEqualTo(after.surveyed());

        // a disclosure decision is asked about as well, once
        long dept = ((Number) row("select d.id from department d join agency a on a.id = d.agency_id "
                + "where a.code = 'NTS' and d.code = 'JONGNO_TAX'")[0]).longValue();
        String request = callers.as("citizen@madang.go.kr", DEMO, () -> requestFiling.file(new NewRequest(dept,
                "민원실 방문자 수", "2026년 민원실 월별 방문자 수", RequestForm.ELECTRONIC_FILE, Delivery.PORTAL, null,
                false, null)));
        callers.as("officer@madang.go.kr", DEMO, () -> {
            disclosureQueue.claim(request);
            disclosureQueue.decide(request, DecisionKind.DISCLOSURE, java.util.Set.of(), "공개합니다.");
            return null;
        });
        assertThat(surveys(request)).isOne();
        assertThat(surveyNotices(request)).isOne();
    }
}
