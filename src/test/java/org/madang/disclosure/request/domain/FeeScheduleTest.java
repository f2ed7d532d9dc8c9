package org.madang.disclosure.request.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.InvalidInput;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The disclosure fee table (시행규칙 제7조 별표) as the migration seeds it, and the rules around it:
 * the form decides what is charged, a granted reduction halves the fee, amounts below 100 won are
 * not counted, postage is at cost and never reduced, and bad input is refused with its field.
 */
class FeeScheduleTest {
    /** The rows of V202612091000__disclosure_request_fees.sql. */
    static final FeeSchedule TABLE = new FeeSchedule(Map.of(
            FeeItem.COPY_B4, new FeeRate(0, 1, 250, 1, 50),
            FeeItem.COPY_A3, new FeeRate(0, 1, 300, 1, 100),
            FeeItem.INSPECTION, new FeeRate(60, 0, 0, 30, 1000),
            FeeItem.ELECTRONIC_FILE, new FeeRate(1, 0, 0, 1, 100)), 50, 100);

    static RequestDetails asked(RequestForm form, Delivery delivery, String waiverClaim) {
        return new RequestDetails("업무추진비 집행내역", "2026년 업무추진비 집행내역", form, delivery, waiverClaim, false);
    }

    static FeeInput copies(PaperSize paper, long pages) {
        return new FeeInput(paper, pages, null, null, null, null, null);
    }

    static String key(Throwable t) {
        return ((BusinessException) t).messageKey();
    }

    static String field(Throwable t) {
        return ((BusinessException) t).field();
    }

    @ParameterizedTest(name = "{0} {1} pages: {2} won")
    @CsvSource({
            "B4_OR_SMALLER, 1, 200",      // 250, of which the 50 below 100 won is not counted
            "B4_OR_SMALLER, 2, 300",
            "B4_OR_SMALLER, 3, 300",      // 350 -> 300
            "B4_OR_SMALLER, 10, 700",     // 250 + 9 x 50 = 700
            "B4_OR_SMALLER, 100000, 5000200", // 250 + 99,999 x 50 = 5,000,200
            "A3_OR_LARGER, 1, 300",
            "A3_OR_LARGER, 4, 600",       // 300 + 3 x 100
    })
    void paperCopies(PaperSize paper, long pages, long won) {
        FeeComputation c = TABLE.compute(asked(RequestForm.COPY, Delivery.PORTAL, null), copies(paper, pages));
        assertThat(c.total()).isEqualTo(won);
        assertThat(c.lines().get(0).labelKey()).isEqualTo(paper.item().labelKey());
        assertThat(c.lines().get(0).quantity()).isEqualTo(pages);
    }

    @Test
    void theFirstPageLineShowsTheTableAmountAndTheDroppedPartItsOwnLine() {
        FeeComputation c = TABLE.compute(asked(RequestForm.COPY, Delivery.PORTAL, null), copies(PaperSize.B4_OR_SMALLER, 3));
        assertThat(c.lines()).containsExactly(new FeeLine(FeeItem.COPY_B4.labelKey(), 3, 350),
                new FeeLine(FeeLine.TRUNCATION, 100, -50));
        assertThat(c.fee()).isEqualTo(300);
    }

    @ParameterizedTest(name = "inspection {0} minutes: {1} won")
    @CsvSource({"30, 0", "60, 0", "61, 1000", "90, 1000", "91, 2000", "180, 4000"})
    void inspectionIsFreeForAnHourThenByStartedHalfHour(long minutes, long won) {
        FeeComputation c = TABLE.compute(asked(RequestForm.INSPECTION, Delivery.PORTAL, null),
                new FeeInput(null, null, null, minutes, null, null, null));
        assertThat(c.total()).isEqualTo(won);
    }

    @ParameterizedTest(name = "electronic file {0} MB: {1} won")
    @CsvSource({"1, 0", "2, 100", "11, 1000", "100000, 9999900"})
    void electronicFilesAreFreeUpToOneMegabyte(long megabytes, long won) {
        FeeComputation c = TABLE.compute(asked(RequestForm.ELECTRONIC_FILE, Delivery.PORTAL, null),
                new FeeInput(null, null, megabytes, null, null, null, null));
        assertThat(c.total()).isEqualTo(won);
    }

    @Test
    void nothingEnteredIsNothingCharged() {
        FeeComputation c = TABLE.compute(asked(RequestForm.ELECTRONIC_FILE, Delivery.PORTAL, null), FeeInput.NONE);
        assertThat(c.lines()).isEmpty();
        assertThat(c.free()).isTrue();
        assertThat(TABLE.compute(asked(RequestForm.COPY, Delivery.PORTAL, null), null).free()).isTrue();
    }

    @Test
    void aGrantedReductionHalvesTheFeeButNotThePostage() {
        RequestDetails d = asked(RequestForm.COPY, Delivery.POST, "비영리 연구소의 학술 연구 목적입니다.");
        FeeComputation c = TABLE.compute(d, new FeeInput(PaperSize.A3_OR_LARGER, 10L, null, null, 2_700L,
                WaiverAnswer.GRANTED, null));
        // 300 + 9 x 100 = 1,200; half = 600; postage 2,700 at cost
        assertThat(c.lines()).containsExactly(new FeeLine(FeeItem.COPY_A3.labelKey(), 10, 1200),
                new FeeLine(FeeLine.REDUCTION, 50, -600), new FeeLine(FeeLine.POSTAGE, 1, 2700));
        assertThat(c.fee()).isEqualTo(600);
        assertThat(c.postage()).isEqualTo(2700);
        assertThat(c.total()).isEqualTo(3300);
        assertThat(c.waiver()).isEqualTo(WaiverAnswer.GRANTED);
    }

