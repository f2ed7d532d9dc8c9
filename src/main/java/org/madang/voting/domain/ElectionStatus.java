package org.madang.voting.domain;

/**
 * Where an election stands in its life: set up by an election administrator, frozen (roll,
 * credentials and parameters fixed; ballots accepted between opening and closing), tallying
 * (ballot box closed, encrypted tally published, awaiting the trustees), finished (result published).
 */
public enum ElectionStatus {
    SETUP, FROZEN, TALLYING, FINISHED;

    public String labelKey() {
        return "voting.status." + name();
    }
}
