package org.madang.performance;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madang.performance.application.IndicatorRecorder;
import org.madang.performance.domain.CaseFacts;
import org.madang.performance.domain.Contribution;
import org.madang.performance.domain.Indicators;
import org.madang.performance.domain.MonthKey;
import org.madang.performance.domain.MonthlyCounts;
import org.madang.performance.domain.Stage;
import org.madang.services.application.ApplicationProgress;
import org.madang.services.domain.Application;
import org.madang.services.domain.ApplicationNumber;
import org.madang.services.domain.CaseActor;
import org.madang.services.domain.HolidayCalendar;
import org.madang.services.domain.ProcessingClock;
import org.madang.services.domain.ProcessingPeriod;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicators computed exactly on a hand-built month: applications driven through their real
 * commands at known times, around a public holiday (Tuesday 5 May 2026), a supplement pause and an
 * extension; every step counted the way the recorder counts it, and the result compared with the
 * figures worked out by hand below (and with a rebuild from the final states).
 */
class IndicatorDataSetTest {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final long CITIZEN = 10, DEPT = 100, DAY_SERVICE = 7, HOUR_SERVICE = 8;
    final ProcessingClock clock = new ProcessingClock(HolidayCalendar.of(List.of(LocalDate.of(2026, 5, 5))), SEOUL);
    final CaseActor officer = new CaseActor(1, "최유진", DEPT, false);
    final ApplicationProgress progress = new ApplicationProgress();
    /** The aggregate as the recorder keeps it, one change at a time. */
    final SortedMap<MonthKey, MonthlyCounts> kept = new TreeMap<>();
    final Map<Long, CaseFacts> last = new HashMap<>();
    long ids, serial;

    static Instant kst(String t) {
        return LocalDateTime.parse(t).atZone(SEOUL).toInstant();
    }

    @BeforeEach
    void month() {
        ProcessingPeriod sixDays = ProcessingPeriod.days(6);
        ProcessingPeriod threeDays = ProcessingPeriod.days(3); // counted in working hours: 24
        // A: day 1 Monday, Tuesday a holiday, decided Wednesday 15:00: 8 h + 5 h = 13 h -> 2 days, on time
        decided(DAY_SERVICE, sixDays, "2026-05-04T10:00", a -> approve(a, "2026-05-06T15:00"));
        // B: received and decided on Friday afternoon -> 1 day
        decided(DAY_SERVICE, sixDays, "2026-05-08T17:30", a -> approve(a, "2026-05-08T17:45"));
        // C: received after closing on Monday, so day 1 is Wednesday (Tuesday a holiday); due Wednesday 13
        //    18:00, decided Thursday 14 10:00: 6 x 8 h + 1 h = 49 h -> 7 days, late
        decided(DAY_SERVICE, sixDays, "2026-05-04T19:00", a -> approve(a, "2026-05-14T10:00"));
        // D: 8 h, then a supplement awaited Tuesday 12 09:00 to Monday 18 09:00 (32 working hours left out),
        //    decided Tuesday 19 12:00: 51 h - 32 h = 19 h -> 3 days; due moved from Monday 18 to Friday 22, on time
        decided(DAY_SERVICE, sixDays, "2026-05-11T09:00", a -> {
            a.requestSupplement(officer, "주민등록초본 누락", kst("2026-05-12T09:00"));
            a.answerSupplement(CITIZEN, "첨부합니다", false, clock, kst("2026-05-18T09:00"));
            approve(a, "2026-05-19T12:00");
        });
        // E: extended by 3 days (due Monday 18 -> Thursday 21 18:00), decided Wednesday 20 17:00: 63 h -> 8 days, on time
        decided(DAY_SERVICE, sixDays, "2026-05-11T09:00", a -> {
            a.extend(officer, 3, "현장 확인 필요", clock, kst("2026-05-15T10:00"));
            approve(a, "2026-05-20T17:00");
        });
        // F: rejected two working hours after receipt -> 1 day, on time
        decided(DAY_SERVICE, sixDays, "2026-05-06T09:00", a -> a.reject(officer, "G1", "요건 미충족", "Not eligible",
                "요건을 충족하지 않습니다", kst("2026-05-06T11:00")));
        // G: withdrawn by the applicant: no processing time
        decided(DAY_SERVICE, sixDays, "2026-05-07T09:00", a -> a.withdraw(CITIZEN, kst("2026-05-07T10:00")));
        // H: still open on the 29th, due Tuesday 12 18:00: overdue
        decided(DAY_SERVICE, sixDays, "2026-05-04T09:00", a -> { });
        // M: received in April (Thursday 30), decided Monday 4 May 10:00: 8 + 8 + 1 = 17 h -> 3 days, on time
        decided(DAY_SERVICE, sixDays, "2026-04-30T14:00", a -> approve(a, "2026-05-04T10:00"));
        // I: a draft never filed
        Application draft = new Application(DAY_SERVICE, CITIZEN, "김민준", null, "DRAFT-" + (++ids), kst("2026-05-10T20:00"));
        count(draft, new CaseFacts(0, DAY_SERVICE, DEPT, Stage.DRAFT, kst("2026-05-10T20:00"), null, null, null, null,
                true, null, null, false, false));
        // K: hour-counted: Friday 16:00 to Monday 10:30 = 2 h + 1.5 h -> 4 working hours
        decided(HOUR_SERVICE, threeDays, "2026-05-08T16:00", a -> approve(a, "2026-05-11T10:30"));
        // L: hour-counted: Monday 11:00 to Wednesday 10:00 over the holiday = 6 h + 1 h -> 7 working hours
        decided(HOUR_SERVICE, threeDays, "2026-05-04T11:00", a -> approve(a, "2026-05-06T10:00"));
    }

