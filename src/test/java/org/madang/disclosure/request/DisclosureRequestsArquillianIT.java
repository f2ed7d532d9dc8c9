package org.madang.disclosure.request;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.disclosure.request.application.DisclosureQueue;
import org.madang.disclosure.request.application.NewRequest;
import org.madang.disclosure.request.application.OverdueSweepTimer;
import org.madang.disclosure.request.application.PublicRequestLog;
import org.madang.disclosure.request.application.PublicViews.AgencyStatistics;
import org.madang.disclosure.request.application.PublicViews.LogPage;
import org.madang.disclosure.request.application.PublicViews.PublicRequest;
import org.madang.disclosure.request.application.RequestFiling;
import org.madang.disclosure.request.application.RequestViews.RequestSummary;
import org.madang.disclosure.request.application.RequestViews.RequestView;
import org.madang.disclosure.request.application.RequestViews.StepView;
import org.madang.disclosure.request.domain.DecisionKind;
import org.madang.disclosure.request.domain.Delivery;
import org.madang.disclosure.request.domain.DisclosureCalendar;
import org.madang.disclosure.request.domain.NonDisclosureGround;
import org.madang.disclosure.request.domain.ObjectionOutcome;
import org.madang.disclosure.request.domain.RequestForm;
import org.madang.disclosure.request.domain.RequestNumber;
import org.madang.disclosure.request.domain.RequestStatus;
import org.madang.disclosure.request.domain.RequestStep.Kind;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;
import org.madang.testsupport.time.MovableClock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madang.testsupport.incontainer.Db.accountId;
import static org.madang.testsupport.incontainer.Db.column;
import static org.madang.testsupport.incontainer.Db.count;
import static org.madang.testsupport.incontainer.Db.department;

/**
 * Disclosure requests inside the running server, through the EJB boundary and on the real
 * database with the real holiday table: every transition, the refusal of the wrong ones (decide
 * twice, extend twice, object after 30 days, an officer of another department, a citizen at the
 * officers' service), the overdue sweep run twice on its day, and the inbox, audit and access-log
 * rows each action must leave.
 */
@ExtendWith(ArquillianExtension.class)
class DisclosureRequestsArquillianIT {
    static final String DEMO = "Madang!2026";
    static final String CITIZEN = "citizen@madang.go.kr";
    static final String RESIDENT = "resident@madang.go.kr";
    static final String OFFICER = "officer@madang.go.kr";        // NTS, Jongno tax office
    static final String SUPERVISOR = "supervisor@madang.go.kr";  // supervises the Jongno tax office
    static final String OFFICER2 = "officer2@madang.go.kr";      // Jongno-gu, civil affairs
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    RequestFiling filing;
    @Inject
    DisclosureQueue queue;
    @Inject
    OverdueSweepTimer sweep;
    @Inject
    PublicRequestLog log;
    @Inject
    org.madang.disclosure.request.application.Releasing releasing;
    @Inject
    org.madang.privacy.application.MyDataExport export;
    @Inject
    org.madang.disclosure.request.application.RequestStatistics statistics;
    @Inject
    org.madang.disclosure.request.application.RequestLogAdministration statisticsAdministration;
    @Inject
    MovableClock clock;
    @Inject
    Callers callers;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void at(String localDateTime) {
        clock.moveTo(LocalDateTime.parse(localDateTime).atZone(SEOUL).toInstant());
    }

    static DisclosureCalendar calendar() throws Exception {
        Set<LocalDate> days = column("select day from public_holiday").stream()
                .map(d -> ((java.sql.Date) d).toLocalDate()).collect(Collectors.toSet());
        return DisclosureCalendar.of(days, SEOUL);
    }

    String file(String user, String subject) throws Exception {
        long dept = department("NTS", "JONGNO_TAX");
        return callers.as(user, DEMO, () -> filing.file(new NewRequest(dept, subject,
                "2026년 종로세무서 " + subject + " 관련 문서 일체", RequestForm.ELECTRONIC_FILE, Delivery.PORTAL,
                null, false, null)));
    }

    static long notices(String number, String event) throws Exception {
        return count("select count(*) from inbox_message where subject_key = ? and ? = any(arguments)",
                "disclosure.request.notice." + event + ".subject", number);
    }

    static long audited(String action, String number, String outcome) throws Exception {
        return count("select count(*) from audit_record where action = ? and target = ? and outcome like ?", action,
                "disclosureRequest:" + number, outcome);
    }

    static String key(Throwable e) {
        return ((BusinessException) e).messageKey();
    }

    <T> T as(String user, java.util.concurrent.Callable<T> work) throws Exception {
        return callers.as(user, DEMO, work);
    }

