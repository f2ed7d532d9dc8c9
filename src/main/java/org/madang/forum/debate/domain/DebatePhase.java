package org.madang.forum.debate.domain;

/** Where a debate stands at a given time. */
public enum DebatePhase {
    UPCOMING, OPEN, CLOSED;

    public String labelKey() {
        return "debate.phase." + name();
    }
}
