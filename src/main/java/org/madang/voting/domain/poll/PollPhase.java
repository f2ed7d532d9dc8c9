package org.madang.voting.domain.poll;

/**
 * What a visitor sees at a given moment: the stored status read against the clock. A poll whose
 * closing time has passed stops taking part at once (COUNTING), even before the closing timer has
 * published its results (CLOSED).
 */
public enum PollPhase {
    DRAFT, UPCOMING, OPEN, COUNTING, CLOSED;

    public String labelKey() {
        return "poll.phase." + name();
    }
}