    @Test
    void theWholeLifeOfARequestAndTheRefusalOfWrongSteps() throws Exception {
        at("2026-12-01T10:00");
        String n = file(CITIZEN, "업무추진비 집행내역");
        assertThat(RequestNumber.parse(n).date()).isEqualTo("2026-12-01");
        RequestView v = as(CITIZEN, () -> filing.myRequest(n));
        assertThat(v.status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(v.dueOn()).isEqualTo(calendar().decisionDue(LocalDate.parse("2026-12-01"), 0))
                .isEqualTo("2026-12-11");
        assertThat(notices(n, "received")).isOne();
        assertThat(as(CITIZEN, () -> export.export()).sections()).filteredOn(x -> x.id().equals("disclosureRequests"))
                .singleElement().satisfies(x -> assertThat(x.records()).anyMatch(rec -> n.equals(rec.get("requestNumber"))));
        // another citizen's number looks unknown
        assertThatThrownBy(() -> as(RESIDENT, () -> filing.myRequest(n))).isInstanceOf(NotFound.class);

        // the officers' queue: this department's only, sorted by due date; a citizen is refused
        List<RequestSummary> q = as(OFFICER, () -> queue.queue());
        assertThat(q).extracting(RequestSummary::number).contains(n);
        assertThat(q).extracting(RequestSummary::urgentOn).isSorted();
        assertThat(as(OFFICER2, () -> queue.queue())).extracting(RequestSummary::number).doesNotContain(n);
        assertThatThrownBy(() -> as(CITIZEN, () -> queue.queue())).isInstanceOf(EJBAccessException.class);

        // an officer of another department may neither open nor act
        assertThatThrownBy(() -> as(OFFICER2, () -> queue.open(n))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> as(OFFICER2, () -> { queue.claim(n); return null; })).isInstanceOf(Forbidden.class);
        assertThat(audited("disclosureRequest.claim", n, "REFUSED:disclosure.request.otherDepartment")).isOne();
        assertThat(count("select count(*) from personal_data_access where purpose_reference = ? and actor = ?", n,
                String.valueOf(accountId(OFFICER2)))).as("nothing was read").isZero();

        // opening is in the requester's access log
        as(OFFICER, () -> queue.open(n));
        assertThat(count("select count(*) from personal_data_access where purpose_key = 'disclosure.request.purpose' "
                + "and purpose_reference = ? and subject_account_id = ?", n, accountId(CITIZEN))).isOne();

        // claim; a decision before claiming is refused; a colleague who did not claim may not decide
        assertThatThrownBy(() -> as(OFFICER, () -> { queue.decide(n, DecisionKind.DISCLOSURE, Set.of(), "공개"); return null; }))
                .isInstanceOf(Forbidden.class);
        as(OFFICER, () -> { queue.claim(n); return null; });
        assertThatThrownBy(() -> as(OFFICER, () -> { queue.claim(n); return null; })).isInstanceOf(Conflict.class);

        // clarification stops the clock from 12-03 to 12-08
        at("2026-12-03T11:00");
        as(OFFICER, () -> { queue.askClarification(n, "대상 기간을 특정해 주십시오."); return null; });
        assertThat(notices(n, "clarificationAsked")).isOne();
        assertThat(as(CITIZEN, () -> filing.myRequest(n)).openQuestion()).isEqualTo("대상 기간을 특정해 주십시오.");
        at("2026-12-08T09:30");
        as(CITIZEN, () -> { filing.answerClarification(n, "2026년 1월부터 6월까지"); return null; });
        v = as(CITIZEN, () -> filing.myRequest(n));
        assertThat(v.stoppedDays()).isEqualTo(5);
        assertThat(v.dueOn()).isEqualTo("2026-12-16");

        // extend once (before the due date), not twice
        at("2026-12-15T16:00");
        assertThatThrownBy(() -> as(OFFICER, () -> { queue.extend(n, " "); return null; })).isInstanceOf(InvalidInput.class);
        as(OFFICER, () -> { queue.extend(n, "자료가 방대하여 검토에 시간이 필요합니다."); return null; });
        assertThat(as(CITIZEN, () -> filing.myRequest(n)).dueOn()).isEqualTo(calendar().extendedDue(LocalDate.parse("2026-12-16")));
        assertThatThrownBy(() -> as(OFFICER, () -> { queue.extend(n, "한 번 더"); return null; }))
                .isInstanceOf(Conflict.class).extracting(DisclosureRequestsArquillianIT::key)
                .isEqualTo("disclosure.request.extend.already");

        // decide: a partial disclosure needs art. 9(1) grounds; then once only
        at("2026-12-18T10:00");
        assertThatThrownBy(() -> as(OFFICER, () -> { queue.decide(n, DecisionKind.PARTIAL_DISCLOSURE, Set.of(), "일부"); return null; }))
                .isInstanceOf(InvalidInput.class);
        as(OFFICER, () -> { queue.decide(n, DecisionKind.PARTIAL_DISCLOSURE,
                Set.of(NonDisclosureGround.G6), "개인 식별정보를 가리고 공개합니다."); return null; });
        assertThatThrownBy(() -> as(OFFICER, () -> { queue.decide(n, DecisionKind.DISCLOSURE, Set.of(), "다시"); return null; }))
                .isInstanceOf(Conflict.class);
        v = as(CITIZEN, () -> filing.myRequest(n));
        assertThat(v.decision()).isEqualTo(DecisionKind.PARTIAL_DISCLOSURE);
        assertThat(v.grounds()).containsExactly(NonDisclosureGround.G6);
        assertThat(v.decidedLate()).isFalse();
        assertThat(v.objectionDeadline()).isEqualTo(calendar().objectionDeadlineAfterDecision(LocalDate.parse("2026-12-18")));
        assertThat(v.mayObject()).isTrue();
        assertThat(notices(n, "decided.PARTIAL_DISCLOSURE")).isOne();

        // objection within 30 days, once; decided by the department, extended once
        at("2026-12-21T10:00");
        as(CITIZEN, () -> { filing.object(n, "비공개 부분이 지나치게 넓습니다."); return null; });
        assertThatThrownBy(() -> as(CITIZEN, () -> { filing.object(n, "다시"); return null; }))
                .extracting(DisclosureRequestsArquillianIT::key).isEqualTo("disclosure.request.objection.already");
        assertThat(as(OFFICER, () -> queue.queue())).filteredOn(s -> s.number().equals(n))
                .singleElement().satisfies(s -> assertThat(s.objectionDueOn()).isEqualTo("2026-12-28"));
        as(SUPERVISOR, () -> { queue.extendObjection(n, "제3자 의견 청취"); return null; });
        assertThatThrownBy(() -> as(SUPERVISOR, () -> { queue.extendObjection(n, "또"); return null; }))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> as(OFFICER2, () -> { queue.decideObjection(n, ObjectionOutcome.UPHELD, "인용"); return null; }))
                .isInstanceOf(Forbidden.class);
        as(OFFICER, () -> { queue.decideObjection(n, ObjectionOutcome.PARTLY_UPHELD, "성명만 가리고 직위는 공개합니다."); return null; });
        v = as(CITIZEN, () -> filing.myRequest(n));
        assertThat(v.objection().outcome()).isEqualTo(ObjectionOutcome.PARTLY_UPHELD);
        assertThat(v.steps()).extracting(StepView::kind).containsExactly(Kind.RECEIVED, Kind.CLAIMED,
                Kind.CLARIFICATION_ASKED, Kind.CLARIFICATION_ANSWERED, Kind.EXTENDED, Kind.DECIDED, Kind.OBJECTED,
                Kind.OBJECTION_EXTENDED, Kind.OBJECTION_DECIDED);
        assertThat(notices(n, "objectionDecided.PARTLY_UPHELD")).isOne();
        assertThat(audited("disclosureRequest.decide", n, "SUCCESS")).isOne();
        assertThat(as(OFFICER, () -> queue.queue())).extracting(RequestSummary::number).doesNotContain(n);
    }

