package org.madang.disclosure.request.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;

/**
 * The deadlines of 「공공기관의 정보공개에 관한 법률」 counted in days, exactly. The Act sets its periods
 * in days and has no counting rule of its own, so the Civil Code's (민법 제155조–제161조) applies;
 * unlike the Civil Petitions Act (민원처리법 제19조) it does not leave weekends out of the count.
 *
 * <p><b>The rule as implemented</b> (every date is a calendar date in the portal's zone, Asia/Seoul):
 * <ol>
 *   <li><b>Receipt.</b> A request is received on the date the portal stored it, at whatever hour and
 *       on whatever day (an electronic document arrives when it is recorded in the recipient's
 *       system). A request filed on Friday at 21:00 is received that Friday; one filed on Seollal
 *       is received on Seollal.</li>
 *   <li><b>"Within N days of X"</b> (of receipt, of a decision's notice, of a third party's notice):
 *       the day of X is not counted (민법 제157조, first day excluded), so the day after X is day 1
 *       and the period's last day is X + N. Saturdays, Sundays and public holidays in between
 *       <i>are</i> counted.</li>
 *   <li><b>A last day that is a day off</b> (Saturday, Sunday, or a public holiday of the
 *       {@code public_holiday} table, substitute and election days included) moves to the next
 *       working day (민법 제161조). A period ends at the end (24:00) of its last day (제159조).
 *       Worked example of the MOIS guidance: received Thu 2013-04-04 → day 10 is Sun 04-14 →
 *       decision due Mon 04-15.</li>
 *   <li><b>Decision</b> (제11조①): due on the last day of 10 days from receipt.</li>
 *   <li><b>Extension</b> (제11조②): once, by 10 days "counted from the day after the period ends":
 *       from the (already moved) due date, day 1 is the next day; rule 3 applies to its last day. It
 *       must be made before the decision period has ended.</li>
 *   <li><b>Clarification</b> (보완): the clock stops from the date the agency asks until the date the
 *       requester answers; every due date moves later by the calendar days between those two dates
 *       (asked and answered on the same date: none), applied before rule 3 moves a last day.</li>
 *   <li><b>Transfer</b> (제11조④): the receiving agency's clock starts on the date of the transfer,
 *       as a new receipt; clarification days and an extension of the old agency do not carry over.</li>
 *   <li><b>Overdue</b> (제18조①): no decision when 20 days from receipt have passed. A request
 *       extended past day 20 (possible when rule 3 moved day 10) is not overdue before its extended
 *       due date has passed: the overdue day is the day after the later of the two. Nothing is
 *       deemed refused; the requester may object from that day.</li>
 *   <li><b>Objection</b> (제18조①): within 30 days of the decision's date (notice is given in the
 *       portal the same day), or, for an overdue request, within 30 days of the last day before
 *       the overdue day, so the window always opens the day the requester is told.</li>
 *   <li><b>Objection decision</b> (제18조③): within 7 days of the objection's receipt, extendable
 *       once by 7 counted from the day after that period ends.</li>
 *   <li><b>Third parties</b> (제21조): a third party may ask for non-disclosure within 3 days of its
 *       notice. Disclosed against that wish, the release waits at least 30 days: it happens on the
 *       day after the last day of 30 days from the decision (moved to a working day), so the third
 *       party keeps its whole period to object.</li>
 * </ol>
 * Pure and deterministic: the holidays are given, nothing reads a system clock.
 */
public final class DisclosureCalendar {
    public static final int DECISION_DAYS = 10;
    public static final int EXTENSION_DAYS = 10;
    public static final int OVERDUE_DAYS = 20;
    public static final int OBJECTION_DAYS = 30;
    public static final int OBJECTION_DECISION_DAYS = 7;
    public static final int OBJECTION_EXTENSION_DAYS = 7;
    public static final int THIRD_PARTY_DAYS = 3;
    public static final int THIRD_PARTY_WAIT_DAYS = 30;
    private static final int MAX_DAYS_SCANNED = 366;

