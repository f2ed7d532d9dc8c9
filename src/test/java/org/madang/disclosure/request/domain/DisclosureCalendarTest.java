package org.madang.disclosure.request.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madang.disclosure.request.domain.Holidays.SEOUL;

/** The Act's day arithmetic (rules in DisclosureCalendar's comment) over the real holiday table. */
class DisclosureCalendarTest {
    final DisclosureCalendar cal = Holidays.calendar();

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void theHolidayTableIsLoaded() {
        assertThat(Holidays.days()).contains(d("2026-02-17"), d("2026-09-25"), d("2027-02-09"), d("2027-09-15"));
        assertThat(cal.isWorkingDay(d("2026-02-17"))).isFalse();
        assertThat(cal.isWorkingDay(d("2026-12-05"))).as("a Saturday").isFalse();
        assertThat(cal.isWorkingDay(d("2026-12-07"))).isTrue();
    }

    @Test
    void theDayAfterReceiptIsDayOneAndWeekendsInsideThePeriodCount() {
        // Tue 12-01: day 10 is Fri 12-11, two weekends counted on the way
        assertThat(cal.decisionDue(d("2026-12-01"), 0)).isEqualTo(d("2026-12-11"));
    }

    @Test
    void theGuidancesWorkedExample() {
        DisclosureCalendar noHolidays = DisclosureCalendar.of(List.of(), SEOUL);
        // received Thu 2013-04-04: day 10 is Sun 04-14, so Mon 04-15
        assertThat(noHolidays.decisionDue(d("2013-04-04"), 0)).isEqualTo(d("2013-04-15"));
    }

    @Test
    void aLastDayInSeollal2026MovesPastTheWholeHoliday() {
        // Fri 02-06: day 10 = Mon 02-16 (Seollal eve), 17 Seollal, 18 → Thu 02-19
        assertThat(cal.decisionDue(d("2026-02-06"), 0)).isEqualTo(d("2026-02-19"));
    }

    @Test
    void aRequestFiledOnSeollalIsReceivedThatDayAndCountsFromTheNext() {
        LocalDate received = cal.dateOf(LocalDateTime.parse("2026-02-17T10:00").atZone(SEOUL).toInstant());
        assertThat(received).isEqualTo(d("2026-02-17"));
        assertThat(cal.decisionDue(received, 0)).isEqualTo(d("2026-02-27"));
        assertThat(cal.extendedDue(d("2026-02-27"))).isEqualTo(d("2026-03-09"));
        assertThat(cal.overdueOn(received, 0, d("2026-02-27"))).isEqualTo(d("2026-03-10"));
    }

    @Test
    void aFridayEveningRequestIsReceivedThatFriday() {
        LocalDate friday = cal.dateOf(LocalDateTime.parse("2026-12-04T21:00").atZone(SEOUL).toInstant());
        assertThat(friday).isEqualTo(d("2026-12-04"));
        assertThat(cal.decisionDue(friday, 0)).isEqualTo(d("2026-12-14"));
        LocalDate lastMinute = cal.dateOf(LocalDateTime.parse("2026-12-04T23:59:59").atZone(SEOUL).toInstant());
        assertThat(lastMinute).as("still Friday in Seoul (14:59 UTC)").isEqualTo(d("2026-12-04"));
        LocalDate saturday = cal.dateOf(LocalDateTime.parse("2026-12-05T00:00:01").atZone(SEOUL).toInstant());
        assertThat(cal.decisionDue(saturday, 0)).isEqualTo(d("2026-12-15"));
    }

    @Test
    void christmasOnTheLastDay() {
        // Tue 12-15: day 10 = Fri 12-25 (Christmas), then a weekend → Mon 12-28
        assertThat(cal.decisionDue(d("2026-12-15"), 0)).isEqualTo(d("2026-12-28"));
    }

    @Test
    void chuseok2026AndAnExtensionLandingOnHangeulDay() {
        assertThat(cal.decisionDue(d("2026-09-14"), 0)).isEqualTo(d("2026-09-28"));
        // Sat 09-19: day 10 = Tue 09-29; extension day 10 = Fri 10-09 Hangeul day → Mon 10-12
        assertThat(cal.decisionDue(d("2026-09-19"), 0)).isEqualTo(d("2026-09-29"));
        assertThat(cal.extendedDue(d("2026-09-29"))).isEqualTo(d("2026-10-12"));
    }

