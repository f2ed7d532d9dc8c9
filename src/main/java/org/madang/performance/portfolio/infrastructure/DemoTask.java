package org.madang.performance.portfolio.infrastructure;

import org.madang.performance.portfolio.domain.IndicatorSpec;
import org.madang.performance.portfolio.domain.Measure;
import org.madang.performance.portfolio.domain.TaskType;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A demo task: the plan, and for reported tasks how far each evaluated year got (the share of the
 * way from baseline to target, in %), which the loader turns into actuals with evidence.
 */
record DemoTask(TaskType type, String agency, List<String> partners, String title, String titleEn, String goals,
                String official, int firstYear, int lastYear, long budget, List<IndicatorSpec> indicators,
                int[] progress, String difference) {

    /** A reported indicator; targets step evenly from {@code first} to {@code last} over the years. */
    static IndicatorSpec reported(String name, String unit, double baseline, double first, double last, int weight,
                                  String method, int fromYear, int toYear) {
        return new IndicatorSpec(name, unit, BigDecimal.valueOf(baseline), weight, method, null, null, null,
                steps(first, last, fromYear, toYear));
    }

    /** An indicator bound to a portal figure of a service (or, with {@code agency}, an agency). */
    static IndicatorSpec bound(String name, String unit, double baseline, double first, double last, int weight,
                               Measure measure, String service, String agency, int fromYear, int toYear) {
        return new IndicatorSpec(name, unit, BigDecimal.valueOf(baseline), weight,
                "포털의 처리 기록에서 해마다 자동 집계 (portal records, counted each calendar year)", measure, service,
                agency, steps(first, last, fromYear, toYear));
    }

    static SortedMap<Integer, BigDecimal> steps(double first, double last, int fromYear, int toYear) {
        SortedMap<Integer, BigDecimal> m = new TreeMap<>();
        int n = toYear - fromYear;
        for (int y = fromYear; y <= toYear; y++) {
            double v = n == 0 ? last : first + (last - first) * (y - fromYear) / n;
            m.put(y, BigDecimal.valueOf(Math.round(v * 10) / 10.0));
        }
        return m;
    }
}
