package org.madang.performance.portfolio.domain;

/** The five grades of a relative evaluation, 가 best. */
public enum Grade {
    GA, NA, DA, RA, MA;

    public String labelKey() {
        return "performance.task.grade." + name();
    }
}
