package org.madang.performance.domain;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counters of one month of one service in one department, or their sum over several, or the
 * difference one change makes to them. What is counted where:
 * <ul>
 *   <li>in the month a draft was started: {@code started}, and {@code submitted} when it was filed
 *       (the completion rate is of drafts started that month);</li>
 *   <li>in the month of receipt: {@code received};</li>
 *   <li>in the month it ended: {@code approved}, {@code rejected} or {@code withdrawn}; for a decision
 *       also {@code onTime}, {@code extended}, {@code supplemented} and its processing time in the
 *       histogram {@code times} (legal unit → cases), one histogram per unit.</li>
 * </ul>
 */
public final class MonthlyCounts {
    public long started, submitted, received, approved, rejected, withdrawn, onTime, extended, supplemented;
    /** Satisfaction answers given in the month, and the sums of their ratings (1-5). */
    public long surveyed, overallSum, easeSum, speedSum;
    /** Processing times of decided cases in days (day-counted services), value → cases. */
    private final TreeMap<Integer, Long> days = new TreeMap<>();
    /** Processing times of decided cases in working hours (hour-counted services), value → cases. */
    private final TreeMap<Integer, Long> hours = new TreeMap<>();

    public void time(boolean inDays, int units, long cases) {
        (inDays ? days : hours).merge(units, cases, Long::sum);
        (inDays ? days : hours).remove(units, 0L);
    }

    public Map<Integer, Long> days() {
        return Collections.unmodifiableMap(days);
    }

    public Map<Integer, Long> hours() {
        return Collections.unmodifiableMap(hours);
    }

    /** Adds {@code other} times {@code sign} (1 to add, -1 to take away). */
    public MonthlyCounts add(MonthlyCounts other, int sign) {
        started += sign * other.started;
        submitted += sign * other.submitted;
        received += sign * other.received;
        approved += sign * other.approved;
        rejected += sign * other.rejected;
        withdrawn += sign * other.withdrawn;
        onTime += sign * other.onTime;
        extended += sign * other.extended;
        supplemented += sign * other.supplemented;
        surveyed += sign * other.surveyed;
        overallSum += sign * other.overallSum;
        easeSum += sign * other.easeSum;
        speedSum += sign * other.speedSum;
        other.days.forEach((u, n) -> time(true, u, sign * n));
        other.hours.forEach((u, n) -> time(false, u, sign * n));
        return this;
    }

    public boolean isZero() {
        return started == 0 && submitted == 0 && received == 0 && approved == 0 && rejected == 0 && withdrawn == 0
                && onTime == 0 && extended == 0 && supplemented == 0 && surveyed == 0 && overallSum == 0
                && easeSum == 0 && speedSum == 0 && days.isEmpty() && hours.isEmpty();
    }

    public long decided() {
        return approved + rejected;
    }
}