    @Test
    void aReducedFeeBelowTheCountingUnitIsFree() {
        RequestDetails d = asked(RequestForm.ELECTRONIC_FILE, Delivery.PORTAL, "공익 목적의 시민단체 감시 활동");
        FeeComputation c = TABLE.compute(d, new FeeInput(null, null, 2L, null, null, WaiverAnswer.GRANTED, "공익 목적 인정"));
        assertThat(c.total()).isZero();
        assertThat(c.free()).isTrue();
        assertThat(c.lines()).extracting(FeeLine::labelKey).containsExactly(FeeItem.ELECTRONIC_FILE.labelKey(),
                FeeLine.REDUCTION, FeeLine.TRUNCATION);
        assertThat(c.waiverReason()).isEqualTo("공익 목적 인정");
    }

    @Test
    void aRefusedReductionChargesTheWholeFeeAndGivesItsReason() {
        RequestDetails d = asked(RequestForm.COPY, Delivery.PORTAL, "연구 목적");
        assertThatThrownBy(() -> TABLE.compute(d, new FeeInput(PaperSize.B4_OR_SMALLER, 5L, null, null, null,
                WaiverAnswer.REFUSED, "  "))).satisfies(t -> {
                    assertThat(key(t)).isEqualTo("disclosure.fee.waiver.reasonRequired");
                    assertThat(field(t)).isEqualTo("feeWaiverReason");
                });
        FeeComputation c = TABLE.compute(d, new FeeInput(PaperSize.B4_OR_SMALLER, 5L, null, null, null,
                WaiverAnswer.REFUSED, " 영리 목적의 자료 수집으로 보입니다. "));
        assertThat(c.total()).isEqualTo(400); // 250 + 4 x 50 = 450 -> 400
        assertThat(c.waiverReason()).isEqualTo("영리 목적의 자료 수집으로 보입니다.");
    }

    @Test
    void aClaimMustBeAnsweredAndOnlyAClaim() {
        assertThatThrownBy(() -> TABLE.compute(asked(RequestForm.COPY, Delivery.PORTAL, "연구 목적"),
                copies(PaperSize.B4_OR_SMALLER, 1))).satisfies(t -> {
                    assertThat(key(t)).isEqualTo("disclosure.fee.waiver.answerRequired");
                    assertThat(field(t)).isEqualTo("feeWaiver");
                });
        assertThatThrownBy(() -> TABLE.compute(asked(RequestForm.COPY, Delivery.PORTAL, null),
                new FeeInput(PaperSize.B4_OR_SMALLER, 1L, null, null, null, WaiverAnswer.GRANTED, null)))
                .extracting(FeeScheduleTest::key).isEqualTo("disclosure.fee.waiver.notClaimed");
    }

    @Test
    void badQuantitiesAreRefusedWithTheirField() {
        RequestDetails copy = asked(RequestForm.COPY, Delivery.PORTAL, null);
        assertThatThrownBy(() -> TABLE.compute(copy, copies(PaperSize.B4_OR_SMALLER, -1)))
                .isInstanceOf(InvalidInput.class).satisfies(t -> {
                    assertThat(key(t)).isEqualTo("disclosure.fee.outOfRange");
                    assertThat(field(t)).isEqualTo("feePages");
                });
        assertThatThrownBy(() -> TABLE.compute(copy, copies(PaperSize.B4_OR_SMALLER, FeeSchedule.MAX_PAGES + 1)))
                .extracting(FeeScheduleTest::key).isEqualTo("disclosure.fee.outOfRange");
        assertThatThrownBy(() -> TABLE.compute(copy, copies(null, 3)))
                .satisfies(t -> assertThat(field(t)).isEqualTo("feePaper"));
        // what the requester did not ask for is not charged: megabytes on a paper copy, postage on a portal delivery
        assertThatThrownBy(() -> TABLE.compute(copy, new FeeInput(null, null, 5L, null, null, null, null)))
                .satisfies(t -> {
                    assertThat(key(t)).isEqualTo("disclosure.fee.notApplicable");
                    assertThat(field(t)).isEqualTo("feeMegabytes");
                });
        assertThatThrownBy(() -> TABLE.compute(copy, new FeeInput(PaperSize.B4_OR_SMALLER, 2L, null, null, 3000L, null, null)))
                .satisfies(t -> assertThat(field(t)).isEqualTo("feePostage"));
        assertThatThrownBy(() -> TABLE.compute(asked(RequestForm.INSPECTION, Delivery.POST, null),
                new FeeInput(null, null, null, 10L, FeeSchedule.MAX_POSTAGE + 1, null, null)))
                .satisfies(t -> assertThat(field(t)).isEqualTo("feePostage"));
    }

    @Test
    void theTableNeedsEveryRateAndSaneRules() {
        assertThatThrownBy(() -> new FeeSchedule(Map.of(FeeItem.COPY_B4, new FeeRate(0, 1, 250, 1, 50)), 50, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeeRate(0, 0, 0, 0, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeeSchedule(Map.of(
                FeeItem.COPY_B4, new FeeRate(0, 1, 250, 1, 50), FeeItem.COPY_A3, new FeeRate(0, 1, 300, 1, 100),
                FeeItem.INSPECTION, new FeeRate(60, 0, 0, 30, 1000), FeeItem.ELECTRONIC_FILE, new FeeRate(1, 0, 0, 1, 100)),
                101, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
