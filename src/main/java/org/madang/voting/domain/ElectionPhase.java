package org.madang.voting.domain;

/** What a visitor sees: the status, with FROZEN split by the clock into upcoming, open and closed. */
public enum ElectionPhase {
    SETUP, UPCOMING, OPEN, CLOSED, TALLYING, FINISHED;

    public String labelKey() {
        return "voting.phase." + name();
    }
}
