package org.madang.disclosure.request.domain;

/**
 * The agency's decision (정보공개 결정). Partial and non-disclosure name grounds of art. 9(1); "not
 * held" (정보부존재) says the agency does not hold the information and counts in no disclosure rate.
 */
public enum DecisionKind {
    DISCLOSURE, PARTIAL_DISCLOSURE, NON_DISCLOSURE, NOT_HELD;

    public boolean needsGrounds() {
        return this == PARTIAL_DISCLOSURE || this == NON_DISCLOSURE;
    }

    /** Something is released to the requester (and may be published). */
    public boolean releases() {
        return this == DISCLOSURE || this == PARTIAL_DISCLOSURE;
    }

    public String labelKey() {
        return "disclosure.request.decision." + name();
    }
}
