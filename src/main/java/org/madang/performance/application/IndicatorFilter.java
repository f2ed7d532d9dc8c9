package org.madang.performance.application;

import org.madang.platform.error.InvalidInput;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * What the dashboard and the API are asked for: an agency (code), a department (id), a service
 * (code), each optional, and the months from and to (inclusive; by default the last twelve).
 */
public record IndicatorFilter(String agency, Long department, String service, YearMonth from, YearMonth to)
        implements Serializable {
    /** Ten years: longer spans are a different question (and a heavier one). */
    public static final int MAX_MONTHS = 120;

    public IndicatorFilter {
        if (from.isAfter(to)) {
            throw new InvalidInput("performance.filter.fromAfterTo").onField("from");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw new InvalidInput("performance.filter.tooLong", MAX_MONTHS).onField("from");
        }
    }

    /** From request parameters (blank means "all" or the default); a malformed value is refused by name. */
    public static IndicatorFilter parse(String agency, String department, String service, String from, String to,
                                        YearMonth current) {
        YearMonth end = month(to, "to", current);
        YearMonth start = month(from, "from", end.minusMonths(11));
        Long dept = null;
        if (department != null && !department.isBlank()) {
            try {
                dept = Long.valueOf(department.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInput("performance.filter.department").onField("department");
            }
        }
        return new IndicatorFilter(blank(agency), dept, blank(service), start, end);
    }

    private static YearMonth month(String value, String field, YearMonth otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("performance.filter.month").onField(field);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
