package org.madang.services.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madang.services.domain.ApplicationStatus.*;
import static org.madang.services.domain.ProcessingClockTest.kst;

/** The application's state machine and its guards, without a database. */
class ApplicationTest {
    static final long CITIZEN = 10, OTHER_CITIZEN = 11, DEPT = 100, OTHER_DEPT = 200;
    final ProcessingClock clock = new ProcessingClock(HolidayData.calendar(), ProcessingClockTest.SEOUL);
    final CaseActor officer = new CaseActor(1, "최유진", DEPT, false);
    final CaseActor colleague = new CaseActor(2, "박서준", DEPT, false);
    final CaseActor supervisor = new CaseActor(3, "정하늘", DEPT, true);
    final CaseActor stranger = new CaseActor(4, "강도윤", OTHER_DEPT, false);
    final Instant t0 = kst("2026-04-13T10:00");

    Application draft() {
        return new Application(7, CITIZEN, "김민준", null, "DRAFT-TEST", t0);
    }

    Application submitted(BigDecimal fee) {
        Application a = draft();
        a.saveAnswers(Map.of("purpose", "은행 제출용"), t0);
        a.submit(ApplicationNumber.of(LocalDate.of(2026, 4, 13), 1), DEPT, ProcessingPeriod.days(6), fee,
                fee.signum() > 0 ? "2604-1300-0001-0" : null, clock, t0);
        return a;
    }

    Application underReview() {
        Application a = submitted(BigDecimal.ZERO);
        a.claim(officer, kst("2026-04-13T11:00"));
        return a;
    }

    @Test
    void aDraftKeepsAnswersAndFiles() {
        Application a = draft();
        assertThat(a.getStatus()).isEqualTo(DRAFT);
        assertThat(a.reference()).isEqualTo("DRAFT-TEST");
        Map<String, String> answers = new HashMap<>();
        answers.put("purpose", "  은행 제출용 ");
        answers.put("copies", "2");
        a.saveAnswers(answers, t0);
        a.saveAnswers(Map.of("copies", " "), t0);
        assertThat(a.getAnswers()).containsExactly(Map.entry("purpose", "은행 제출용"));
        assertThatThrownBy(() -> a.saveAnswers(Map.of("x", "y".repeat(4001)), t0))
                .isInstanceOf(ApplicationInputInvalid.class);
        a.attach(new Attachment("idCard", Attachment.Purpose.FORM, "../../etc/신분증.pdf", AttachmentType.PDF, 10,
                "a".repeat(64), "k1", CITIZEN, t0), t0);
        assertThat(a.getAttachments()).singleElement().satisfies(f -> assertThat(f.getFileName()).isEqualTo("신분증.pdf"));
        assertThat(a.getSteps()).isEmpty();
    }

    @Test
    void submissionNumbersRoutesAndStartsTheClock() {
        Application a = submitted(BigDecimal.ZERO);
        assertThat(a.getStatus()).isEqualTo(SUBMITTED);
        assertThat(a.reference()).matches("20260413-000001-\\d");
        assertThat(a.getAssignment().getDepartmentId()).isEqualTo(DEPT);
        assertThat(a.getDeadline().getReceivedAt()).isEqualTo(t0);
        assertThat(a.getDeadline().getDueAt()).isEqualTo(kst("2026-04-20T18:00"));
        assertThat(a.getSteps()).singleElement().satisfies(s -> {
            assertThat(s.getKind()).isEqualTo(ApplicationStep.Kind.SUBMITTED);
            assertThat(s.getDepartmentId()).isEqualTo(DEPT);
            assertThat(s.getDueAt()).isEqualTo(kst("2026-04-20T18:00"));
        });
        assertThatThrownBy(() -> a.saveAnswers(Map.of("purpose", "x"), t0)).isInstanceOf(ApplicationStatusConflict.class);
        assertThatThrownBy(() -> a.submit(ApplicationNumber.of(LocalDate.of(2026, 4, 13), 2), DEPT,
                ProcessingPeriod.days(6), BigDecimal.ZERO, null, clock, t0)).isInstanceOf(ApplicationStatusConflict.class);
    }

