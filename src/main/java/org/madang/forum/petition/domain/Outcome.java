package org.madang.forum.petition.domain;

/** What came of an answered petition: accepted (then milestones, then done) or declined with reasons. */
public enum Outcome {
    ACCEPTED, DECLINED, DONE;

    public String labelKey() {
        return "petition.outcome." + name();
    }
}