    private final Set<LocalDate> holidays;
    private final ZoneId zone;

    private DisclosureCalendar(Collection<LocalDate> holidays, ZoneId zone) {
        this.holidays = Set.copyOf(holidays);
        this.zone = zone;
    }

    public static DisclosureCalendar of(Collection<LocalDate> publicHolidays, ZoneId zone) {
        return new DisclosureCalendar(publicHolidays, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Rule 1: the date an instant falls on in the portal's zone. */
    public LocalDate dateOf(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** Not a Saturday, a Sunday or a public holiday. */
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** Rule 3: the day itself if offices work, otherwise the next day they do. */
    public LocalDate workingDayFrom(LocalDate day) {
        LocalDate d = day;
        for (int i = 0; i < MAX_DAYS_SCANNED; i++, d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                return d;
            }
        }
        throw new IllegalStateException("no working day within a year of " + day);
    }

    /** Rules 2 and 3: the last day of {@code days} days from {@code event} (its own day not counted). */
    public LocalDate lastDay(LocalDate event, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a period has at least one day");
        }
        return workingDayFrom(event.plusDays(days));
    }

    /** Rules 4 and 6: the decision's due date. */
    public LocalDate decisionDue(LocalDate receivedOn, int stoppedDays) {
        return lastDay(receivedOn.plusDays(stoppedDays), DECISION_DAYS);
    }

    /** Rule 5: the due date after the one extension. */
    public LocalDate extendedDue(LocalDate decisionDue) {
        return lastDay(decisionDue, EXTENSION_DAYS);
    }

    /** Rule 8: the last day of the 20 days after which an undecided request may be objected to. */
    public LocalDate twentiethDay(LocalDate receivedOn, int stoppedDays) {
        return lastDay(receivedOn.plusDays(stoppedDays), OVERDUE_DAYS);
    }

    /** Rule 8: the first day on which the request is overdue. */
    public LocalDate overdueOn(LocalDate receivedOn, int stoppedDays, LocalDate due) {
        LocalDate twentieth = twentiethDay(receivedOn, stoppedDays);
        return (due.isAfter(twentieth) ? due : twentieth).plusDays(1);
    }

    /** Rule 9: the last day to object to a decision taken (and notified) on {@code decidedOn}. */
    public LocalDate objectionDeadlineAfterDecision(LocalDate decidedOn) {
        return lastDay(decidedOn, OBJECTION_DAYS);
    }

    /** Rule 9: the last day to object to a request that became overdue on {@code overdueOn}. */
    public LocalDate objectionDeadlineWhenOverdue(LocalDate overdueOn) {
        return lastDay(overdueOn.minusDays(1), OBJECTION_DAYS);
    }

    /** Rule 10: when the agency must decide an objection received on {@code receivedOn}. */
    public LocalDate objectionDecisionDue(LocalDate receivedOn) {
        return lastDay(receivedOn, OBJECTION_DECISION_DAYS);
    }

    /** Rule 10: the objection's due date after its one extension. */
    public LocalDate objectionExtendedDue(LocalDate due) {
        return lastDay(due, OBJECTION_EXTENSION_DAYS);
    }

    /** Rule 11: the last day on which a third party notified on {@code notifiedOn} may object. */
    public LocalDate thirdPartyDeadline(LocalDate notifiedOn) {
        return lastDay(notifiedOn, THIRD_PARTY_DAYS);
    }

    /** Rule 11: the release date of information disclosed against a third party's wish. */
    public LocalDate releaseAfterThirdPartyWait(LocalDate decidedOn) {
        return workingDayFrom(lastDay(decidedOn, THIRD_PARTY_WAIT_DAYS).plusDays(1));
    }

    /** The instant a period whose last day is {@code lastDay} has ended (24:00 of that day). */
    public Instant endOf(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whole days between two dates, for the clock's stops (zero when {@code to} is not later). */
    public static int daysBetween(LocalDate from, LocalDate to) {
        return to.isAfter(from) ? (int) java.time.temporal.ChronoUnit.DAYS.between(from, to) : 0;
    }
}
