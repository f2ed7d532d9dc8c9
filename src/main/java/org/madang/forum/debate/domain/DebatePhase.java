package org.madang.forum.debate.domain;

/** Where a debate stands at a given time. */
public enum DebatePhase {
    UPCOMING, OPEN, CLOSED;

    /** Over: the agency may write its summary of the debate. */
    public boolean closed() {
        return this == CLOSED;
    }

    public String labelKey() {
        return "debate.phase." + name();
    }
}
