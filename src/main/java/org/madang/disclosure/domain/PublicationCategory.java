package org.madang.disclosure.domain;

/** What kind of administrative information it is (the browse facet "category"). */
public enum PublicationCategory {
    DECISION, REPORT, MINUTES, APPROVAL, STATISTICS, PLAN, BUDGET, DATA,
    /** A file released in answer to a disclosure request (정보공개 청구), published for everyone. */
    RELEASE
}
