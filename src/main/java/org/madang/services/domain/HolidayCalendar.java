package org.madang.services.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days on which public offices are closed, for counting processing periods: Saturdays, Sundays
 * and the public holidays of the 관공서의 공휴일에 관한 규정 (substitute holidays included), which
 * are kept as data (table {@code public_holiday}) rather than computed, because lunar holidays,
 * election days and substitute rules change by decree.
 */
public final class HolidayCalendar {
    private final Set<LocalDate> holidays;
    private final int firstYear;
    private final int lastYear;

    private HolidayCalendar(Collection<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
        TreeSet<LocalDate> sorted = new TreeSet<>(holidays);
        this.firstYear = sorted.isEmpty() ? 0 : sorted.first().getYear();
        this.lastYear = sorted.isEmpty() ? -1 : sorted.last().getYear();
    }

    public static HolidayCalendar of(Collection<LocalDate> holidays) {
        return new HolidayCalendar(holidays);
    }

    /** Weekends only: for tests and for a calendar not yet loaded. */
    public static HolidayCalendar weekendsOnly() {
        return new HolidayCalendar(Set.of());
    }

    /** The public holidays known (Saturdays and Sundays are not listed). */
    public Set<LocalDate> publicHolidays() {
        return holidays;
    }

    public boolean isPublicHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    /** True when offices work that day: not a Saturday, a Sunday or a public holiday. */
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * Whether the data has public holidays for that year; outside it only weekends are known,
     * and a due date counted there may be a day early.
     */
    public boolean covers(LocalDate day) {
        return day.getYear() >= firstYear && day.getYear() <= lastYear;
    }
}
