package org.madang.knowledge.domain;

/** Who may read a published article; drafts and withdrawn articles stay with their department. */
public enum Visibility {
    /** The owning department's officers only. */
    DEPARTMENT,
    /** Every officer of every agency. */
    GOVERNMENT,
    /** Everybody: the service's frequently asked questions and /knowledge/. */
    PUBLIC;

    public String labelKey() {
        return "knowledge.visibility." + name();
    }

    public boolean forOfficersEverywhere() {
        return this != DEPARTMENT;
    }
}