    @Test
    void aTransferStartsTheHoldingAgencysClockAndLeavesTheFirstDepartment() throws Exception {
        at("2026-12-02T15:00");
        String n = file(CITIZEN, "구청 민원실 운영 지침");
        long civil = department("JONGNO", "CIVIL");
        long tax = department("NTS", "JONGNO_TAX");
        at("2026-12-04T10:00");
        assertThatThrownBy(() -> as(OFFICER, () -> { queue.transfer(n, tax, "같은 곳"); return null; }))
                .isInstanceOf(InvalidInput.class);
        assertThat(as(OFFICER, () -> queue.transferTargets())).noneMatch(t -> t.departmentId() == tax);
        as(OFFICER, () -> { queue.transfer(n, civil, "종로구청이 보유한 정보입니다."); return null; });
        assertThat(notices(n, "transferred")).isOne();
        RequestView v = as(CITIZEN, () -> filing.myRequest(n));
        assertThat(v.receivedOn()).isEqualTo("2026-12-04");
        assertThat(v.dueOn()).isEqualTo("2026-12-14");
        assertThat(v.place().departmentId()).isEqualTo(civil);
        assertThatThrownBy(() -> as(OFFICER, () -> queue.open(n))).isInstanceOf(Forbidden.class);
        as(OFFICER2, () -> { queue.claim(n); queue.decide(n, DecisionKind.NOT_HELD, null, "해당 지침은 작성된 바 없습니다."); return null; });
        assertThat(as(CITIZEN, () -> filing.myRequest(n)).decision()).isEqualTo(DecisionKind.NOT_HELD);
    }

    @Test
    void theSweepMarksOverdueOnceOnItsDayAndTheObjectionWindowCloses() throws Exception {
        at("2026-02-06T18:30"); // Friday evening before Seollal
        String n = file(CITIZEN, "체납처분 지침");
        RequestView v = as(CITIZEN, () -> filing.myRequest(n));
        assertThat(v.dueOn()).isEqualTo("2026-02-19");
        assertThat(v.overdueOn()).isEqualTo("2026-02-27"); // day 20 = Thu 02-26

        at("2026-02-26T23:50");
        sweep.sweep();
        assertThat(as(CITIZEN, () -> filing.myRequest(n)).overdueSince()).isNull();
        assertThatThrownBy(() -> as(CITIZEN, () -> { filing.object(n, "결정 없음"); return null; }))
                .extracting(DisclosureRequestsArquillianIT::key).isEqualTo("disclosure.request.objection.notAllowed");

        at("2026-02-27T00:05");
        sweep.sweep();
        sweep.sweep(); // a second run the same day changes nothing
        v = as(CITIZEN, () -> filing.myRequest(n));
        assertThat(v.overdueSince()).isEqualTo("2026-02-27");
        assertThat(v.status()).isEqualTo(RequestStatus.RECEIVED); // no deemed refusal
        assertThat(v.steps()).filteredOn(s -> s.kind() == Kind.OVERDUE).hasSize(1);
        assertThat(notices(n, "overdue")).isOne();
        assertThat(v.objectionDeadline()).isEqualTo(calendar().lastDay(LocalDate.parse("2026-02-26"), 30))
                .isEqualTo("2026-03-30"); // day 30 = Sat 03-28 → Mon 03-30
        assertThat(v.mayObject()).isTrue();
        assertThat(as(OFFICER, () -> queue.queue())).filteredOn(s -> s.number().equals(n))
                .singleElement().satisfies(s -> assertThat(s.overdue()).isTrue());

        at("2026-03-31T09:00");
        assertThatThrownBy(() -> as(CITIZEN, () -> { filing.object(n, "결정 없음"); return null; }))
                .extracting(DisclosureRequestsArquillianIT::key).isEqualTo("disclosure.request.objection.windowClosed");
        at("2026-03-30T22:00");
        as(CITIZEN, () -> { filing.object(n, "결정 없음"); return null; });
        // a late decision is still a decision, marked late
        at("2026-03-31T10:00");
        as(OFFICER, () -> { queue.claim(n); queue.decide(n, DecisionKind.DISCLOSURE, Set.of(), "공개합니다."); return null; });
        v = as(CITIZEN, () -> filing.myRequest(n));
        assertThat(v.decidedLate()).isTrue();
        assertThat(v.overdueSince()).isEqualTo("2026-02-27");
    }

