package org.madang.performance.domain;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;

/** One row of the monthly aggregate: a calendar month (in the portal's zone), a service, a department. */
public record MonthKey(YearMonth month, long serviceId, long departmentId) implements Comparable<MonthKey> {
    /** One order for every writer, so concurrent updates lock the same rows in the same order (no deadlock). */
    private static final Comparator<MonthKey> ORDER = Comparator.comparing(MonthKey::month)
            .thenComparingLong(MonthKey::serviceId).thenComparingLong(MonthKey::departmentId);

    public MonthKey {
        Objects.requireNonNull(month);
    }

    @Override
    public int compareTo(MonthKey o) {
        return ORDER.compare(this, o);
    }
}
