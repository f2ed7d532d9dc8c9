package org.madang.performance.portfolio.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Grades 가–마 by rank within a group (tasks of one type, one year), in bands of 10/20/40/20/10 %:
 * a task's grade follows the share of the group that scored strictly better than it (가 below 10 %,
 * 나 below 30 %, 다 below 70 %, 라 below 90 %, 마 the rest). Ties share the better grade, so equal
 * work is graded equally; in small groups the top task is always 가 (one task alone is 가; of two,
 * the second is 다, since half the group is better than it). Counted in integers: no rounding.
 */
public final class GradeBanding {
    private static final int[] UPPER_PERCENT = {10, 30, 70, 90};

    private GradeBanding() {
    }

    public static <K> Map<K, Grade> assign(Map<K, BigDecimal> scores) {
        Map<K, Grade> grades = new LinkedHashMap<>();
        long n = scores.size();
        for (Map.Entry<K, BigDecimal> e : scores.entrySet()) {
            if (e.getValue() == null) {
                throw new IllegalArgumentException("a graded task needs a score");
            }
            long better = scores.values().stream().filter(s -> s.compareTo(e.getValue()) > 0).count();
            grades.put(e.getKey(), grade(better, n));
        }
        return grades;
    }

    static Grade grade(long better, long n) {
        for (int i = 0; i < UPPER_PERCENT.length; i++) {
            if (better * 100 < UPPER_PERCENT[i] * n) {
                return Grade.values()[i];
            }
        }
        return Grade.MA;
    }
}
