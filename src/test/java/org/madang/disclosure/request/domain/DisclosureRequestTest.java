package org.madang.disclosure.request.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madang.disclosure.request.domain.Holidays.SEOUL;

/** The request's transitions and the refusal of the wrong ones, on dates chosen around holidays. */
class DisclosureRequestTest {
    static final long REQUESTER = 10;
    static final long DEPT = 100;
    final DisclosureCalendar cal = Holidays.calendar();
    final RequestOfficer officer = new RequestOfficer(20, "최유진", DEPT, false);
    final RequestOfficer colleague = new RequestOfficer(21, "정하늘", DEPT, false);
    final RequestOfficer supervisor = new RequestOfficer(22, "강도윤", DEPT, true);
    final RequestOfficer elsewhere = new RequestOfficer(30, "윤하은", 200, true);

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SEOUL).toInstant();
    }

    DisclosureRequest filed(String when) {
        return new DisclosureRequest(RequestNumber.of(LocalDate.parse(when.substring(0, 10)), 1), REQUESTER, "김민준",
                null, DEPT, new RequestDetails("업무추진비 집행내역", "2026년 1분기 업무추진비 집행내역 일체",
                RequestForm.ELECTRONIC_FILE, Delivery.PORTAL, null, false), cal, at(when));
    }

    @Test
    void receivedWithItsDueAndOverdueDays() {
        DisclosureRequest r = filed("2026-12-04T21:00");
        assertThat(r.getStatus()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(r.getReceivedOn()).isEqualTo("2026-12-04");
        assertThat(r.getDueOn()).isEqualTo("2026-12-14");
        assertThat(r.getOverdueOn()).isEqualTo("2026-12-25"); // day 20 = Thu 12-24
        assertThat(r.getSteps()).extracting(RequestStep::getKind).containsExactly(RequestStep.Kind.RECEIVED);
    }

    @Test
    void clarificationStopsTheClock() {
        DisclosureRequest r = filed("2026-12-01T10:00");
        r.claim(officer, at("2026-12-02T09:00"));
        r.askClarification(officer, "어느 부서의 집행내역입니까?", cal, at("2026-12-03T10:00"));
        assertThat(r.getStatus()).isEqualTo(RequestStatus.AWAITING_CLARIFICATION);
        assertThatThrownBy(() -> r.answerClarification(99, "총무과", cal, at("2026-12-08T10:00")))
                .isInstanceOf(NotFound.class);
        r.answerClarification(REQUESTER, "총무과", cal, at("2026-12-08T10:00"));
        assertThat(r.getStoppedDays()).isEqualTo(5);
        assertThat(r.getDueOn()).isEqualTo("2026-12-16");
        assertThat(r.getStatus()).isEqualTo(RequestStatus.UNDER_REVIEW);
    }

    @Test
    void theOfferedActionsFollowTheCommandsThatWouldSucceed() {
        DisclosureRequest r = filed("2026-02-06T10:00");
        assertThat(r.getStatus().claimable()).isTrue();
        assertThat(r.transferable(false)).as("anyone of the department may send on an unclaimed request").isTrue();
        assertThat(r.extendable(LocalDate.parse("2026-02-09"))).isFalse();
        r.claim(officer, at("2026-02-09T09:00"));
        assertThat(r.getStatus().claimable()).isFalse();
        assertThat(r.getStatus().decidable()).isTrue();
        assertThat(r.transferable(false)).as("only its handler, once taken").isFalse();
        assertThat(r.transferable(true)).isTrue();
        assertThat(r.extendable(LocalDate.parse("2026-02-19"))).as("on the due day").isTrue();
        assertThat(r.extendable(LocalDate.parse("2026-02-20"))).as("the day after").isFalse();
        r.extend(officer, "자료가 방대함", cal, at("2026-02-19T17:00"));
        assertThat(r.extendable(LocalDate.parse("2026-02-19"))).as("extended once already").isFalse();
        r.askClarification(officer, "어느 기간입니까?", cal, at("2026-02-20T10:00"));
        assertThat(r.getStatus().decidable()).isFalse();
        assertThat(r.getStatus().inReview()).isTrue();
        assertThat(r.transferable(true)).isFalse();
    }

    @Test
    void extendOnceAndOnlyBeforeTheDueDatePassed() {
        DisclosureRequest r = filed("2026-02-06T10:00");
        r.claim(officer, at("2026-02-09T09:00"));
        assertThat(r.getDueOn()).isEqualTo("2026-02-19");
        r.extend(officer, "자료가 방대함", cal, at("2026-02-19T17:00"));
        assertThat(r.getDueOn()).isEqualTo("2026-03-03");
        assertThat(r.getOverdueOn()).isEqualTo("2026-03-04");
        assertThatThrownBy(() -> r.extend(officer, "다시", cal, at("2026-02-20T10:00")))
                .isInstanceOf(Conflict.class).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("disclosure.request.extend.already");

        DisclosureRequest late = filed("2026-02-06T10:00");
        late.claim(officer, at("2026-02-09T09:00"));
        assertThatThrownBy(() -> late.extend(officer, "늦은 연장", cal, at("2026-02-20T09:00")))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("disclosure.request.extend.tooLate");
    }

    @Test
    void onlyTheDepartmentAndTheHandlerAct() {
        DisclosureRequest r = filed("2026-12-01T10:00");
        assertThatThrownBy(() -> r.claim(elsewhere, at("2026-12-02T09:00"))).isInstanceOf(Forbidden.class);
        r.claim(officer, at("2026-12-02T09:00"));
        assertThatThrownBy(() -> r.claim(colleague, at("2026-12-02T09:00"))).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> r.decide(colleague, DecisionKind.DISCLOSURE, Set.of(), "공개합니다", cal,
                at("2026-12-03T09:00"))).isInstanceOf(Forbidden.class);
        r.decide(supervisor, DecisionKind.DISCLOSURE, Set.of(), "공개합니다", cal, at("2026-12-03T09:00"));
        assertThat(r.getStatus()).isEqualTo(RequestStatus.DECIDED);
    }

    @Test
    void decideOnceWithGroundsWhereTheActWantsThem() {
        DisclosureRequest r = filed("2026-12-01T10:00");
        r.claim(officer, at("2026-12-02T09:00"));
        assertThatThrownBy(() -> r.decide(officer, DecisionKind.PARTIAL_DISCLOSURE, Set.of(), "일부 공개", cal,
                at("2026-12-03T09:00"))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> r.decide(officer, DecisionKind.NOT_HELD, Set.of(NonDisclosureGround.G6), "부존재",
                cal, at("2026-12-03T09:00"))).isInstanceOf(InvalidInput.class);
        r.decide(officer, DecisionKind.PARTIAL_DISCLOSURE, Set.of(NonDisclosureGround.G6, NonDisclosureGround.G7),
                "개인정보와 영업비밀을 제외하고 공개", cal, at("2026-12-14T09:00"));
        assertThat(r.getGrounds()).containsExactly(NonDisclosureGround.G6, NonDisclosureGround.G7);
        assertThat(r.isDecidedLate()).as("due Fri 12-11").isTrue();
        assertThat(r.getObjectionDeadline()).isEqualTo("2027-01-13");
        assertThatThrownBy(() -> r.decide(officer, DecisionKind.DISCLOSURE, Set.of(), "다시", cal,
                at("2026-12-14T10:00"))).isInstanceOf(Conflict.class);
    }

    @Test
    void transferStartsTheOtherAgencysClock() {
        DisclosureRequest r = filed("2026-12-01T10:00");
        assertThatThrownBy(() -> r.transfer(officer, DEPT, "같은 부서", cal, at("2026-12-02T10:00")))
                .isInstanceOf(InvalidInput.class);
        r.transfer(officer, 200, "국세청 보유 정보", cal, at("2026-12-04T10:00"));
        assertThat(r.getDepartmentId()).isEqualTo(200);
        assertThat(r.getStatus()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(r.getReceivedOn()).isEqualTo("2026-12-04");
        assertThat(r.getDueOn()).isEqualTo("2026-12-14");
        assertThatThrownBy(() -> r.claim(officer, at("2026-12-05T10:00"))).isInstanceOf(Forbidden.class);
        r.claim(elsewhere, at("2026-12-07T10:00"));
    }

    @Test
    void theSweepMarksOverdueOnceAndTheObjectionWindowOpens() {
        DisclosureRequest r = filed("2026-02-17T10:00");
        assertThat(r.markOverdue(cal, at("2026-03-09T23:59"))).isFalse();
        assertThatThrownBy(() -> r.object(REQUESTER, "결정이 없음", cal, at("2026-03-09T12:00")))
                .isInstanceOf(Conflict.class);
        assertThat(r.markOverdue(cal, at("2026-03-10T00:10"))).isTrue();
        assertThat(r.markOverdue(cal, at("2026-03-10T00:20"))).as("idempotent").isFalse();
        assertThat(r.isOverdueNow()).isTrue();
        assertThat(r.getObjectionDeadline()).isEqualTo("2026-04-08");
        assertThat(r.getSteps()).filteredOn(s -> s.getKind() == RequestStep.Kind.OVERDUE).hasSize(1);
        assertThatThrownBy(() -> r.object(REQUESTER, "결정이 없음", cal, at("2026-04-09T09:00")))
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("disclosure.request.objection.windowClosed");
        r.object(REQUESTER, "결정이 없음", cal, at("2026-04-08T23:00"));
        assertThat(r.getObjection().getDueOn()).isEqualTo("2026-04-15");
    }

    @Test
    void objectionAfterADecisionWithinThirtyDaysOnceThenDecided() {
        DisclosureRequest r = filed("2026-08-24T10:00");
        r.claim(officer, at("2026-08-25T10:00"));
        r.decide(officer, DecisionKind.NON_DISCLOSURE, Set.of(NonDisclosureGround.G5), "감사 진행 중", cal,
                at("2026-09-04T10:00"));
        assertThat(r.getObjectionDeadline()).isEqualTo("2026-10-06");
        assertThatThrownBy(() -> r.object(REQUESTER, "부당함", cal, at("2026-10-07T09:00")))
                .isInstanceOf(Conflict.class);
        r.object(REQUESTER, "부당함", cal, at("2026-09-17T10:00"));
        assertThat(r.getObjection().getDueOn()).isEqualTo("2026-09-28");
        assertThatThrownBy(() -> r.object(REQUESTER, "다시", cal, at("2026-09-18T10:00")))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("disclosure.request.objection.already");
        r.extendObjection(officer, "검토 필요", cal, at("2026-09-28T10:00"));
        assertThat(r.getObjection().getDueOn()).isEqualTo("2026-10-06");
        assertThatThrownBy(() -> r.extendObjection(officer, "또", cal, at("2026-09-29T10:00")))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> r.decideObjection(elsewhere, ObjectionOutcome.UPHELD, "인용", cal,
                at("2026-10-01T10:00"))).isInstanceOf(Forbidden.class);
        r.decideObjection(officer, ObjectionOutcome.DISMISSED, "기각: 감사 진행 중", cal, at("2026-10-01T10:00"));
        assertThat(r.getObjection().getOutcome()).isEqualTo(ObjectionOutcome.DISMISSED);
        assertThatThrownBy(() -> r.decideObjection(officer, ObjectionOutcome.UPHELD, "다시", cal,
                at("2026-10-02T10:00"))).isInstanceOf(Conflict.class);
    }

    @Test
    void aFullDisclosureCannotBeObjectedTo() {
        DisclosureRequest r = filed("2026-12-01T10:00");
        r.claim(officer, at("2026-12-02T09:00"));
        r.decide(officer, DecisionKind.DISCLOSURE, Set.of(), "전부 공개", cal, at("2026-12-03T09:00"));
        assertThatThrownBy(() -> r.object(REQUESTER, "?", cal, at("2026-12-04T09:00"))).isInstanceOf(Conflict.class);
        assertThat(r.mayObject(LocalDate.parse("2026-12-04"))).isFalse();
    }

    @Test
    void receiptNumbersCarryACheckDigit() {
        RequestNumber n = RequestNumber.of(LocalDate.parse("2026-12-07"), 42);
        assertThat(RequestNumber.parse(n.toString())).isEqualTo(n);
        assertThat(n.toString()).startsWith("DR-20261207-000042-");
        String wrong = n.toString().substring(0, n.toString().length() - 1)
                + ((n.toString().charAt(n.toString().length() - 1) - '0' + 1) % 10);
        assertThat(RequestNumber.tryParse(wrong)).isEmpty();
        assertThatThrownBy(() -> RequestNumber.parse("nonsense")).isInstanceOf(NotFound.class);
    }

    @Test
    void aThirdPartysWishMakesTheReleaseWaitThirtyDays() {
        DisclosureRequest r = filed("2026-08-24T10:00");
        r.claim(officer, at("2026-08-25T10:00"));
        r.notifyThirdParty(officer, "(주)마당상사", cal, at("2026-08-26T10:00"));
        assertThat(r.getRelease().getThirdPartyDeadline()).isEqualTo("2026-08-31"); // day 3 is Sat 08-29
        assertThatThrownBy(() -> r.notifyThirdParty(officer, "again", cal, at("2026-08-26T11:00"))).isInstanceOf(Conflict.class);
        r.recordThirdPartyObjection(officer, cal, at("2026-08-28T10:00"));
        r.decide(officer, DecisionKind.PARTIAL_DISCLOSURE, Set.of(NonDisclosureGround.G7), "영업비밀 외 공개", cal,
                at("2026-09-04T10:00"));
        assertThat(r.getRelease().getReleaseOn()).isEqualTo("2026-10-07");
        assertThatThrownBy(() -> r.released(officer, 42, java.util.List.of(NonDisclosureGround.G7), cal,
                at("2026-10-06T10:00"))).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("disclosure.request.release.waiting");
        assertThatThrownBy(() -> r.released(officer, 42, java.util.List.of(), cal, at("2026-10-07T10:00")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> r.released(officer, 42, java.util.List.of(NonDisclosureGround.G6), cal,
                at("2026-10-07T10:00"))).as("a ground the decision did not name").isInstanceOf(InvalidInput.class);
        r.released(officer, 42, java.util.List.of(NonDisclosureGround.G7, NonDisclosureGround.G7), cal, at("2026-10-07T10:00"));
        assertThat(r.getRelease().getPublicationId()).isEqualTo(42);
        assertThat(r.getRelease().getWithheldGrounds()).containsExactly(NonDisclosureGround.G7, NonDisclosureGround.G7);
        assertThatThrownBy(() -> r.released(officer, 43, java.util.List.of(NonDisclosureGround.G7), cal,
                at("2026-10-08T10:00"))).isInstanceOf(Conflict.class);
    }

    @Test
    void aThirdPartyHasThreeDaysAndWithoutItsWishTheReleaseIsAtOnce() {
        DisclosureRequest r = filed("2026-12-01T10:00");
        r.claim(officer, at("2026-12-01T11:00"));
        r.notifyThirdParty(officer, "한소희", cal, at("2026-12-01T12:00"));
        assertThatThrownBy(() -> r.recordThirdPartyObjection(officer, cal, at("2026-12-05T09:00")))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("disclosure.request.thirdParty.late");
        r.decide(officer, DecisionKind.DISCLOSURE, Set.of(), "공개", cal, at("2026-12-07T10:00"));
        assertThat(r.getRelease().getReleaseOn()).isEqualTo("2026-12-07");
        r.released(officer, 7, java.util.List.of(), cal, at("2026-12-07T11:00"));
        assertThat(r.getSteps()).extracting(RequestStep::getKind).contains(RequestStep.Kind.THIRD_PARTY_NOTIFIED,
                RequestStep.Kind.RELEASED);
    }
}
