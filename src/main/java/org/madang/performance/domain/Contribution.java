package org.madang.performance.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one application adds to the monthly aggregate, and what a change of it changes: the new
 * contribution minus the old. Keeping the aggregate by differences means it is updated in the
 * changing transaction by a few row updates, and a full rebuild (the sum of every contribution)
 * gives exactly the same rows.
 */
public final class Contribution {
    private Contribution() {
    }

    public static SortedMap<MonthKey, MonthlyCounts> of(CaseFacts c, ZoneId zone) {
        SortedMap<MonthKey, MonthlyCounts> rows = new TreeMap<>();
        MonthlyCounts start = row(rows, c, c.startedAt(), zone);
        start.started++;
        if (c.receivedAt() == null) {
            return rows;
        }
        start.submitted++;
        row(rows, c, c.receivedAt(), zone).received++;
        if (c.endedAt() == null) {
            return rows;
        }
        MonthlyCounts end = row(rows, c, c.endedAt(), zone);
        switch (c.stage()) {
            case APPROVED -> end.approved++;
            case REJECTED -> end.rejected++;
            case WITHDRAWN -> end.withdrawn++;
            default -> {
                return rows;
            }
        }
        if (c.stage().decided()) {
            end.onTime += Boolean.TRUE.equals(c.onTime()) ? 1 : 0;
            end.extended += c.extended() ? 1 : 0;
            end.supplemented += c.supplementRequested() ? 1 : 0;
            end.time(c.countsInDays(), c.unitsTaken(), 1);
        }
        return rows;
    }

    /** The change to the aggregate when {@code before} (null for a new application) becomes {@code after}. */
    public static SortedMap<MonthKey, MonthlyCounts> change(CaseFacts before, CaseFacts after, ZoneId zone) {
        SortedMap<MonthKey, MonthlyCounts> delta = of(after, zone);
        if (before != null) {
            for (Map.Entry<MonthKey, MonthlyCounts> e : of(before, zone).entrySet()) {
                delta.computeIfAbsent(e.getKey(), k -> new MonthlyCounts()).add(e.getValue(), -1);
            }
        }
        delta.values().removeIf(MonthlyCounts::isZero);
        return delta;
    }

    private static MonthlyCounts row(Map<MonthKey, MonthlyCounts> rows, CaseFacts c, Instant at, ZoneId zone) {
        return rows.computeIfAbsent(new MonthKey(YearMonth.from(at.atZone(zone)), c.serviceId(), c.departmentId()),
                k -> new MonthlyCounts());
    }
}
