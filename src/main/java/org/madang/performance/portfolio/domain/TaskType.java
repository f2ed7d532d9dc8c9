package org.madang.performance.portfolio.domain;

/** The roadmap's three kinds of e-government task; grades are banded within one kind. */
public enum TaskType {
    COMMITTEE_KEY, COMMITTEE_MANAGED, DEPARTMENTAL;

    public String labelKey() {
        return "performance.task.type." + name();
    }
}
