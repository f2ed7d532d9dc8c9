package org.madang.knowledge.domain;

/** Where an article stands; a superseded one stays readable, marked, and points to its successor. */
public enum ArticleStatus {
    DRAFT, PUBLISHED, SUPERSEDED, WITHDRAWN;

    public String labelKey() {
        return "knowledge.status." + name();
    }
}
