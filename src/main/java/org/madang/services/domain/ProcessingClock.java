package org.madang.services.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Counts processing periods the way 「민원 처리에 관한 법률」 제19조 (처리기간의 계산) does.
 *
 * <p>Our reading of the statute, as implemented:
 * <ol>
 *   <li>A period of five days or less (and "immediately", 즉시 = 3 working hours) is counted in
 *       working hours from the moment of receipt; one day is 8 working hours. Working hours are
 *       09:00–12:00 and 13:00–18:00 in Korea (the civil-service day with its lunch hour), so time
 *       outside them, including the lunch hour, never counts; an application received in the
 *       evening or on a holiday starts counting when the office next opens. A period that ends
 *       exactly at 18:00 is due at 18:00, not the next morning.</li>
 *   <li>A period of six days or more is counted in days, the first day included: the day of
 *       receipt is day 1 when it is a working day and the application arrived before the office
 *       closed (18:00); an application received after closing or on a day off is taken as received
 *       on the next working day, which is then day 1 (the office could not have started on it
 *       earlier). The period is due at the end of office hours (18:00) of its last day.</li>
 *   <li>Saturdays and public holidays are not counted either way (article 19 names them; Sundays
 *       are public holidays under the 관공서 공휴일 규정), substitute holidays included.</li>
 *   <li>While a supplement (보완) is awaited the clock stops; when it resumes, the due date moves
 *       later by exactly the working time that passed while it was stopped.</li>
 *   <li>An extension (once, at most the period's own length) adds working time to the due date:
 *       n days of a day-counted period are n × 8 working hours, which from 18:00 of a working day
 *       lands on 18:00 of the n-th next working day.</li>
 * </ol>
 * Pure Java and deterministic: the holiday calendar and the zone are given, nothing is read from
 * the system clock.
 */
public final class ProcessingClock {
    public static final LocalTime OPENS = LocalTime.of(9, 0);
    public static final LocalTime LUNCH_STARTS = LocalTime.of(12, 0);
    public static final LocalTime LUNCH_ENDS = LocalTime.of(13, 0);
    public static final LocalTime CLOSES = LocalTime.of(18, 0);
    public static final Duration WORKING_DAY = Duration.ofHours(ProcessingPeriod.HOURS_PER_DAY);
    /** Far beyond any legal period, so a broken calendar fails loudly instead of looping. */
    private static final int MAX_DAYS_SCANNED = 3_660;
    private static final List<LocalTime[]> SEGMENTS = List.of(
            new LocalTime[]{OPENS, LUNCH_STARTS}, new LocalTime[]{LUNCH_ENDS, CLOSES});

    private final HolidayCalendar calendar;
    private final ZoneId zone;

    public ProcessingClock(HolidayCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    /** When an application received at {@code receivedAt} is due under {@code period}. */
    public Instant dueDate(Instant receivedAt, ProcessingPeriod period) {
        if (period.countsInHours()) {
            return addWorkingTime(receivedAt, Duration.ofHours(period.workingHours()));
        }
        LocalDate first = firstCountedDay(receivedAt);
        Instant opening = first.atTime(OPENS).atZone(zone).toInstant();
        return addWorkingTime(opening, WORKING_DAY.multipliedBy(period.workingDays()));
    }

    /** Day 1 of a day-counted period (see rule 2 of the class comment). */
    public LocalDate firstCountedDay(Instant receivedAt) {
        LocalDateTime local = LocalDateTime.ofInstant(receivedAt, zone);
        LocalDate day = local.toLocalDate();
        if (calendar.isWorkingDay(day) && local.toLocalTime().isBefore(CLOSES)) {
            return day;
        }
        return nextWorkingDay(day);
    }

    public LocalDate nextWorkingDay(LocalDate after) {
        LocalDate d = after.plusDays(1);
        for (int i = 0; i < MAX_DAYS_SCANNED; i++, d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                return d;
            }
        }
        throw new IllegalStateException("no working day within ten years of " + after);
    }

    /**
     * The instant at which {@code amount} of working time has passed since {@code from}. Time
     * outside working hours does not count; zero returns {@code from} itself.
     */
    public Instant addWorkingTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("negative working time");
        }
        if (amount.isZero()) {
            return from;
        }
        Duration remaining = amount;
        LocalDateTime cursor = LocalDateTime.ofInstant(from, zone);
        for (int i = 0; i < MAX_DAYS_SCANNED; i++) {
            LocalDate day = cursor.toLocalDate();
            if (calendar.isWorkingDay(day)) {
                for (LocalTime[] seg : SEGMENTS) {
                    LocalDateTime start = later(cursor, day.atTime(seg[0]));
                    LocalDateTime end = day.atTime(seg[1]);
                    if (start.isBefore(end)) {
                        Duration available = Duration.between(start, end);
                        if (remaining.compareTo(available) <= 0) {
                            return start.plus(remaining).atZone(zone).toInstant();
                        }
                        remaining = remaining.minus(available);
                    }
                }
            }
            cursor = day.plusDays(1).atStartOfDay();
        }
        throw new IllegalStateException("working time beyond ten years: " + amount);
    }

    /** The working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDateTime a = LocalDateTime.ofInstant(from, zone);
        LocalDateTime b = LocalDateTime.ofInstant(to, zone);
        Duration total = Duration.ZERO;
        for (LocalDate day = a.toLocalDate(); !day.isAfter(b.toLocalDate()); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            for (LocalTime[] seg : SEGMENTS) {
                LocalDateTime start = later(a, day.atTime(seg[0]));
                LocalDateTime end = earlier(b, day.atTime(seg[1]));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /**
     * The working time an application took from receipt to {@code end}, the clock's stops left out
     * ({@code pausedMinutes} already counted, and the time since {@code pausedAt} when it still stands).
     * Counted like its due date: from receipt for hour-counted periods, from the opening of day 1 for
     * day-counted ones, so that taking exactly the legal period ends exactly at the due date.
     */
    public Duration timeTaken(Instant receivedAt, ProcessingPeriod period, Instant end, long pausedMinutes,
                              Instant pausedAt) {
        Instant start = period.countsInHours() ? receivedAt
                : firstCountedDay(receivedAt).atTime(OPENS).atZone(zone).toInstant();
        Duration t = workingTimeBetween(start, end).minusMinutes(pausedMinutes);
        if (pausedAt != null && end.isAfter(pausedAt)) {
            t = t.minus(workingTimeBetween(pausedAt, end));
        }
        return t.isNegative() ? Duration.ZERO : t;
    }

    /**
     * {@link #timeTaken} in the period's legal unit, rounded up: working hours for hour-counted
     * periods, days for day-counted ones (day 1 counts as soon as it has begun, so at least 1).
     */
    public int unitsTaken(Instant receivedAt, ProcessingPeriod period, Instant end, long pausedMinutes,
                          Instant pausedAt) {
        long seconds = timeTaken(receivedAt, period, end, pausedMinutes, pausedAt).toSeconds();
        if (period.countsInHours()) {
            return (int) ((seconds + 3_599) / 3_600);
        }
        long day = WORKING_DAY.toSeconds();
        return (int) Math.max(1, (seconds + day - 1) / day);
    }

    /** True when the office is open at that instant (a working day, inside working hours). */
    public boolean isWorkingTime(Instant at) {
        LocalDateTime t = LocalDateTime.ofInstant(at, zone);
        if (!calendar.isWorkingDay(t.toLocalDate())) {
            return false;
        }
        LocalTime time = t.toLocalTime();
        return SEGMENTS.stream().anyMatch(s -> !time.isBefore(s[0]) && time.isBefore(s[1]));
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