    @Test
    void seollalAndChuseok2027() {
        // Thu 01-28: day 10 = Sun 02-07 (Seollal), Mon 08, substitute Tue 09 → Wed 02-10
        assertThat(cal.decisionDue(d("2027-01-28"), 0)).isEqualTo(d("2027-02-10"));
        // Sun 09-05: day 10 = Wed 09-15 Chuseok, Thu 16 → Fri 09-17
        assertThat(cal.decisionDue(d("2027-09-05"), 0)).isEqualTo(d("2027-09-17"));
    }

    @Test
    void anExtensionCountsFromTheDayAfterTheMovedDueDate() {
        // Fri 2026-02-06: due Thu 02-19 (moved by Seollal); +10 = Sun 03-01 (삼일절), Mon 03-02 substitute → Tue 03-03
        assertThat(cal.extendedDue(d("2026-02-19"))).isEqualTo(d("2026-03-03"));
        // the 20th day (Thu 02-26) comes before the extended due date: overdue only after 03-03
        assertThat(cal.twentiethDay(d("2026-02-06"), 0)).isEqualTo(d("2026-02-26"));
        assertThat(cal.overdueOn(d("2026-02-06"), 0, d("2026-03-03"))).isEqualTo(d("2026-03-04"));
    }

    @Test
    void clarificationDaysMoveEveryDueDate() {
        assertThat(cal.decisionDue(d("2026-12-01"), 5)).isEqualTo(d("2026-12-16"));
        assertThat(DisclosureCalendar.daysBetween(d("2026-12-03"), d("2026-12-08"))).isEqualTo(5);
        assertThat(DisclosureCalendar.daysBetween(d("2026-12-03"), d("2026-12-03"))).isZero();
    }

    @Test
    void theOverdueDayAndItsObjectionWindow() {
        // filed on Seollal 2026-02-17: the 20th day is Mon 03-09, overdue from Tue 03-10
        assertThat(cal.twentiethDay(d("2026-02-17"), 0)).isEqualTo(d("2026-03-09"));
        // 30 days from the 20th day: Wed 04-08
        assertThat(cal.objectionDeadlineWhenOverdue(d("2026-03-10"))).isEqualTo(d("2026-04-08"));
    }

    @Test
    void objectionWindowsAfterADecision() {
        assertThat(cal.objectionDeadlineAfterDecision(d("2026-12-14"))).isEqualTo(d("2027-01-13"));
        // Fri 09-04: day 30 = Sun 10-04, Mon 10-05 substitute for 개천절 → Tue 10-06
        assertThat(cal.objectionDeadlineAfterDecision(d("2026-09-04"))).isEqualTo(d("2026-10-06"));
    }

    @Test
    void anObjectionIsDecidedInSevenDaysExtendableBySeven() {
        assertThat(cal.objectionDecisionDue(d("2026-09-21"))).isEqualTo(d("2026-09-28"));
        // Thu 09-17: day 7 = Thu 09-24 Chuseok → Mon 09-28; +7 = Mon 10-05 substitute → Tue 10-06
        assertThat(cal.objectionDecisionDue(d("2026-09-17"))).isEqualTo(d("2026-09-28"));
        assertThat(cal.objectionExtendedDue(d("2026-09-28"))).isEqualTo(d("2026-10-06"));
    }

    @Test
    void thirdPartiesHaveThreeDaysAndAReleaseAgainstTheirWishWaitsThirty() {
        // notified Fri 02-13: day 3 = Mon 02-16 Seollal eve → Thu 02-19
        assertThat(cal.thirdPartyDeadline(d("2026-02-13"))).isEqualTo(d("2026-02-19"));
        // decided Fri 09-04: the 30 days end Tue 10-06; released Wed 10-07
        assertThat(cal.releaseAfterThirdPartyWait(d("2026-09-04"))).isEqualTo(d("2026-10-07"));
    }

    @Test
    void aPeriodEndsAtMidnightInSeoul() {
        assertThat(cal.endOf(d("2026-12-14")))
                .isEqualTo(LocalDateTime.parse("2026-12-15T00:00").atZone(SEOUL).toInstant());
    }
}
