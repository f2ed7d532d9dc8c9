package org.madang.performance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The indicators of a sum of monthly counts. Rates are percentages with one decimal (half up),
 * null when there is nothing to divide by. Processing times are the nearest-rank percentiles of the
 * decided cases (the median is the 50th: the smallest time at least half of the cases took no
 * longer than), in the legal unit; null when no case was decided, or when the cases mix units (a
 * service whose period moved between hours and days in the chosen time).
 *
 * @param inDays      the unit of {@code median} and {@code p90}: days (true), working hours (false), null when none
 * @param backlog     received, not yet decided, now
 * @param overdue     of the backlog, past the due date now
 * @param dropOut     drafts started that were never filed (yet)
 * @param surveyed    satisfaction answers given (overall, ease, speed: their averages, 1-5, one decimal)
 */
public record Indicators(long started, long submitted, long received, long approved, long rejected, long withdrawn,
                         long decided, long onTime, long extended, long supplemented, Boolean inDays, Integer median,
                         Integer p90, BigDecimal onTimeRate, BigDecimal rejectionRate, BigDecimal supplementRate,
                         BigDecimal extensionRate, BigDecimal completionRate, long dropOut, long backlog, long overdue,
                         long surveyed, BigDecimal overall, BigDecimal ease, BigDecimal speed)
        implements java.io.Serializable {

    public static Indicators of(MonthlyCounts c, long backlog, long overdue) {
        Map<Integer, Long> times = c.days().isEmpty() ? c.hours() : c.hours().isEmpty() ? c.days() : Map.of();
        Boolean inDays = times.isEmpty() ? null : !c.days().isEmpty();
        return new Indicators(c.started, c.submitted, c.received, c.approved, c.rejected, c.withdrawn, c.decided(),
                c.onTime, c.extended, c.supplemented, inDays, percentile(times, 50), percentile(times, 90),
                percent(c.onTime, c.decided()), percent(c.rejected, c.decided()), percent(c.supplemented, c.decided()),
                percent(c.extended, c.decided()), percent(c.submitted, c.started), c.started - c.submitted, backlog,
                overdue, c.surveyed, average(c.overallSum, c.surveyed), average(c.easeSum, c.surveyed),
                average(c.speedSum, c.surveyed));
    }

    /** Nearest rank: the smallest value v such that at least {@code p} % of the cases are ≤ v. */
    public static Integer percentile(Map<Integer, Long> histogram, int p) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n <= 0) {
            return null;
        }
        long rank = Math.max(1, (p * n + 99) / 100);
        long seen = 0;
        for (Map.Entry<Integer, Long> e : new java.util.TreeMap<>(histogram).entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("unreachable: rank within the total");
    }

    public static BigDecimal average(long sum, long count) {
        if (count <= 0) {
            return null;
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    public static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
