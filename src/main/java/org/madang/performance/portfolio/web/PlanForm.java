package org.madang.performance.portfolio.web;

import org.madang.performance.portfolio.domain.IndicatorSpec;
import org.madang.performance.portfolio.domain.Measure;
import org.madang.performance.portfolio.domain.Milestone;
import org.madang.performance.portfolio.domain.PlanContent;
import org.madang.platform.error.InvalidInput;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The proposal form's fields and their reading: budgets and targets as "year: amount" pairs (one a
 * line, or separated by commas), milestones as "yyyy-mm-dd what" lines. A line that cannot be read is
 * refused by name, keeping everything typed.
 */
public class PlanForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One indicator's fields; {@code measure} blank: reported with evidence. */
    public static class IndicatorRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String unit;
        private BigDecimal baseline;
        private Integer weight;
        private String method;
        private String measure;
        private String service;
        private String agency;
        private String targets;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public BigDecimal getBaseline() { return baseline; }
        public void setBaseline(BigDecimal baseline) { this.baseline = baseline; }
        public Integer getWeight() { return weight; }
        public void setWeight(Integer weight) { this.weight = weight; }
        public String getMethod() { return method; }
        public void setMethod(String method) { this.method = method; }
        public String getMeasure() { return measure; }
        public void setMeasure(String measure) { this.measure = measure; }
        public String getService() { return service; }
        public void setService(String service) { this.service = service; }
        public String getAgency() { return agency; }
        public void setAgency(String agency) { this.agency = agency; }
        public String getTargets() { return targets; }
        public void setTargets(String targets) { this.targets = targets; }

        boolean blank() {
            return (name == null || name.isBlank()) && (method == null || method.isBlank())
                    && (targets == null || targets.isBlank());
        }
    }

    public static PlanContent content(String title, String titleEn, String goals, String official, Integer firstYear,
                                      Integer lastYear, List<String> partners, String budgets, String milestones,
                                      List<IndicatorRow> rows) {
        if (firstYear == null || lastYear == null) {
            throw new InvalidInput("performance.task.years", PlanContent.MAX_YEARS).onField("lastYear");
        }
        List<IndicatorSpec> indicators = new ArrayList<>();
        for (IndicatorRow r : rows) {
            if (r.blank()) {
                continue;
            }
            Measure measure;
            try {
                measure = r.measure == null || r.measure.isBlank() ? null : Measure.valueOf(r.measure);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("performance.task.indicator.scope", r.name).onField("indicators");
            }
            indicators.add(new IndicatorSpec(r.name, r.unit, r.baseline, r.weight == null ? 0 : r.weight, r.method,
                    measure, r.service, r.agency, pairs(r.targets, "indicators")));
        }
        return new PlanContent(title, titleEn, goals, official, firstYear, lastYear,
                new LinkedHashSet<>(partners == null ? List.of() : partners), pairs(budgets, "budgets"),
                milestones(milestones), indicators);
    }

    /** "2026: 1200" pairs, by line or comma. */
    static SortedMap<Integer, BigDecimal> pairs(String text, String field) {
        SortedMap<Integer, BigDecimal> map = new TreeMap<>();
        if (text == null) {
            return map;
        }
        for (String part : text.split("[\\r\\n,]+")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("[:=]", 2);
            try {
                int year = Integer.parseInt(kv[0].strip());
                BigDecimal value = new BigDecimal(kv[1].strip().replace(" ", ""));
                if (map.put(year, value) != null) {
                    throw new NumberFormatException("twice");
                }
            } catch (RuntimeException e) {
                throw new InvalidInput("performance.task.pair", part.strip()).onField(field);
            }
        }
        return map;
    }

    static List<Milestone> milestones(String text) {
        List<Milestone> list = new ArrayList<>();
        if (text == null) {
            return list;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 2);
            try {
                list.add(new Milestone(LocalDate.parse(parts[0]), parts.length > 1 ? parts[1].strip() : null));
            } catch (DateTimeParseException e) {
                throw new InvalidInput("performance.task.milestoneLine", line.strip()).onField("milestones");
            }
        }
        return list;
    }

    /** The reverse, to fill the form from a saved plan. */
    static String pairsText(Map<Integer, BigDecimal> map) {
        return map.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("\n"));
    }

    static String milestonesText(List<Milestone> list) {
        return list.stream().map(m -> m.due() + " " + m.label()).collect(Collectors.joining("\n"));
    }

    static IndicatorRow row(IndicatorSpec s) {
        IndicatorRow r = new IndicatorRow();
        r.name = s.name();
        r.unit = s.unit();
        r.baseline = s.baseline();
        r.weight = s.weight();
        r.method = s.method();
        r.measure = s.measure() == null ? null : s.measure().name();
        r.service = s.serviceCode();
        r.agency = s.agencyCode();
        r.targets = pairsText(s.targets()).replace("\n", ", ");
        return r;
    }
}
