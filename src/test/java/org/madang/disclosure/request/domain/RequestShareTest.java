package org.madang.disclosure.request.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madang.disclosure.request.domain.Holidays.SEOUL;

/**
 * The statistics' arithmetic: a request's share in each state, and the changes each command makes,
 * whose running sum is always the plain sum of the shares (what a rebuild counts).
 */
class RequestShareTest {
    static final long A = 100;
    static final long B = 200;
    final DisclosureCalendar cal = Holidays.calendar();
    final RequestOfficer officerA = new RequestOfficer(20, "최유진", A, false);
    final RequestOfficer officerB = new RequestOfficer(30, "윤하은", B, false);

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SEOUL).toInstant();
    }

    DisclosureRequest filed(long department, String when, int n) {
        return new DisclosureRequest(RequestNumber.of(LocalDate.parse(when.substring(0, 10)), n), 10, "김민준", null,
                department, new RequestDetails("업무추진비 집행내역", "2026년 1분기 업무추진비 집행내역 일체",
                RequestForm.COPY, Delivery.PORTAL, null, false), cal, at(when));
    }

    /** The running statistics, as the commands leave them. */
    final Map<Long, RequestShare> kept = new TreeMap<>();

    void record(DisclosureRequest r) {
        r.recount().forEach((d, change) -> kept.merge(d, change, RequestShare::plus));
        kept.values().removeIf(RequestShare::isZero);
    }

    static Map<Long, RequestShare> rebuilt(DisclosureRequest... all) {
        Map<Long, RequestShare> sums = new TreeMap<>();
        for (DisclosureRequest r : all) {
            sums.merge(r.getDepartmentId(), r.share(), RequestShare::plus);
        }
        return sums;
    }

    @Test
    void eachStateCountsOnceInItsColumns() {
        assertThat(RequestShare.of(RequestStatus.RECEIVED, null, false, false, false, null))
                .isEqualTo(new RequestShare(1, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(RequestShare.of(RequestStatus.UNDER_REVIEW, null, false, true, true, null))
                .as("overdue now, objected").isEqualTo(new RequestShare(1, 0, 0, 1, 0, 0, 0, 0, 1, 0));
        assertThat(RequestShare.of(RequestStatus.DECIDED, DecisionKind.PARTIAL_DISCLOSURE, true, true, true,
                ObjectionOutcome.PARTLY_UPHELD)).as("decided late after being overdue: no longer overdue now")
                .isEqualTo(new RequestShare(1, 0, 1, 0, 0, 1, 0, 0, 1, 1));
        assertThat(RequestShare.of(RequestStatus.DECIDED, DecisionKind.NOT_HELD, false, false, true,
                ObjectionOutcome.DISMISSED)).isEqualTo(new RequestShare(1, 1, 0, 0, 0, 0, 0, 1, 1, 0));
        RequestShare s = new RequestShare(3, 1, 2, 0, 1, 1, 0, 1, 2, 1);
        assertThat(s.plus(s.negated()).isZero()).isTrue();
        assertThat(s.minus(RequestShare.NONE)).isEqualTo(s);
    }

    @Test
    void aTransferMovesTheWholeShareAndAnUnchangedRequestChangesNothing() {
        RequestShare received = RequestShare.of(RequestStatus.RECEIVED, null, false, false, false, null);
        assertThat(RequestShare.change(A, received, B, received))
                .containsExactly(Map.entry(A, received.negated()), Map.entry(B, received));
        assertThat(RequestShare.change(A, received, A, received)).isEmpty();
        assertThat(RequestShare.change(null, RequestShare.NONE, A, received)).containsExactly(Map.entry(A, received));
    }

    @Test
    void theKeptStatisticsEqualARebuildAfterEveryCommand() {
        DisclosureRequest one = filed(A, "2026-09-01T10:00", 1);
        DisclosureRequest two = filed(A, "2026-09-01T11:00", 2);
        DisclosureRequest three = filed(A, "2026-09-02T10:00", 3);
        record(one);
        record(two);
        record(three);
        assertThat(kept).isEqualTo(rebuilt(one, two, three)).containsOnlyKeys(A);
        assertThat(kept.get(A).requests()).isEqualTo(3);

        one.claim(officerA, at("2026-09-02T09:00"));
        record(one);
        one.decide(officerA, DecisionKind.DISCLOSURE, Set.of(), "공개합니다.", cal, at("2026-09-03T10:00"));
        record(one);
        assertThat(kept).isEqualTo(rebuilt(one, two, three));
        assertThat(kept.get(A).decidedOnTime()).isOne();
        assertThat(kept.get(A).disclosed()).isOne();

        two.transfer(officerA, B, "국세청 보유 정보", cal, at("2026-09-03T10:00"));
        record(two);
        assertThat(kept).isEqualTo(rebuilt(one, two, three));
        assertThat(kept.get(B).requests()).isOne();
        assertThat(kept.get(A).requests()).isEqualTo(2);

        // three is forgotten until its overdue day: overdue now, then decided late and objected to
        assertThat(three.markOverdue(cal, at(three.getOverdueOn() + "T00:10"))).isTrue();
        record(three);
        assertThat(kept.get(A).overdueNow()).isOne();
        assertThat(three.markOverdue(cal, at(three.getOverdueOn() + "T09:00"))).isFalse();
        record(three);
        assertThat(kept.get(A).overdueNow()).as("a second sweep changes nothing").isOne();
        three.claim(officerA, at(three.getOverdueOn() + "T10:00"));
        three.decide(officerA, DecisionKind.NON_DISCLOSURE, Set.of(NonDisclosureGround.G5), "비공개합니다.", cal,
                at(three.getOverdueOn() + "T11:00"));
        record(three);
        three.object(10, "이유가 없습니다.", cal, at(three.getOverdueOn().plusDays(1) + "T10:00"));
        three.decideObjection(officerA, ObjectionOutcome.UPHELD, "인용합니다.", cal,
                at(three.getOverdueOn().plusDays(2) + "T10:00"));
        record(three);
        assertThat(kept).isEqualTo(rebuilt(one, two, three));
        assertThat(kept.get(A)).isEqualTo(new RequestShare(2, 1, 1, 0, 1, 0, 1, 0, 1, 1));

        two.claim(officerB, at("2026-09-04T09:00"));
        two.decide(officerB, DecisionKind.NOT_HELD, Set.of(), "보유하지 않습니다.", cal, at("2026-09-04T10:00"));
        record(two);
        assertThat(kept).isEqualTo(rebuilt(one, two, three));
        assertThat(kept.get(B).notHeld()).isOne();
    }
}