    @Test
    void theFullJourneyWithASupplement() {
        Application a = underReview();
        assertThat(a.getAssignment().getAssigneeName()).isEqualTo("최유진");
        assertThatThrownBy(() -> a.requestSupplement(officer, "  ", kst("2026-04-14T14:00")))
                .isInstanceOf(ApplicationInputInvalid.class)
                .satisfies(e -> assertThat(((ApplicationInputInvalid) e).field()).isEqualTo("supplementReason"));
        a.requestSupplement(officer, "가족관계증명서를 첨부해 주세요", kst("2026-04-14T14:00"));
        assertThat(a.getStatus()).isEqualTo(AWAITING_SUPPLEMENT);
        assertThat(a.getDeadline().isPaused()).isTrue();
        assertThat(a.openSupplementRequest().getPublicNote()).isEqualTo("가족관계증명서를 첨부해 주세요");
        assertThatThrownBy(() -> a.approve(officer, false, kst("2026-04-15T10:00")))
                .isInstanceOf(ApplicationStatusConflict.class);
        assertThatThrownBy(() -> a.answerSupplement(OTHER_CITIZEN, "제가 답합니다", false, clock, kst("2026-04-16T11:00")))
                .isInstanceOf(ApplicationNotFound.class);
        assertThatThrownBy(() -> a.answerSupplement(CITIZEN, " ", false, clock, kst("2026-04-16T11:00")))
                .isInstanceOf(ApplicationInputInvalid.class);
        a.answerSupplement(CITIZEN, "첨부했습니다", true, clock, kst("2026-04-16T11:00"));
        assertThat(a.getStatus()).isEqualTo(UNDER_REVIEW);
        assertThat(a.getDeadline().getDueAt()).isEqualTo(kst("2026-04-22T16:00"));
        assertThat(a.openSupplementRequest()).isNull();
        a.approve(officer, false, kst("2026-04-17T10:00"));
        assertThat(a.getStatus()).isEqualTo(APPROVED);
        assertThat(a.getDecidedAt()).isEqualTo(kst("2026-04-17T10:00"));
        assertThat(a.getSteps()).extracting(ApplicationStep::getKind).containsExactly(ApplicationStep.Kind.SUBMITTED,
                ApplicationStep.Kind.CLAIMED, ApplicationStep.Kind.SUPPLEMENT_REQUESTED,
                ApplicationStep.Kind.SUPPLEMENT_ANSWERED, ApplicationStep.Kind.APPROVED);
        assertThat(a.getSteps()).extracting(ApplicationStep::getStatusAfter)
                .containsExactly(SUBMITTED, UNDER_REVIEW, AWAITING_SUPPLEMENT, UNDER_REVIEW, APPROVED);
        assertThat(a.getSteps().get(1).getActorName()).isEqualTo("최유진");
        assertThatThrownBy(() -> a.withdraw(CITIZEN, kst("2026-04-17T11:00"))).isInstanceOf(ApplicationStatusConflict.class);
    }

    @Test
    void anotherDepartmentCanDoNothing() {
        Application a = submitted(BigDecimal.ZERO);
        Instant t = kst("2026-04-13T11:00");
        assertThatThrownBy(() -> a.claim(stranger, t)).isInstanceOf(CaseOutsideDepartment.class);
        assertThatThrownBy(() -> a.addNote(stranger, "hi", t)).isInstanceOf(CaseOutsideDepartment.class);
        assertThatThrownBy(() -> a.transfer(stranger, OTHER_DEPT, "mine", t)).isInstanceOf(CaseOutsideDepartment.class);
        a.claim(officer, t);
        assertThatThrownBy(() -> a.approve(stranger, false, t)).isInstanceOf(CaseOutsideDepartment.class);
        assertThatThrownBy(() -> a.requestSupplement(stranger, "x", t)).isInstanceOf(CaseOutsideDepartment.class);
        assertThatThrownBy(() -> a.markDelayed(stranger, "x", t)).isInstanceOf(CaseOutsideDepartment.class);
    }

    @Test
    void onlyTheHandlerOrTheSupervisorDecides() {
        Application a = underReview();
        Instant t = kst("2026-04-14T10:00");
        assertThatThrownBy(() -> a.approve(colleague, false, t)).isInstanceOf(CaseNotAssigned.class);
        assertThatThrownBy(() -> a.claim(colleague, t)).isInstanceOf(ApplicationStatusConflict.class);
        a.addNote(colleague, "전에 같은 민원 처리함", t);
        assertThat(a.getNotes()).singleElement().satisfies(n -> assertThat(n.getAuthorName()).isEqualTo("박서준"));
        assertThatThrownBy(() -> a.assign(colleague, colleague, t)).isInstanceOf(CaseNotAssigned.class);
        a.assign(supervisor, colleague, t);
        assertThat(a.getAssignment().getAssigneeId()).isEqualTo(2L);
        assertThatThrownBy(() -> a.assign(supervisor, stranger, t)).isInstanceOf(CaseOutsideDepartment.class);
        assertThatThrownBy(() -> a.approve(officer, false, t)).isInstanceOf(CaseNotAssigned.class);
        a.approve(supervisor, false, t);
        assertThat(a.getStatus()).isEqualTo(APPROVED);
    }

    @Test
    void aSupervisorAssigningAWaitingCaseStartsItsReview() {
        Application a = submitted(BigDecimal.ZERO);
        a.assign(supervisor, officer, kst("2026-04-13T11:00"));
        assertThat(a.getStatus()).isEqualTo(UNDER_REVIEW);
        assertThat(a.getSteps().get(1).getKind()).isEqualTo(ApplicationStep.Kind.ASSIGNED);
        assertThat(a.getSteps().get(1).getActorName()).isEqualTo("최유진");
    }