    @Test
    void noObjectionAfterThirtyDaysOfTheDecision() throws Exception {
        at("2026-08-24T10:00");
        String n = file(CITIZEN, "세무조사 계획");
        at("2026-09-04T10:00");
        as(OFFICER, () -> { queue.claim(n); queue.decide(n, DecisionKind.NON_DISCLOSURE, Set.of(NonDisclosureGround.G4,
                NonDisclosureGround.G5), "조사 진행 중인 사항입니다."); return null; });
        at("2026-10-07T00:01");
        assertThatThrownBy(() -> as(CITIZEN, () -> { filing.object(n, "부당"); return null; }))
                .isInstanceOf(Conflict.class).extracting(DisclosureRequestsArquillianIT::key)
                .isEqualTo("disclosure.request.objection.windowClosed");
        at("2026-10-06T23:59");
        as(CITIZEN, () -> { filing.object(n, "부당"); return null; }); // 10-04 Sun, 10-05 substitute holiday
        assertThat(as(CITIZEN, () -> filing.myRequest(n)).objection().dueOn()).isEqualTo("2026-10-13");
    }

    @Test
    void badInputIsRefusedWithTheFieldsMessage() throws Exception {
        long dept = department("NTS", "JONGNO_TAX");
        assertThatThrownBy(() -> as(CITIZEN, () -> filing.file(new NewRequest(dept, " ", "내용", RequestForm.COPY,
                Delivery.POST, null, false, null)))).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((BusinessException) e).field()).isEqualTo("subject"));
        assertThatThrownBy(() -> as(CITIZEN, () -> filing.file(new NewRequest(-1, "제목", "내용", RequestForm.COPY,
                Delivery.POST, null, false, null)))).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((BusinessException) e).field()).isEqualTo("department"));
        assertThatThrownBy(() -> as(CITIZEN, () -> filing.file(new NewRequest(dept, "제목", "내용", RequestForm.COPY,
                Delivery.POST, null, false, 1L)))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> as(CITIZEN, () -> filing.myRequest("DR-20261201-000001-0"))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(OFFICER, () -> queue.open("nonsense"))).isInstanceOf(NotFound.class);
    }

    @Test
    void thePublicLogNamesNoRequesterHidesAPrivateSubjectAndPages() throws Exception {
        long dept = department("NTS", "JONGNO_TAX");
        String word = "공개로그" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String shown = as(CITIZEN, () -> filing.file(new NewRequest(dept, word + " 보이는 제목", "김민준이 쓴 설명",
                RequestForm.COPY, Delivery.POST, null, false, null)));
        String hidden = as(CITIZEN, () -> filing.file(new NewRequest(dept, word + " 숨긴 제목", "설명",
                RequestForm.COPY, Delivery.POST, null, true, null)));
        String other = as(RESIDENT, () -> filing.file(new NewRequest(dept, word + " 다른 사람", "설명",
                RequestForm.COPY, Delivery.POST, null, false, null)));

        LogPage found = log.page(new PublicRequestLog.Filter(null, null, null, word, null, 20));
        assertThat(found.items()).extracting(PublicRequest::number).containsExactly(other, shown); // private subjects are not searched
        PublicRequest mine = log.request(shown);
        PublicRequest secret = log.request(hidden);
        assertThat(secret.subject()).isNull();
        assertThat(secret.requesterNumber()).isEqualTo(mine.requesterNumber()).isPositive();
        assertThat(log.request(other).requesterNumber()).isNotEqualTo(mine.requesterNumber());
        String everything = String.valueOf(mine) + secret + found;
        assertThat(everything).doesNotContain("김민준").doesNotContain("citizen@").doesNotContain("설명");

        // paging: one at a time, older then newer again, no request twice
        LogPage first = log.page(new PublicRequestLog.Filter("NTS", null, null, word, null, 1));
        assertThat(first.items()).extracting(PublicRequest::number).containsExactly(other);
        assertThat(first.newer()).isNull();
        LogPage second = log.page(new PublicRequestLog.Filter("NTS", null, null, word, first.older(), 1));
        assertThat(second.items()).extracting(PublicRequest::number).containsExactly(shown);
        assertThat(second.older()).isNull();
        assertThat(log.page(new PublicRequestLog.Filter("NTS", null, null, word, second.newer(), 1)).items())
                .extracting(PublicRequest::number).containsExactly(other);
        // the words are searched in the index: the decision's text too; never the requester's name or own words
        String word2 = "결정문" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        as(OFFICER, () -> { queue.claim(other); queue.decide(other, DecisionKind.DISCLOSURE, Set.of(),
                "요청하신 " + word2 + " 자료를 공개합니다."); return null; });
        assertThat(log.page(new PublicRequestLog.Filter(null, null, null, word2, null, 20)).items())
                .extracting(PublicRequest::number).containsExactly(other);
        assertThat(log.page(new PublicRequestLog.Filter("NTS", "DECIDED", "DISCLOSURE", word + " " + word2, null, 20))
                .items()).extracting(PublicRequest::number).containsExactly(other);
        assertThat(log.page(new PublicRequestLog.Filter(null, "RECEIVED", null, word2, null, 20)).items()).isEmpty();
        assertThat(log.page(new PublicRequestLog.Filter(null, null, null, "김민준", null, 100)).items())
                .as("the requester's name and description are not in the index").isEmpty();
        assertThatThrownBy(() -> log.page(new PublicRequestLog.Filter("NOPE", null, null, null, null, 20)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> log.page(new PublicRequestLog.Filter(null, "SOMETHING", null, null, null, 20)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> log.request("DR-20261201-000001-0")).isInstanceOf(NotFound.class);
    }

    @Test
    void statisticsAreCountedFromTheRequests() throws Exception {
        // a request filed and decided here changes its agency's line in the same transaction
        List<AgencyStatistics> before = log.statistics(PublicRequestLog.Column.AGENCY, false);
        at("2026-11-02T10:00");
        String n = file(CITIZEN, "통계 반영 확인 자료");
        as(OFFICER, () -> { queue.claim(n); queue.decide(n, DecisionKind.NOT_HELD, Set.of(), "보유하지 않습니다."); return null; });
        List<AgencyStatistics> kept = log.statistics(PublicRequestLog.Column.AGENCY, false);
        AgencyStatistics ntsBefore = before.stream().filter(s -> s.agencyCode().equals("NTS")).findFirst().orElseThrow();
        AgencyStatistics ntsAfter = kept.stream().filter(s -> s.agencyCode().equals("NTS")).findFirst().orElseThrow();
        assertThat(ntsAfter.requests()).isEqualTo(ntsBefore.requests() + 1);
        assertThat(ntsAfter.notHeld()).isEqualTo(ntsBefore.notHeld() + 1);
        assertThat(ntsAfter.decidedOnTime()).isEqualTo(ntsBefore.decidedOnTime() + 1);
        // what every command kept equals a count of the requests from scratch (administrators only)
        assertThatThrownBy(() -> as(CITIZEN, () -> statisticsAdministration.rebuild())).isInstanceOf(EJBAccessException.class);
        assertThat(as("admin@madang.go.kr", () -> statisticsAdministration.rebuild()).requests())
                .isEqualTo(count("select count(*) from disclosure_request"));
        assertThat(log.statistics(PublicRequestLog.Column.AGENCY, false)).isEqualTo(kept);
        assertThat(statistics.rebuildIfBehind()).as("nothing to catch up").isFalse();

        List<AgencyStatistics> rows = log.statistics(PublicRequestLog.Column.REQUESTS, true);
        AgencyStatistics nts = rows.stream().filter(s -> s.agencyCode().equals("NTS")).findFirst().orElseThrow();
        String ntsDepartments = "select id from department where agency_id = (select id from agency where code = 'NTS')";
        assertThat(nts.requests()).isEqualTo(count("select count(*) from disclosure_request where department_id in ("
                + ntsDepartments + ")"));
        assertThat(nts.disclosed()).isEqualTo(count("select count(*) from disclosure_request where decision = 'DISCLOSURE' "
                + "and department_id in (" + ntsDepartments + ")"));
        assertThat(nts.decidedLate()).isEqualTo(count("select count(*) from disclosure_request where decided_late "
                + "and department_id in (" + ntsDepartments + ")"));
        assertThat(rows).extracting(AgencyStatistics::requests).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<AgencyStatistics> byAgency = log.statistics(PublicRequestLog.Column.AGENCY, false);
        assertThat(byAgency).extracting(AgencyStatistics::agencyKo).isSorted();
        long undecidedTotal = rows.stream().mapToLong(AgencyStatistics::overdueNow).sum();
        assertThat(undecidedTotal).isEqualTo(count("select count(*) from disclosure_request where status <> 'DECIDED' "
                + "and overdue_since is not null"));
    }

    @Test
    void aThirdPartysWishDelaysTheReleaseAndARedactedFileStillHoldingAWithheldTextIsRefused() throws Exception {
        at("2026-08-24T10:00");
        String n = file(CITIZEN, "청사 청소 용역 계약서");
        at("2026-08-26T10:00");
        as(OFFICER, () -> { queue.claim(n); queue.notifyThirdParty(n, "(주)깨끗한용역"); return null; });
        assertThat(notices(n, "thirdPartyNotified")).isOne();
        assertThat(as(CITIZEN, () -> filing.myRequest(n)).release().thirdParty()).as("named to officers only").isNull();
        assertThat(as(OFFICER, () -> queue.open(n)).request().release().thirdParty()).isEqualTo("(주)깨끗한용역");
        at("2026-08-28T10:00");
        as(OFFICER, () -> { queue.recordThirdPartyObjection(n); return null; });
        at("2026-09-04T10:00");
        as(OFFICER, () -> { queue.decide(n, DecisionKind.PARTIAL_DISCLOSURE, Set.of(NonDisclosureGround.G7),
                "용역업체의 단가 산출 내역(제7호)을 가리고 공개합니다."); return null; });
        assertThat(log.request(n).releaseOn()).isEqualTo("2026-10-07");

        String secret = "인건비 단가 시간당 12,345원";
        List<org.madang.disclosure.request.application.WithheldPart> parts =
                List.of(new org.madang.disclosure.request.application.WithheldPart(secret, NonDisclosureGround.G7));
        at("2026-10-06T15:00");
        assertThatThrownBy(() -> as(OFFICER, () -> releasing.release(n, org.madang.disclosure.OpenFiles.pdf("계약서.pdf",
                "청소 용역 계약서", "[비공개: 제7호]"), parts)))
                .extracting(DisclosureRequestsArquillianIT::key).isEqualTo("disclosure.request.release.waiting");
        at("2026-10-07T09:00");
        // the text is still there, broken over two lines and spaced differently: refused, nothing published
        long publicationsBefore = count("select count(*) from publication where request_reference = ?", n);
        assertThatThrownBy(() -> as(OFFICER, () -> releasing.release(n, org.madang.disclosure.OpenFiles.pdf("계약서.pdf",
                "청소 용역 계약서", "인건비 단가 시간당", "12,345 원"), parts)))
                .isInstanceOf(InvalidInput.class).extracting(DisclosureRequestsArquillianIT::key)
                .isEqualTo("disclosure.request.redaction.stillThere");
        assertThat(count("select count(*) from publication where request_reference = ?", n)).isEqualTo(publicationsBefore);
        assertThatThrownBy(() -> as(OFFICER, () -> releasing.release(n, org.madang.disclosure.OpenFiles.pdf("계약서.pdf",
                "청소 용역 계약서"), List.of()))).isInstanceOf(InvalidInput.class); // a partial disclosure names its parts

        long id = as(OFFICER, () -> releasing.release(n, org.madang.disclosure.OpenFiles.pdf("계약서.pdf",
                "청소 용역 계약서", "인건비 단가: [비공개: 제7호]"), parts));
        assertThat(count("select count(*) from publication where id = ? and request_reference = ? and category = 'RELEASE'",
                id, n)).isOne();
        PublicRequest p = log.request(n);
        assertThat(p.publicationId()).isEqualTo(id);
        assertThat(p.withheld()).containsExactly(NonDisclosureGround.G7);
        assertThat(count("select count(*) from disclosure_request r join disclosure_request_step s on s.request_id = r.id "
                + "where r.number = ? and (s.note like '%12,345%' or r.decision_text like '%12,345%')", n))
                .as("the withheld text is never stored").isZero();
        assertThat(notices(n, "released")).isOne();
        assertThatThrownBy(() -> as(OFFICER, () -> releasing.release(n, org.madang.disclosure.OpenFiles.pdf("b.pdf", "x"),
                List.of(new org.madang.disclosure.request.application.WithheldPart("y", NonDisclosureGround.G7)))))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void aRequestersOwnRecordsAreReleasedToThemAloneAndNeverPublished() throws Exception {
        at("2026-11-09T10:00");
        String n = file(CITIZEN, "본인 세무 면담 내역");
        at("2026-11-10T10:00");
        as(OFFICER, () -> { queue.claim(n); queue.decide(n, DecisionKind.DISCLOSURE, Set.of(),
                "청구인 본인의 상담 기록을 본인에게 공개합니다."); return null; });
        long publicationsBefore = count("select count(*) from publication");
        org.madang.disclosure.application.Upload own = org.madang.disclosure.OpenFiles.pdf("상담기록.pdf",
                "세무 상담 기록", "상담자: 김민준, 연락처 010-2345-6789", "상담 내용: 종합소득세 신고 문의");
        as(OFFICER, () -> { releasing.releasePrivately(n, own, List.of()); return null; });

        assertThat(count("select count(*) from publication")).as("nothing published").isEqualTo(publicationsBefore);
        assertThat(count("select count(*) from publication where request_reference = ?", n)).isZero();
        PublicRequest p = log.request(n);
        assertThat(p.releasedPrivately()).isTrue();
        assertThat(p.publicationId()).isNull();
        assertThat(String.valueOf(p)).doesNotContain("상담기록.pdf").doesNotContain("김민준");
        assertThat(log.page(new PublicRequestLog.Filter(null, null, null, null, null, 100)).items())
                .filteredOn(x -> x.number().equals(n)).singleElement()
                .satisfies(x -> assertThat(x.releasedPrivately()).isTrue());

        // the requester downloads it from their own request; anyone else's answer is "no such request"
        org.madang.disclosure.request.application.RequestFiling.PrivateFile mine = as(CITIZEN, () -> filing.myReleasedFile(n));
        assertThat(mine.fileName()).isEqualTo("상담기록.pdf");
        assertThat(mine.contentType()).isEqualTo("application/pdf");
        assertThat(mine.content()).isEqualTo(own.bytes());
        assertThat(as(CITIZEN, () -> filing.myRequest(n)).release().privately()).isTrue();
        assertThatThrownBy(() -> as(RESIDENT, () -> filing.myReleasedFile(n))).isInstanceOf(NotFound.class);
        assertThat(notices(n, "releasedPrivately")).isOne();
        assertThat(audited("disclosureRequest.releasePrivately", n, "%")).isOne();

        // released once: neither again privately nor publicly
        assertThatThrownBy(() -> as(OFFICER, () -> { releasing.releasePrivately(n, own, List.of()); return null; }))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> as(OFFICER, () -> releasing.release(n, own, List.of()))).isInstanceOf(Conflict.class);
        // a request that was not released privately has no private file
        String other = file(CITIZEN, "공개되지 않은 기록");
        assertThatThrownBy(() -> as(CITIZEN, () -> filing.myReleasedFile(other))).isInstanceOf(NotFound.class);
    }

    String fileWith(String subject, RequestForm form, String waiverClaim) throws Exception {
        long dept = department("NTS", "JONGNO_TAX");
        return as(CITIZEN, () -> filing.file(new NewRequest(dept, subject, "2026년 종로세무서 " + subject + " 일체",
                form, Delivery.PORTAL, waiverClaim, false, null)));
    }

    @Test
    void aFeeIsChargedWithTheDisclosureAndTheReleaseWaitsForItsPayment() throws Exception {
        at("2026-12-14T10:00");
        String n = fileWith("민원실 안내 책자 원본 파일", RequestForm.ELECTRONIC_FILE, null);
        at("2026-12-15T10:00");
        org.madang.disclosure.request.domain.FeeInput elevenMegabytes =
                new org.madang.disclosure.request.domain.FeeInput(null, null, 11L, null, null, null, null);
        org.madang.disclosure.request.domain.FeeComputation preview = as(OFFICER, () -> {
            queue.claim(n);
            return queue.previewFee(n, elevenMegabytes);
        });
        assertThat(preview.total()).isEqualTo(1000); // 1 MB free, then 10 x 100 won
        assertThatThrownBy(() -> as(OFFICER2, () -> queue.previewFee(n, elevenMegabytes))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> as(OFFICER, () -> queue.previewFee(n, new org.madang.disclosure.request.domain.FeeInput(
                org.madang.disclosure.request.domain.PaperSize.B4_OR_SMALLER, 3L, null, null, null, null, null))))
                .isInstanceOf(InvalidInput.class).extracting(DisclosureRequestsArquillianIT::key)
                .isEqualTo("disclosure.fee.notApplicable");
        as(OFFICER, () -> { queue.decide(n, DecisionKind.DISCLOSURE, Set.of(), "안내 책자 파일을 공개합니다.", elevenMegabytes);
            return null; });

        RequestView mine = as(CITIZEN, () -> filing.myRequest(n));
        assertThat(mine.fee().total()).isEqualByComparingTo("1000");
        assertThat(mine.fee().outstanding()).isTrue();
        assertThat(mine.fee().lines()).hasSize(1);
        assertThat(mine.fee().reference()).matches("2612-1400-\\d{4}-\\d");
        assertThat(mine.fee().order().virtualAccount()).startsWith("563-");
        assertThat(notices(n, "feeDue")).isOne();
        assertThat(log.request(n).feeCharged()).isEqualByComparingTo("1000");
        assertThat(String.valueOf(log.request(n))).doesNotContain("김민준");

        // released while owed: kept, refused to the requester, not published
        long id = as(OFFICER, () -> releasing.release(n, org.madang.disclosure.OpenFiles.pdf("안내책자.pdf",
                "민원실 안내 책자"), List.of()));
        assertThat(id).isZero();
        assertThat(count("select count(*) from publication where request_reference = ?", n)).isZero();
        assertThat(log.request(n).awaitingFee()).isTrue();
        assertThat(as(CITIZEN, () -> filing.myRequest(n)).release().awaitingPublication()).isTrue();
        assertThatThrownBy(() -> as(CITIZEN, () -> filing.myReleasedFile(n)))
                .isInstanceOf(org.madang.disclosure.request.domain.FeeOutstanding.class).isInstanceOf(Forbidden.class);
        assertThat(notices(n, "releasedAwaitingFee")).isOne();

        // the payment as the bank statement shows it: the amount must match, the day must be possible
        at("2026-12-16T11:00");
        java.time.LocalDate today = java.time.LocalDate.parse("2026-12-16");
        assertThatThrownBy(() -> as(OFFICER, () -> { queue.recordFeePayment(n, new java.math.BigDecimal("900"), today,
                "TX-1"); return null; })).isInstanceOf(InvalidInput.class)
                .extracting(DisclosureRequestsArquillianIT::key).isEqualTo("disclosure.fee.payment.wrongAmount");
        assertThatThrownBy(() -> as(OFFICER, () -> { queue.recordFeePayment(n, new java.math.BigDecimal("1000"),
                today.plusDays(1), "TX-1"); return null; })).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> as(OFFICER2, () -> { queue.recordFeePayment(n, new java.math.BigDecimal("1000"), today,
                "TX-1"); return null; })).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> as(CITIZEN, () -> { queue.recordFeePayment(n, new java.math.BigDecimal("1000"), today,
                "TX-1"); return null; })).isInstanceOf(EJBAccessException.class);
        as(OFFICER, () -> { queue.recordFeePayment(n, new java.math.BigDecimal("1000"), today, "마당은행 TX-20261216-1");
            return null; });

        PublicRequest after = log.request(n);
        assertThat(after.publicationId()).as("published once paid").isNotNull();
        assertThat(after.awaitingFee()).isFalse();
        assertThat(count("select count(*) from publication where id = ? and request_reference = ?", after.publicationId(), n))
                .isOne();
        RequestView paid = as(CITIZEN, () -> filing.myRequest(n));
        assertThat(paid.fee().outstanding()).isFalse();
        assertThat(paid.fee().paidOn()).isEqualTo(today);
        assertThat(paid.steps()).extracting(StepView::kind).contains(Kind.FEE_PAID);
        assertThat(after.correspondence()).extracting(StepView::kind).doesNotContain(Kind.FEE_PAID);
        assertThat(notices(n, "feePaid")).isOne();
        assertThat(audited("disclosureRequest.recordFeePayment", n, "%")).isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> as(OFFICER, () -> { queue.recordFeePayment(n, new java.math.BigDecimal("1000"), today,
                "TX-2"); return null; })).isInstanceOf(InvalidInput.class); // nothing owed any more
    }

    @Test
    void aRefusedReductionKeepsTheOwnFileLockedUntilPaidAndAGrantedOneMakesItFree() throws Exception {
        at("2026-12-14T10:00");
        String refused = fileWith("본인 납세 상담 녹취록", RequestForm.COPY, "대학원 학위논문 연구에 씁니다.");
        String granted = fileWith("본인 세무 조사 통지서", RequestForm.ELECTRONIC_FILE, "시민단체의 공익 감시 활동에 씁니다.");
        at("2026-12-15T10:00");
        org.madang.disclosure.request.domain.FeeInput noAnswer = new org.madang.disclosure.request.domain.FeeInput(
                org.madang.disclosure.request.domain.PaperSize.B4_OR_SMALLER, 12L, null, null, null, null, null);
        as(OFFICER, () -> { queue.claim(refused); queue.claim(granted); return null; });
        assertThatThrownBy(() -> as(OFFICER, () -> { queue.decide(refused, DecisionKind.DISCLOSURE, Set.of(), "공개",
                noAnswer); return null; })).isInstanceOf(InvalidInput.class)
                .extracting(DisclosureRequestsArquillianIT::key).isEqualTo("disclosure.fee.waiver.answerRequired");
        assertThat(as(CITIZEN, () -> filing.myRequest(refused)).decision()).as("nothing decided").isNull();
        as(OFFICER, () -> {
            queue.decide(refused, DecisionKind.DISCLOSURE, Set.of(), "본인의 상담 녹취록을 공개합니다.",
                    new org.madang.disclosure.request.domain.FeeInput(
                            org.madang.disclosure.request.domain.PaperSize.B4_OR_SMALLER, 12L, null, null, null,
                            org.madang.disclosure.request.domain.WaiverAnswer.REFUSED, "본인 기록의 열람은 감면 사유가 아닙니다."));
            queue.decide(granted, DecisionKind.DISCLOSURE, Set.of(), "통지서를 공개합니다.",
                    new org.madang.disclosure.request.domain.FeeInput(null, null, 2L, null, null,
                            org.madang.disclosure.request.domain.WaiverAnswer.GRANTED, null));
            return null;
        });
        RequestView r = as(CITIZEN, () -> filing.myRequest(refused));
        assertThat(r.fee().total()).isEqualByComparingTo("800"); // 250 + 11 x 50 = 800
        assertThat(r.fee().waiver()).isEqualTo(org.madang.disclosure.request.domain.WaiverAnswer.REFUSED);
        assertThat(r.fee().waiverReason()).isEqualTo("본인 기록의 열람은 감면 사유가 아닙니다.");
        assertThat(notices(refused, "feeWaiverRefused")).isOne();
        RequestView g = as(CITIZEN, () -> filing.myRequest(granted));
        assertThat(g.fee().free()).as("100 won halved is below the counting unit").isTrue();
        assertThat(g.fee().reference()).isNull();
        assertThat(notices(granted, "feeDue")).isZero();
        assertThat(log.request(granted).feeCharged()).isNull();

        org.madang.disclosure.application.Upload own = org.madang.disclosure.OpenFiles.pdf("녹취록.pdf", "상담 녹취록");
        as(OFFICER, () -> { releasing.releasePrivately(refused, own, List.of());
            releasing.releasePrivately(granted, org.madang.disclosure.OpenFiles.pdf("통지서.pdf", "통지서"), List.of());
            return null; });
        assertThatThrownBy(() -> as(CITIZEN, () -> filing.myReleasedFile(refused)))
                .isInstanceOf(org.madang.disclosure.request.domain.FeeOutstanding.class);
        assertThat(as(CITIZEN, () -> filing.myReleasedFile(granted)).fileName()).as("free: at once").isEqualTo("통지서.pdf");

        String reference = r.fee().reference();
        at("2026-12-17T09:30");
        as(SUPERVISOR, () -> { queue.recordFeePayment(refused, new java.math.BigDecimal("800"),
                java.time.LocalDate.parse("2026-12-16"), "창구 영수증 0042"); return null; });
        assertThat(as(CITIZEN, () -> filing.myReleasedFile(refused)).content()).isEqualTo(own.bytes());
        assertThat(count("select count(*) from disclosure_fee_payment where reference = ? and paid_amount = 800", reference))
                .isOne();
        assertThat(count("select count(*) from publication where request_reference = ?", refused)).isZero();
    }
}
