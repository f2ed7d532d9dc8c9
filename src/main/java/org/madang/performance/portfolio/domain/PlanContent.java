package org.madang.performance.portfolio.domain;

import org.madang.platform.error.InvalidInput;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What a version of a task's plan says: title, goals, the responsible official (by real name, as the
 * roadmap asks), partner agencies, the years it runs, a budget for each of them (KRW million), the
 * milestones and the indicators. Whole or refused: every year has a budget and every indicator a
 * target for every year; weights add up to 100.
 */
public record PlanContent(String title, String titleEn, String goals, String official, int firstYear, int lastYear,
                          Set<String> partners, SortedMap<Integer, BigDecimal> budgets, List<Milestone> milestones,
                          List<IndicatorSpec> indicators) implements Serializable {
    public static final int MAX_YEARS = 5;
    public static final int MAX_INDICATORS = 10;

    public PlanContent {
        title = require(title, 300, "title");
        titleEn = titleEn == null || titleEn.isBlank() ? null : limit(titleEn.strip(), 300, "titleEn");
        goals = require(goals, 4000, "goals");
        official = require(official, 100, "official");
        if (firstYear < 2000 || lastYear > 2100 || lastYear < firstYear || lastYear - firstYear >= MAX_YEARS) {
            throw new InvalidInput("performance.task.years", MAX_YEARS).onField("lastYear");
        }
        Set<Integer> years = IntStream.rangeClosed(firstYear, lastYear).boxed().collect(Collectors.toSet());
        budgets = new TreeMap<>(budgets == null ? Map.of() : budgets);
        if (!budgets.keySet().equals(years) || budgets.values().stream().anyMatch(b -> b == null || b.signum() < 0)) {
            throw new InvalidInput("performance.task.budgets", firstYear, lastYear).onField("budgets");
        }
        milestones = List.copyOf(milestones == null ? List.of() : milestones);
        for (Milestone m : milestones) {
            if (m.due() == null || m.due().getYear() < firstYear || m.due().getYear() > lastYear
                    || m.label() == null || m.label().isBlank() || m.label().length() > 300) {
                throw new InvalidInput("performance.task.milestones", firstYear, lastYear).onField("milestones");
            }
        }
        indicators = List.copyOf(indicators == null ? List.of() : indicators);
        if (indicators.isEmpty() || indicators.size() > MAX_INDICATORS) {
            throw new InvalidInput("performance.task.indicators.count", MAX_INDICATORS).onField("indicators");
        }
        for (IndicatorSpec i : indicators) {
            if (!i.targets().keySet().equals(years)) {
                throw new InvalidInput("performance.task.indicator.targets", i.name()).onField("indicators");
            }
        }
        if (indicators.stream().mapToInt(IndicatorSpec::weight).sum() != 100) {
            throw new InvalidInput("performance.task.indicators.weights").onField("indicators");
        }
        partners = Set.copyOf(partners == null ? Set.of() : partners);
    }

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    private static String require(String s, int max, String field) {
        if (s == null || s.isBlank()) {
            throw new InvalidInput("performance.task.required." + field).onField(field);
        }
        return limit(s.strip(), max, field);
    }

    private static String limit(String s, int max, String field) {
        if (s.length() > max) {
            throw new InvalidInput("performance.task.tooLong", max).onField(field);
        }
        return s;
    }
}
