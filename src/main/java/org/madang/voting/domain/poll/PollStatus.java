package org.madang.voting.domain.poll;

/** The stored life of a poll or budget: set up, published for participation, closed with results. */
public enum PollStatus {
    DRAFT, OPEN, CLOSED
}
