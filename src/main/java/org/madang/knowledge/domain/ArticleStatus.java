package org.madang.knowledge.domain;

/** Where an article stands; a superseded one stays readable, marked, and points to its successor. */
public enum ArticleStatus {
    DRAFT, PUBLISHED, SUPERSEDED, WITHDRAWN;

    /** Approved once: it has a visibility (department, government, public), even when replaced or withdrawn since. */
    public boolean approved() {
        return this != DRAFT;
    }

    public boolean withdrawn() {
        return this == WITHDRAWN;
    }

    /** The current, readable wording. */
    public boolean published() {
        return this == PUBLISHED;
    }

    public String labelKey() {
        return "knowledge.status." + name();
    }
}
