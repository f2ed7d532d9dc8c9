package org.madang.performance.portfolio.domain;

import org.madang.platform.error.InvalidInput;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An indicator as declared before the task starts: a baseline, a target for each year, a weight in
 * the task's score and how it is measured. Bound to a live portal measure of one service (code) or
 * one agency (code), or, with no measure, reported by the task with evidence.
 */
public record IndicatorSpec(String name, String unit, BigDecimal baseline, int weight, String method,
                            Measure measure, String serviceCode, String agencyCode,
                            SortedMap<Integer, BigDecimal> targets) implements Serializable {
    public IndicatorSpec {
        if (name == null || name.isBlank() || name.length() > 300) {
            throw new InvalidInput("performance.task.indicator.name").onField("indicators");
        }
        if (unit == null || unit.isBlank() || unit.length() > 40) {
            throw new InvalidInput("performance.task.indicator.unit", name).onField("indicators");
        }
        if (baseline == null) {
            throw new InvalidInput("performance.task.indicator.baseline", name).onField("indicators");
        }
        if (weight < 1 || weight > 100) {
            throw new InvalidInput("performance.task.indicator.weight", name).onField("indicators");
        }
        if (method == null || method.isBlank() || method.length() > 1000) {
            throw new InvalidInput("performance.task.indicator.method", name).onField("indicators");
        }
        serviceCode = blank(serviceCode);
        agencyCode = blank(agencyCode);
        if (measure != null && (serviceCode == null) == (agencyCode == null)) {
            throw new InvalidInput("performance.task.indicator.scope", name).onField("indicators");
        }
        if (measure == null) {
            serviceCode = null;
            agencyCode = null;
        }
        targets = new TreeMap<>(targets == null ? Map.of() : targets);
        if (targets.values().stream().anyMatch(v -> v == null)) {
            throw new InvalidInput("performance.task.indicator.targets", name).onField("indicators");
        }
    }

    public boolean bound() {
        return measure != null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
