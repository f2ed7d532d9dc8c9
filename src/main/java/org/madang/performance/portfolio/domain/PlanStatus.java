package org.madang.performance.portfolio.domain;

/**
 * A version of a task's plan: proposed (still editable), approved (frozen, in force), superseded
 * (frozen, history), rejected by the committee with its reason (frozen; never in force).
 */
public enum PlanStatus {
    PROPOSED, APPROVED, SUPERSEDED, REJECTED;

    public boolean frozen() {
        return this != PROPOSED;
    }

    public String labelKey() {
        return "performance.task.status." + name();
    }
}
