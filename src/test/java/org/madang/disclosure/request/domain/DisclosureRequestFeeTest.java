package org.madang.disclosure.request.domain;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madang.disclosure.request.domain.DisclosureRequestTest.at;

/** The fee on the request: charged with a release only, owed until paid, the file refused until then. */
class DisclosureRequestFeeTest {
    static final long DEPT = 100;
    final DisclosureCalendar cal = Holidays.calendar();
    final RequestOfficer officer = new RequestOfficer(20, "최유진", DEPT, false);
    final RequestOfficer elsewhere = new RequestOfficer(30, "윤하은", 200, true);
    final Release.PrivateFile file = new Release.PrivateFile("집행내역.pdf", "ab/cd", "application/pdf");

    DisclosureRequest decided(DecisionKind kind, FeeInput fee, String waiverClaim) {
        DisclosureRequest r = new DisclosureRequest(RequestNumber.of(LocalDate.parse("2026-12-01"), 7), 10, "김민준", null,
                DEPT, new RequestDetails("업무추진비 집행내역", "2026년 1분기 업무추진비 집행내역 일체", RequestForm.COPY,
                Delivery.PORTAL, waiverClaim, false), cal, at("2026-12-01T10:00"));
        r.claim(officer, at("2026-12-02T09:00"));
        r.decide(officer, kind, kind.needsGrounds() ? Set.of(NonDisclosureGround.G6) : Set.of(),
                "공개합니다.", kind.releases() ? FeeScheduleTest.TABLE.compute(r.getDetails(), fee) : null, cal,
                at("2026-12-03T10:00"));
        return r;
    }

