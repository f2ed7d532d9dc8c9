package org.madang.performance.portfolio.domain;

/** The committee's budget recommendation for the next year. */
public enum Recommendation {
    KEEP, INCREASE, CUT, STOP;

    public String labelKey() {
        return "performance.task.recommendation." + name();
    }
}