    @Test
    void rejectionNeedsAGroundAndWords() {
        Application a = underReview();
        Instant t = kst("2026-04-14T10:00");
        assertThatThrownBy(() -> a.reject(officer, null, null, null, "설명", t)).isInstanceOf(ApplicationInputInvalid.class);
        assertThatThrownBy(() -> a.reject(officer, "NOT_ELIGIBLE", "자격 없음", "Not eligible", "", t))
                .isInstanceOf(ApplicationInputInvalid.class);
        a.reject(officer, "NOT_ELIGIBLE", "신청 자격 없음", "Not eligible", "관할 구역 밖 주소입니다", t);
        assertThat(a.getStatus()).isEqualTo(REJECTED);
        ApplicationStep last = a.getSteps().get(a.getSteps().size() - 1);
        assertThat(last.getGroundKey()).isEqualTo("NOT_ELIGIBLE");
        assertThat(last.getGroundEn()).isEqualTo("Not eligible");
        assertThat(last.getPublicNote()).isEqualTo("관할 구역 밖 주소입니다");
    }

    @Test
    void aFeeMustBePaidBeforeApproval() {
        Application a = submitted(new BigDecimal("28000"));
        assertThat(a.hasFee()).isTrue();
        assertThatThrownBy(() -> a.approveAutomatically(t0)).isInstanceOf(PaymentOutstanding.class);
        a.claim(officer, t0);
        assertThatThrownBy(() -> a.approve(officer, false, t0)).isInstanceOf(PaymentOutstanding.class);
        a.paymentRecorded(officer, t0);
        a.approve(officer, true, t0);
        assertThat(a.getStatus()).isEqualTo(APPROVED);
    }

    @Test
    void instantIssuanceApprovesWithoutAnOfficer() {
        Application a = submitted(BigDecimal.ZERO);
        a.approveAutomatically(t0);
        assertThat(a.getStatus()).isEqualTo(APPROVED);
        assertThat(a.getSteps().get(1).getKind()).isEqualTo(ApplicationStep.Kind.APPROVED_AUTOMATICALLY);
        assertThat(a.getSteps().get(1).getActorName()).isNull();
    }

    @Test
    void transferRoutesElsewhereAndLetsGoOfTheOfficer() {
        Application a = underReview();
        Instant t = kst("2026-04-14T10:00");
        assertThatThrownBy(() -> a.transfer(officer, DEPT, "같은 부서", t)).isInstanceOf(ApplicationInputInvalid.class);
        assertThatThrownBy(() -> a.transfer(officer, OTHER_DEPT, " ", t)).isInstanceOf(ApplicationInputInvalid.class);
        a.transfer(officer, OTHER_DEPT, "주소지 관할 부서 소관", t);
        assertThat(a.getStatus()).isEqualTo(TRANSFERRED);
        assertThat(a.getAssignment().getDepartmentId()).isEqualTo(OTHER_DEPT);
        assertThat(a.getAssignment().getAssigneeId()).isNull();
        assertThat(a.getSteps().get(a.getSteps().size() - 1).getDepartmentId()).isEqualTo(OTHER_DEPT);
        assertThatThrownBy(() -> a.claim(officer, t)).isInstanceOf(CaseOutsideDepartment.class);
        a.claim(stranger, t);
        assertThat(a.getStatus()).isEqualTo(UNDER_REVIEW);
    }

    @Test
    void theCitizenWithdrawsBeforeADecisionOnly() {
        Application a = underReview();
        assertThatThrownBy(() -> a.withdraw(OTHER_CITIZEN, t0)).isInstanceOf(ApplicationNotFound.class);
        a.withdraw(CITIZEN, t0);
        assertThat(a.getStatus()).isEqualTo(WITHDRAWN);
        assertThatThrownBy(() -> a.claim(officer, t0)).isInstanceOf(ApplicationStatusConflict.class);
        Application d = draft();
        d.withdraw(CITIZEN, t0);
        assertThat(d.getStatus()).isEqualTo(WITHDRAWN);
    }

    @Test
    void delayAndExtensionAreRecordedOnTheTimeline() {
        Application a = underReview();
        assertThatThrownBy(() -> a.markDelayed(officer, "아직", kst("2026-04-15T10:00")))
                .isInstanceOf(ApplicationStatusConflict.class);
        a.markDelayed(officer, "현장 조사 일정 지연", kst("2026-04-21T10:00"));
        assertThat(a.getDeadline().isDelayed()).isTrue();
        a.extend(officer, 3, "관계기관 협의", clock, kst("2026-04-21T11:00"));
        assertThat(a.getDeadline().getDueAt()).isEqualTo(kst("2026-04-23T18:00"));
        assertThat(a.getSteps()).extracting(ApplicationStep::getKind)
                .endsWith(ApplicationStep.Kind.DELAYED, ApplicationStep.Kind.EXTENDED);
        assertThat(a.getStatus()).isEqualTo(UNDER_REVIEW);
    }

    @Test
    void filesComeOnlyWithTheDraftOrASupplement() {
        Application a = underReview();
        Attachment f = new Attachment("extra", Attachment.Purpose.SUPPLEMENT, "x.png", AttachmentType.PNG, 5,
                "b".repeat(64), "k2", CITIZEN, t0);
        assertThatThrownBy(() -> a.attach(f, t0)).isInstanceOf(ApplicationStatusConflict.class);
        a.requestSupplement(officer, "사진 필요", t0);
        a.attach(f, t0);
        assertThat(a.getAttachments()).hasSize(1);
    }
}
