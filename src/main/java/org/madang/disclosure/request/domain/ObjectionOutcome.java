package org.madang.disclosure.request.domain;

/** How the agency decided an objection (이의신청 결정). */
public enum ObjectionOutcome {
    UPHELD, PARTLY_UPHELD, DISMISSED;

    public String labelKey() {
        return "disclosure.request.objection.outcome." + name();
    }
}