    @Test
    void eachCaseTakesItsTimeInItsLegalUnit() {
        assertThat(last.values().stream().filter(f -> f.serviceId() == DAY_SERVICE && f.unitsTaken() != null)
                .sorted(java.util.Comparator.comparing(CaseFacts::receivedAt).thenComparing(CaseFacts::applicationId))
                .map(CaseFacts::unitsTaken)).containsExactly(3, 2, 7, 1, 1, 3, 8);
        assertThat(last.values().stream().filter(f -> f.serviceId() == HOUR_SERVICE).map(CaseFacts::unitsTaken))
                .containsExactlyInAnyOrder(4, 7);
    }

    @Test
    void theMonthOfADayCountedServiceGivesTheFiguresWorkedOutByHand() {
        MonthKey may = new MonthKey(YearMonth.of(2026, 5), DAY_SERVICE, DEPT);
        CaseFacts h = last.values().stream().filter(f -> f.stage() == Stage.OPEN).findFirst().orElseThrow();
        assertThat(h.overdueAt(kst("2026-05-29T12:00"))).isTrue();
        Indicators i = Indicators.of(kept.get(may), 1, 1);
        // decided in May: B 1, F 1, A 2, M 3, D 3, C 7, E 8
        assertThat(i.decided()).isEqualTo(7);
        assertThat(i.approved()).isEqualTo(6);
        assertThat(i.rejected()).isEqualTo(1);
        assertThat(i.withdrawn()).isEqualTo(1);
        assertThat(i.inDays()).isTrue();
        assertThat(i.median()).as("rank ceil(0.5 x 7) = 4 of 1,1,2,3,3,7,8").isEqualTo(3);
        assertThat(i.p90()).as("rank ceil(0.9 x 7) = 7").isEqualTo(8);
        assertThat(i.onTime()).isEqualTo(6);
        assertThat(i.onTimeRate()).isEqualByComparingTo(new BigDecimal("85.7"));
        assertThat(i.rejectionRate()).isEqualByComparingTo(new BigDecimal("14.3"));
        assertThat(i.supplementRate()).isEqualByComparingTo(new BigDecimal("14.3"));
        assertThat(i.extensionRate()).isEqualByComparingTo(new BigDecimal("14.3"));
        // received in May: A B C D E F G H (M was received in April); drafts started in May: those and I
        assertThat(i.received()).isEqualTo(8);
        assertThat(i.started()).isEqualTo(9);
        assertThat(i.submitted()).isEqualTo(8);
        assertThat(i.completionRate()).isEqualByComparingTo(new BigDecimal("88.9"));
        assertThat(i.dropOut()).isEqualTo(1);

        MonthlyCounts april = kept.get(new MonthKey(YearMonth.of(2026, 4), DAY_SERVICE, DEPT));
        assertThat(april.received).isEqualTo(1);
        assertThat(april.decided()).isZero();
    }