    @Test
    void aDisclosureChargesItsFeeAndTheFileWaitsForThePayment() {
        DisclosureRequest r = decided(DecisionKind.DISCLOSURE, FeeScheduleTest.copies(PaperSize.B4_OR_SMALLER, 20), null);
        assertThat(r.getFee().isAssessed()).isTrue();
        assertThat(r.getFee().getTotal()).isEqualByComparingTo("1200"); // 250 + 19 x 50 = 1,200
        assertThat(r.getFee().isOutstanding()).isTrue();
        assertThat(r.getFee().getLines()).hasSize(1);
        r.feeOrdered(FeePayment.referenceOf(r.getNumber()));

        // it cannot be published while owed; it is kept instead, refused to the requester
        assertThatThrownBy(() -> r.released(officer, 5L, List.of(), cal, at("2026-12-03T11:00")))
                .isInstanceOf(Conflict.class).extracting(t -> ((BusinessException) t).messageKey())
                .isEqualTo("disclosure.fee.outstandingRelease");
        r.releasedAwaitingFee(officer, file, List.of(), cal, at("2026-12-03T11:00"));
        assertThat(r.getRelease().isAwaitingPublication()).isTrue();
        assertThat(r.getRelease().isReleasedPrivately()).as("it will be published, it is not the requester's own data").isFalse();
        assertThatThrownBy(r::requesterFile).isInstanceOf(FeeOutstanding.class).isInstanceOf(Forbidden.class);

        assertThatThrownBy(() -> r.feePaid(elsewhere, LocalDate.parse("2026-12-04"), at("2026-12-04T10:00")))
                .isInstanceOf(Forbidden.class);
        assertThat(r.feePaid(officer, LocalDate.parse("2026-12-04"), at("2026-12-04T10:00")))
                .as("the waiting file is to be published now").isTrue();
        assertThat(r.getFee().isOutstanding()).isFalse();
        assertThat(r.getFee().getPaidOn()).isEqualTo("2026-12-04");
        assertThat(r.getSteps()).extracting(RequestStep::getKind).endsWith(RequestStep.Kind.RELEASED, RequestStep.Kind.FEE_PAID);
        assertThat(r.requesterFile()).contains(file);
        r.publishedAfterFee(42L);
        assertThat(r.getRelease().getPublicationId()).isEqualTo(42L);
        assertThat(r.getRelease().getPrivateFile()).as("the public file replaces the kept copy").isEmpty();
        assertThatThrownBy(() -> r.feePaid(officer, LocalDate.parse("2026-12-04"), at("2026-12-04T10:00")))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void theRequestersOwnDataWaitsForTheFeeToo() {
        DisclosureRequest r = decided(DecisionKind.PARTIAL_DISCLOSURE, FeeScheduleTest.copies(PaperSize.A3_OR_LARGER, 2), null);
        r.feeOrdered(FeePayment.referenceOf(r.getNumber()));
        r.releasedPrivately(officer, file, List.of(NonDisclosureGround.G6), cal, at("2026-12-03T11:00"));
        assertThat(r.getRelease().isReleasedPrivately()).isTrue();
        assertThat(r.getRelease().isHeldForFee()).isTrue();
        assertThatThrownBy(r::requesterFile).isInstanceOf(FeeOutstanding.class);
        assertThat(r.feePaid(officer, LocalDate.parse("2026-12-03"), at("2026-12-03T15:00")))
                .as("never published").isFalse();
        assertThat(r.requesterFile()).contains(file);
    }

    @Test
    void aFreeReleaseIsNeverOwed() {
        DisclosureRequest r = decided(DecisionKind.DISCLOSURE, FeeInput.NONE, null);
        assertThat(r.getFee().isAssessed()).isTrue();
        assertThat(r.getFee().getTotal()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(r.getFee().isOutstanding()).isFalse();
        assertThatThrownBy(() -> r.feeOrdered("2612-0100-0007-1")).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> r.releasedAwaitingFee(officer, file, List.of(), cal, at("2026-12-03T11:00")))
                .isInstanceOf(Conflict.class);
        r.releasedPrivately(officer, file, List.of(), cal, at("2026-12-03T11:00"));
        assertThat(r.requesterFile()).contains(file);
    }

    @Test
    void onlyAReleaseCarriesAFeeAndAClaimIsAnswered() {
        DisclosureRequest refused = decided(DecisionKind.NON_DISCLOSURE, null, null);
        assertThat(refused.getFee().isAssessed()).isFalse();
        assertThat(refused.getFee().isOutstanding()).isFalse();

        DisclosureRequest r = new DisclosureRequest(RequestNumber.of(LocalDate.parse("2026-12-01"), 8), 10, "김민준", null,
                DEPT, new RequestDetails("연구 자료", "연구 자료 일체", RequestForm.COPY, Delivery.PORTAL, "학술 연구 목적",
                false), cal, at("2026-12-01T10:00"));
        r.claim(officer, at("2026-12-02T09:00"));
        assertThatThrownBy(() -> r.decide(officer, DecisionKind.DISCLOSURE, Set.of(), "공개합니다.", cal,
                at("2026-12-03T10:00"))).isInstanceOf(InvalidInput.class)
                .extracting(t -> ((BusinessException) t).messageKey()).isEqualTo("disclosure.fee.waiver.answerRequired");
        assertThatThrownBy(() -> r.decide(officer, DecisionKind.NOT_HELD, Set.of(), "없습니다.", FeeComputation.NOTHING,
                cal, at("2026-12-03T10:00"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(r.getStatus()).as("nothing changed").isEqualTo(RequestStatus.UNDER_REVIEW);
    }

    @Test
    void paymentReferencesCarryACheckDigit() {
        String ref = FeePayment.referenceOf(RequestNumber.of(LocalDate.parse("2026-12-01"), 42));
        assertThat(ref).matches("2612-0100-0042-\\d");
        assertThat(FeePayment.normalise(ref.replace("-", ""))).contains(ref);
        char last = ref.charAt(ref.length() - 1);
        String wrong = ref.substring(0, ref.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
        assertThat(FeePayment.normalise(wrong)).isEmpty();
        assertThat(FeePayment.normalise("12-34")).isEmpty();
    }
}
