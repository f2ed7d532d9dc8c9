package org.madang.services.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The processing clock against the 2026–2027 calendar of the real migration (weekdays are noted
 * next to each date, holidays spelled out), case by case as 민원처리법 제19조 counts.
 */
class ProcessingClockTest {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    final ProcessingClock clock = new ProcessingClock(HolidayData.calendar(), SEOUL);

    static Instant kst(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SEOUL).toInstant();
    }

    @Test
    void theCalendarHasTheSubstituteHolidaysAndNoWorkersDay() {
        HolidayCalendar c = HolidayData.calendar();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 3, 2))).as("삼일절 대체공휴일").isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 10, 5))).as("개천절 대체공휴일").isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2027, 2, 9))).as("설날 대체공휴일").isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2027, 12, 27))).as("성탄절 대체공휴일").isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 5, 1))).as("노동절 is not an office holiday").isTrue();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 11, 28))).as("Saturday").isFalse();
        assertThat(c.covers(LocalDate.of(2027, 6, 1))).isTrue();
        assertThat(c.covers(LocalDate.of(2028, 6, 1))).isFalse();
    }

    @Nested
    class InWorkingHours {
        @Test
        void immediatelyIsThreeWorkingHoursAndSkipsLunch() {
            // Mon 10:00 + 3h: 10–12, (lunch), 13–14
            assertThat(clock.dueDate(kst("2026-04-13T10:00"), ProcessingPeriod.immediate()))
                    .isEqualTo(kst("2026-04-13T14:00"));
        }

        @Test
        void aPeriodEndingAtClosingTimeIsDueThatEvening() {
            assertThat(clock.dueDate(kst("2026-04-13T09:00"), ProcessingPeriod.days(1)))
                    .isEqualTo(kst("2026-04-13T18:00"));
        }

        @Test
        void lateFridayRunsOverTheWeekend() {
            // Fri 17:00: 1h on Friday, 2h on Monday morning
            assertThat(clock.dueDate(kst("2026-11-27T17:00"), ProcessingPeriod.immediate()))
                    .isEqualTo(kst("2026-11-30T11:00"));
        }

        @Test
        void threeDaysAreTwentyFourHoursAcrossSeollal() {
            // Fri 2-13 (8h), weekend, 2-16..18 설날 연휴, Thu 2-19 (8h), Fri 2-20 (8h)
            assertThat(clock.dueDate(kst("2026-02-13T09:00"), ProcessingPeriod.days(3)))
                    .isEqualTo(kst("2026-02-20T18:00"));
        }

        @Test
        void receiptOnASaturdayStartsOnMonday() {
            assertThat(clock.dueDate(kst("2026-11-28T15:00"), ProcessingPeriod.hours(2)))
                    .isEqualTo(kst("2026-11-30T11:00"));
        }

        @Test
        void receiptDuringLunchStartsAtOne() {
            assertThat(clock.dueDate(kst("2026-04-13T12:30"), ProcessingPeriod.hours(1)))
                    .isEqualTo(kst("2026-04-13T14:00"));
        }

        @Test
        void receiptOnChristmasEveEveningSkipsChristmasAndTheWeekend() {
            // Thu 12-24 20:00, Fri 12-25 기독탄신일, weekend, Mon 12-28 09–11
            assertThat(clock.dueDate(kst("2026-12-24T20:00"), ProcessingPeriod.hours(2)))
                    .isEqualTo(kst("2026-12-28T11:00"));
        }

        @Test
        void receiptBeforeOpeningCountsFromNine() {
            assertThat(clock.dueDate(kst("2026-04-13T07:45"), ProcessingPeriod.hours(4)))
                    .isEqualTo(kst("2026-04-13T14:00"));
        }

        @Test
        void twoDaysBeforeSeollal2027RunOverItsSubstituteHoliday() {
            // Fri 2-05 16:00 (2h), 2-06..08 설날, Tue 2-09 대체공휴일, Wed 2-10 (8h), Thu 2-11 09–16 (6h)
            assertThat(clock.dueDate(kst("2027-02-05T16:00"), ProcessingPeriod.days(2)))
                    .isEqualTo(kst("2027-02-11T16:00"));
        }

        @Test
        void theLocalElectionDayIsNotCounted() {
            // Tue 6-02 17:00 (1h), Wed 6-03 지방선거, Thu 6-04 09–12, 13–17 (7h)
            assertThat(clock.dueDate(kst("2026-06-02T17:00"), ProcessingPeriod.days(1)))
                    .isEqualTo(kst("2026-06-04T17:00"));
        }

        @Test
        void fiveDaysStillCountInHours() {
            // Wed 4-15 14:00 + 40h: Wed 4h, Thu 8, Fri 8, Mon 8, Tue 8, Wed 4-22 09–12, 13–14 (4h)
            assertThat(clock.dueDate(kst("2026-04-15T14:00"), ProcessingPeriod.days(5)))
                    .isEqualTo(kst("2026-04-22T14:00"));
        }
    }

    @Nested
    class InDays {
        @Test
        void sixDaysIncludeTheDayOfReceipt() {
            // Mon 4-13 15:00 = day 1, Tue 2 … Fri 5, Mon 4-20 = day 6
            assertThat(clock.dueDate(kst("2026-04-13T15:00"), ProcessingPeriod.days(6)))
                    .isEqualTo(kst("2026-04-20T18:00"));
        }

        @Test
        void receiptAfterClosingCountsFromTheNextWorkingDay() {
            assertThat(clock.firstCountedDay(kst("2026-04-13T19:00"))).isEqualTo(LocalDate.of(2026, 4, 14));
            assertThat(clock.dueDate(kst("2026-04-13T19:00"), ProcessingPeriod.days(6)))
                    .isEqualTo(kst("2026-04-21T18:00"));
        }

        @Test
        void receiptBeforeOpeningStillCountsThatDay() {
            assertThat(clock.firstCountedDay(kst("2026-04-13T08:00"))).isEqualTo(LocalDate.of(2026, 4, 13));
        }

        @Test
        void aSubstituteHolidayIsSkipped() {
            // Fri 2-27 = 1, (weekend, Mon 3-02 삼일절 대체공휴일), Tue 3-03 = 2 … Tue 3-10 = 7
            assertThat(clock.dueDate(kst("2026-02-27T10:00"), ProcessingPeriod.days(7)))
                    .isEqualTo(kst("2026-03-10T18:00"));
        }

        @Test
        void chuseokAndTheFoundationDaySubstituteAreSkipped() {
            // Wed 9-23 = 1, 9-24..26 추석, Mon 9-28 = 2 … Fri 10-02 = 6, Mon 10-05 대체공휴일,
            // Tue 10-06 = 7, Wed 8, Thu 9, Fri 10-09 한글날, Mon 10-12 = 10
            assertThat(clock.dueDate(kst("2026-09-23T10:00"), ProcessingPeriod.days(10)))
                    .isEqualTo(kst("2026-10-12T18:00"));
        }

        @Test
        void receiptOnAHolidayCountsFromTheNextWorkingDay() {
            // 2-17 설날: day 1 is Thu 2-19; 19, 20, 23, 24, 25, 26
            assertThat(clock.dueDate(kst("2026-02-17T11:00"), ProcessingPeriod.days(6)))
                    .isEqualTo(kst("2026-02-26T18:00"));
        }

        @Test
        void aYearEndPeriodRunsIntoTheNewYear() {
            // Thu 12-31 = 1, Fri 1-01 신정, Mon 1-04 = 2 … Fri 1-08 = 6, Mon 1-11 = 7
            assertThat(clock.dueDate(kst("2026-12-31T10:00"), ProcessingPeriod.days(7)))
                    .isEqualTo(kst("2027-01-11T18:00"));
        }
    }

    @Nested
    class WorkingTime {
        @Test
        void countsOnlyOfficeHoursOfWorkingDays() {
            assertThat(clock.workingTimeBetween(kst("2026-04-14T14:00"), kst("2026-04-16T11:00")))
                    .isEqualTo(Duration.ofHours(14));
            assertThat(clock.workingTimeBetween(kst("2026-11-27T18:30"), kst("2026-11-30T08:30"))).isZero();
            assertThat(clock.workingTimeBetween(kst("2026-09-23T17:00"), kst("2026-09-28T10:00")))
                    .as("over 추석").isEqualTo(Duration.ofHours(2));
            assertThat(clock.workingTimeBetween(kst("2026-04-14T12:10"), kst("2026-04-14T12:50"))).isZero();
            assertThat(clock.workingTimeBetween(kst("2026-04-14T10:00"), kst("2026-04-13T10:00"))).isZero();
        }

        @Test
        void addingAndMeasuringAgree() {
            Instant from = kst("2026-09-22T16:20");
            for (int h = 1; h <= 60; h += 7) {
                Instant to = clock.addWorkingTime(from, Duration.ofHours(h).plusMinutes(13));
                assertThat(clock.workingTimeBetween(from, to)).isEqualTo(Duration.ofHours(h).plusMinutes(13));
            }
            assertThat(clock.addWorkingTime(from, Duration.ZERO)).isEqualTo(from);
            assertThatThrownBy(() -> clock.addWorkingTime(from, Duration.ofHours(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void knowsWhenTheOfficeIsOpen() {
            assertThat(clock.isWorkingTime(kst("2026-04-13T09:00"))).isTrue();
            assertThat(clock.isWorkingTime(kst("2026-04-13T12:00"))).isFalse();
            assertThat(clock.isWorkingTime(kst("2026-04-13T18:00"))).isFalse();
            assertThat(clock.isWorkingTime(kst("2026-10-09T10:00"))).as("한글날").isFalse();
        }

        @Test
        void weekendsOnlyWhenNoHolidaysAreKnown() {
            ProcessingClock bare = new ProcessingClock(HolidayCalendar.weekendsOnly(), SEOUL);
            assertThat(bare.dueDate(kst("2026-02-13T09:00"), ProcessingPeriod.days(3)))
                    .isEqualTo(kst("2026-02-17T18:00"));
        }
    }

    @Nested
    class PauseExtensionDelay {
        ProcessingDeadline sixDays() {
            return ProcessingDeadline.start(ProcessingPeriod.days(6), kst("2026-04-13T10:00"), clock);
        }

        @Test
        void resumingMovesTheDueDateByThePausedWorkingTime() {
            ProcessingDeadline d = sixDays();
            assertThat(d.getDueAt()).isEqualTo(kst("2026-04-20T18:00"));
            d.pause(kst("2026-04-14T14:00"));
            assertThat(d.isPaused()).isTrue();
            Duration stopped = d.resume(kst("2026-04-16T11:00"), clock);
            // 14 working hours: Tue 21 (8h) to 18:00, Wed 22 09–12, 13–16
            assertThat(stopped).isEqualTo(Duration.ofHours(14));
            assertThat(d.getDueAt()).isEqualTo(kst("2026-04-22T16:00"));
            assertThat(d.getPausedMinutes()).isEqualTo(14 * 60);
            assertThat(d.isPaused()).isFalse();
        }

        @Test
        void aPauseOutsideWorkingHoursChangesNothing() {
            ProcessingDeadline d = sixDays();
            d.pause(kst("2026-04-17T18:30"));
            d.resume(kst("2026-04-20T08:30"), clock);
            assertThat(d.getDueAt()).isEqualTo(kst("2026-04-20T18:00"));
        }

        @Test
        void aPauseInHoursOverAHolidayCountsOnlyWorkingTime() {
            ProcessingDeadline d = ProcessingDeadline.start(ProcessingPeriod.days(2), kst("2026-09-22T09:00"), clock);
            assertThat(d.getDueAt()).isEqualTo(kst("2026-09-23T18:00"));
            d.pause(kst("2026-09-23T16:00"));
            d.resume(kst("2026-09-28T11:00"), clock); // 2h Wed + 추석 + 2h Mon = 4h
            assertThat(d.getDueAt()).isEqualTo(kst("2026-09-28T14:00"));
        }

        @Test
        void pausingTwiceKeepsTheFirstMoment() {
            ProcessingDeadline d = sixDays();
            d.pause(kst("2026-04-14T14:00"));
            d.pause(kst("2026-04-15T14:00"));
            assertThat(d.getPausedAt()).isEqualTo(kst("2026-04-14T14:00"));
            assertThat(d.resume(kst("2026-04-14T15:00"), clock)).isEqualTo(Duration.ofHours(1));
            assertThat(d.resume(kst("2026-04-14T16:00"), clock)).as("not paused").isZero();
        }

        @Test
        void extendsOnceByAtMostThePeriod() {
            ProcessingDeadline d = sixDays();
            assertThat(d.maximumExtension()).isEqualTo(6);
            assertThatThrownBy(() -> d.extend(7, "too long", clock)).isInstanceOf(ApplicationInputInvalid.class);
            assertThatThrownBy(() -> d.extend(0, "nothing", clock)).isInstanceOf(ApplicationInputInvalid.class);
            d.extend(6, "현장 확인 필요", clock);
            // 4-20 + 6 working days: 21, 22, 23, 24, 27, 28
            assertThat(d.getDueAt()).isEqualTo(kst("2026-04-28T18:00"));
            assertThat(d.getExtendedBy()).isEqualTo(6);
            assertThatThrownBy(() -> d.extend(1, "again", clock)).isInstanceOf(ApplicationStatusConflict.class);
        }

        @Test
        void anImmediatePeriodExtendsByHours() {
            ProcessingDeadline d = ProcessingDeadline.start(ProcessingPeriod.immediate(), kst("2026-04-13T10:00"), clock);
            assertThat(d.maximumExtension()).isEqualTo(3);
            d.extend(3, "서류 확인", clock);
            assertThat(d.getDueAt()).isEqualTo(kst("2026-04-13T17:00"));
        }

        @Test
        void aShortDayPeriodExtendsByWholeWorkingDays() {
            ProcessingDeadline d = ProcessingDeadline.start(ProcessingPeriod.days(3), kst("2026-04-13T10:00"), clock);
            assertThat(d.getDueAt()).isEqualTo(kst("2026-04-16T10:00"));
            d.extend(2, "관계기관 협의", clock);
            assertThat(d.getDueAt()).isEqualTo(kst("2026-04-20T10:00"));
        }

        @Test
        void delayIsMarkedOnlyOnceOverdueAndAPausedClockIsJudgedWhenItStopped() {
            ProcessingDeadline d = sixDays();
            assertThatThrownBy(() -> d.markDelayed("early", kst("2026-04-20T17:59")))
                    .isInstanceOf(ApplicationStatusConflict.class);
            assertThat(d.isOverdue(kst("2026-04-20T18:01"))).isTrue();
            d.markDelayed("담당자 병가", kst("2026-04-21T09:30"));
            assertThat(d.isDelayed()).isTrue();
            assertThat(d.getDelayReason()).isEqualTo("담당자 병가");

            ProcessingDeadline paused = sixDays();
            paused.pause(kst("2026-04-15T10:00"));
            assertThat(paused.isOverdue(kst("2026-05-30T10:00"))).as("stopped before it was due").isFalse();
        }
    }
}