    @Test
    void anHourCountedServiceIsMeasuredInWorkingHoursAndNeverMixedWithDays() {
        Indicators hours = Indicators.of(kept.get(new MonthKey(YearMonth.of(2026, 5), HOUR_SERVICE, DEPT)), 0, 0);
        assertThat(hours.inDays()).isFalse();
        assertThat(hours.median()).isEqualTo(4);
        assertThat(hours.p90()).isEqualTo(7);
        assertThat(hours.onTimeRate()).isEqualByComparingTo("100.0");

        MonthlyCounts both = new MonthlyCounts();
        kept.values().forEach(c -> both.add(c, 1));
        Indicators all = Indicators.of(both, 0, 0);
        assertThat(all.median()).as("days and hours are not one scale").isNull();
        assertThat(all.decided()).isEqualTo(9);
        assertThat(all.onTimeRate()).isEqualByComparingTo(new BigDecimal("88.9"));
    }

    @Test
    void keepingStepByStepGivesWhatARebuildFromTheFinalStatesGives() {
        SortedMap<MonthKey, MonthlyCounts> rebuilt = new TreeMap<>();
        last.values().forEach(f -> Contribution.of(f, SEOUL)
                .forEach((k, v) -> rebuilt.computeIfAbsent(k, x -> new MonthlyCounts()).add(v, 1)));
        assertThat(kept.keySet()).isEqualTo(rebuilt.keySet());
        kept.forEach((k, v) -> {
            MonthlyCounts diff = new MonthlyCounts().add(v, 1).add(rebuilt.get(k), -1);
            assertThat(diff.isZero()).as(k.toString()).isTrue();
        });
    }

    @Test
    void percentilesTakeTheNearestRank() {
        assertThat(Indicators.percentile(Map.of(5, 1L), 90)).isEqualTo(5);
        assertThat(Indicators.percentile(Map.of(1, 5L, 9, 5L), 50)).isEqualTo(1);
        assertThat(Indicators.percentile(Map.of(1, 5L, 9, 5L), 51)).isEqualTo(9);
        assertThat(Indicators.percentile(Map.of(), 50)).isNull();
        assertThat(Indicators.percent(1, 3)).isEqualByComparingTo("33.3");
        assertThat(Indicators.percent(2, 3)).isEqualByComparingTo("66.7");
        assertThat(Indicators.percent(1, 0)).isNull();
    }

    /** Starts a draft, files it at {@code received}, lets the officer claim it, then runs {@code then}. */
    private void decided(long service, ProcessingPeriod period, String received, Consumer<Application> then) {
        Instant at = kst(received);
        Application a = new Application(service, CITIZEN, "김민준", null, "DRAFT-" + (++ids), at.minusSeconds(600));
        setId(a, ids);
        step(a);
        a.submit(ApplicationNumber.of(LocalDate.ofInstant(at, SEOUL), ++serial), DEPT, period, BigDecimal.ZERO, null,
                clock, at);
        step(a);
        a.claim(officer, at.plusSeconds(60));
        step(a);
        then.accept(a);
        step(a);
    }

    private void approve(Application a, String at) {
        a.approve(officer, false, kst(at));
    }

    private void step(Application a) {
        if (a.getNumber() == null) {
            count(a, new CaseFacts(a.getId(), a.getServiceId(), DEPT, Stage.DRAFT, a.getCreatedAt(), null, null, null,
                    null, true, null, null, false, false));
            return;
        }
        count(a, IndicatorRecorder.facts(progress.facts(a, clock)));
    }

    private void count(Application a, CaseFacts now) {
        Contribution.change(last.get(now.applicationId()), now, SEOUL)
                .forEach((k, v) -> kept.computeIfAbsent(k, x -> new MonthlyCounts()).add(v, 1));
        last.put(now.applicationId(), now);
    }

    /** The database gives ids; here a reflection stands in for it. */
    private static void setId(Application a, long id) {
        try {
            var f = Application.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(a, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
