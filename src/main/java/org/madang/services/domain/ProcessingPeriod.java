package org.madang.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/**
 * The legal processing period (처리기간) of a service, as the Civil Petitions Treatment Act counts
 * it: "immediately" means three working hours; a period of five days or less is counted in working
 * hours (eight a day); six days or more in days. {@link #legalUnit()} and {@link #legalAmount()}
 * give the period in the unit the clock must use.
 */
@Embeddable
public class ProcessingPeriod implements Serializable {
    private static final long serialVersionUID = 1L;

    public enum Unit { IMMEDIATE, HOURS, DAYS }

    public static final int HOURS_PER_DAY = 8;
    public static final int IMMEDIATE_HOURS = 3;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_unit", length = 10, nullable = false)
    private Unit unit;
    @Column(name = "period_amount", nullable = false)
    private int amount;

    protected ProcessingPeriod() {
    }

    private ProcessingPeriod(Unit unit, int amount) {
        if (unit == null || amount < 0 || (unit != Unit.IMMEDIATE && amount <= 0)) {
            throw new IllegalArgumentException("invalid processing period");
        }
        this.unit = unit;
        this.amount = unit == Unit.IMMEDIATE ? 0 : amount;
    }

    public static ProcessingPeriod immediate() {
        return new ProcessingPeriod(Unit.IMMEDIATE, 0);
    }

    public static ProcessingPeriod days(int days) {
        return new ProcessingPeriod(Unit.DAYS, days);
    }

    public static ProcessingPeriod hours(int hours) {
        return new ProcessingPeriod(Unit.HOURS, hours);
    }

    /** The unit as published (what the catalogue shows). */
    public Unit unit() {
        return unit;
    }

    /** The amount as published (days or hours; 0 for immediate). */
    public int amount() {
        return amount;
    }

    /** True when the Act has this period counted in working hours rather than days. */
    public boolean countsInHours() {
        return unit == Unit.IMMEDIATE || unit == Unit.HOURS || amount <= 5;
    }

    /** The period in working hours (for periods the Act counts in hours). */
    public int workingHours() {
        return switch (unit) {
            case IMMEDIATE -> IMMEDIATE_HOURS;
            case HOURS -> amount;
            case DAYS -> amount * HOURS_PER_DAY;
        };
    }

    /** The period in days (for periods of six days or more). */
    public int workingDays() {
        if (unit != Unit.DAYS) {
            throw new IllegalStateException("counted in hours");
        }
        return amount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessingPeriod p && p.unit == unit && p.amount == amount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, amount);
    }

    @Override
    public String toString() {
        return unit == Unit.IMMEDIATE ? "immediate" : amount + " " + unit.name().toLowerCase();
    }
}
